import { useState } from 'react';
import { setupApi } from '../api/endpoints.js';
import type { Committee } from '../api/types.js';
import { Dialog } from '../components/Dialog.js';
import { DataTable, EditButton, LoadState } from '../components/DataTable.js';
import { Notice } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSorting, type SortKey } from '../lib/sorting.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { CommitteeForm } from './setup/CommitteeForm.js';

const SORT_KEYS: readonly SortKey<Committee>[] = [(c) => c.name, (c) => c.counterpartyNumber, (c) => (c.active ? 1 : 0), null];

/** /installningar/namnder — committees: list, create, edit. */
export function CommitteesPage() {
  const { t } = useI18n();
  usePageTitle(t('committees.title'));
  const committees = useLoad(() => setupApi.committees(), []);
  const [editing, setEditing] = useState<Committee | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = committees.data?.committees ?? [];
  const sorting = useSorting(list, SORT_KEYS);
  return (
    <>
      <h1>{t('committees.title')}</h1>
      {message ? <Notice tone="success">{message}</Notice> : null}
      <LoadState load={committees} isEmpty={list.length === 0} empty={t('committees.empty')} />
      {list.length > 0 ? (
        <DataTable sorting={sorting} label={t('committees.title')}
          columns={[{ label: t('committees.name') }, { label: t('committees.number') }, { label: t('committees.active') }, 'actions']}>
          {sorting.rows.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>{c.counterpartyNumber}</td>
              <td>{c.active ? t('common.yes') : t('common.no')}</td>
              <td><EditButton name={c.name} onClick={() => setEditing(c)} /></td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <section className="panel" aria-labelledby="create-committee-heading">
        <h2 id="create-committee-heading">{t('committees.create')}</h2>
        <CommitteeForm prefix="committee-" submitLabel={t('committees.createButton')} onSubmit={async (input) => {
          const created = await setupApi.createCommittee(input);
          setMessage(t('setup.created', { name: created.name }));
          committees.reload();
        }} />
      </section>
      <Dialog open={editing !== null} id="edit-committee-dialog" title={t('committees.edit', { name: editing?.name ?? '' })} onClose={() => setEditing(null)}>
        {editing ? (
          <CommitteeForm committee={editing} prefix="edit-committee-" submitLabel={t('common.save')} onCancel={() => setEditing(null)} onSubmit={async (input) => {
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
