import { useState } from 'react';
import { setupApi } from '../api/endpoints.js';
import type { Programme } from '../api/types.js';
import { Dialog } from '../components/Dialog.js';
import { DataTable, EditButton, LoadState } from '../components/DataTable.js';
import { Notice } from '../components/Messages.js';
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
      <LoadState load={programmes} isEmpty={list.length === 0} empty={t('programmes.empty')} />
      {list.length > 0 ? (
        <DataTable label={t('programmes.title')}
          columns={[{ label: t('programmes.name') }, { label: t('programmes.ikb') }, { label: t('programmes.account') }, 'actions']}>
          {list.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.ikb}</td>
              <td>{p.defaultAccount}</td>
              <td><EditButton name={p.name} onClick={() => setEditing(p)} /></td>
            </tr>
          ))}
        </DataTable>
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
        onClose={() => setEditing(null)}>
        {editing ? (
          <ProgrammeForm programme={editing} prefix="edit-programme-" submitLabel={t('common.save')} onCancel={() => setEditing(null)} onSubmit={async (input) => {
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
