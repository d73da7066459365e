import { useState } from 'react';
import { setupApi } from '../api/endpoints.js';
import type { Committee } from '../api/types.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert, Loading, Notice, TableWrap } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { CommitteeForm } from './setup/CommitteeForm.js';

/** /installningar/namnder — committees: list, create, edit. */
export function CommitteesPage() {
  const { t } = useI18n();
  usePageTitle(t('committees.title'));
  const committees = useLoad(() => setupApi.committees(), []);
  const [editing, setEditing] = useState<Committee | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = committees.data?.committees ?? [];
  return (
    <>
      <h1>{t('committees.title')}</h1>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {committees.error ? <ErrorAlert>{committees.error.message}</ErrorAlert> : null}
      {committees.loading && !committees.data ? <Loading /> : null}
      {committees.data && list.length === 0 ? <p>{t('committees.empty')}</p> : null}
      {list.length > 0 ? (
        <TableWrap label={t('committees.title')}>
          <table className="table">
            <caption className="visually-hidden">{t('committees.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('committees.name')}</th>
                <th scope="col">{t('committees.number')}</th>
                <th scope="col">{t('committees.active')}</th>
                <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.counterpartyNumber}</td>
                  <td>{c.active ? t('common.yes') : t('common.no')}</td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => setEditing(c)}>
                      {t('common.edit')}<span className="visually-hidden"> {c.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <section className="panel" aria-labelledby="create-committee-heading">
        <h2 id="create-committee-heading">{t('committees.create')}</h2>
        <CommitteeForm prefix="committee-" submitLabel={t('committees.createButton')} onSubmit={async (input) => {
          const created = await setupApi.createCommittee(input);
          setMessage(t('setup.created', { name: created.name }));
          committees.reload();
        }} />
      </section>
      <Dialog open={editing !== null} id="edit-committee-dialog" title={t('committees.edit', { name: editing?.name ?? '' })} onClose={() => setEditing(null)} closeLabel={t('common.close')}>
        {editing ? (
          <CommitteeForm committee={editing} prefix="edit-committee-" submitLabel={t('common.save')} onSubmit={async (input) => {
            const saved = await setupApi.updateCommittee(editing.id, input);
            setMessage(t('setup.saved', { name: saved.name }));
            setEditing(null);
            committees.reload();
          }} />
        ) : null}
      </Dialog>
    </>
  );
}
