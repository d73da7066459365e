import { useState } from 'react';
import { setupApi } from '../api/endpoints.js';
import type { Programme } from '../api/types.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert, Loading, Notice, TableWrap } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { ProgrammeForm } from './setup/ProgrammeForm.js';

/** /installningar/program — programmes (satsningar): list, create, edit. */
export function ProgrammesPage() {
  const { t } = useI18n();
  usePageTitle(t('programmes.title'));
  const programmes = useLoad(() => setupApi.programmes(), []);
  const [editing, setEditing] = useState<Programme | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = programmes.data?.programmes ?? [];
  return (
    <>
      <h1>{t('programmes.title')}</h1>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {programmes.error ? <ErrorAlert>{programmes.error.message}</ErrorAlert> : null}
      {programmes.loading && !programmes.data ? <Loading /> : null}
      {programmes.data && list.length === 0 ? <p>{t('programmes.empty')}</p> : null}
      {list.length > 0 ? (
        <TableWrap label={t('programmes.title')}>
          <table className="table">
            <caption className="visually-hidden">{t('programmes.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programmes.name')}</th>
                <th scope="col">{t('programmes.ikb')}</th>
                <th scope="col">{t('programmes.account')}</th>
                <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{p.ikb}</td>
                  <td>{p.defaultAccount}</td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => setEditing(p)}>
                      {t('common.edit')}<span className="visually-hidden"> {p.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <section className="panel" aria-labelledby="create-programme-heading">
        <h2 id="create-programme-heading">{t('programmes.create')}</h2>
        <ProgrammeForm prefix="programme-" submitLabel={t('programmes.createButton')} onSubmit={async (input) => {
          const created = await setupApi.createProgramme(input);
          setMessage(t('setup.created', { name: created.name }));
          programmes.reload();
        }} />
      </section>
      <Dialog open={editing !== null} id="edit-programme-dialog" title={t('programmes.edit', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)} closeLabel={t('common.close')}>
        {editing ? (
          <ProgrammeForm programme={editing} prefix="edit-programme-" submitLabel={t('common.save')} onSubmit={async (input) => {
            const saved = await setupApi.updateProgramme(editing.id, input);
            setMessage(t('setup.saved', { name: saved.name }));
            setEditing(null);
            programmes.reload();
          }} />
        ) : null}
      </Dialog>
    </>
  );
}
