import { useState } from 'react';
import { setupApi, usersApi } from '../api/endpoints.js';
import type { User } from '../api/types.js';
import { Dialog } from '../components/Dialog.js';
import { DataTable, EditButton, LoadState } from '../components/DataTable.js';
import { Loading, Notice } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDate } from '../lib/dates.js';
import { useSorting, type SortKey } from '../lib/sorting.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { OrganisationNameSetting } from './setup/OrganisationNameSetting.js';
import { PublicSiteSetting } from './setup/PublicSiteSetting.js';
import { UserForm } from './setup/UserForm.js';

const SORT_KEYS: readonly SortKey<User>[] = [(u) => u.name, (u) => u.email, (u) => u.role, (u) => u.committeeName, (u) => (u.active ? 1 : 0), (u) => u.createdAt, null];

/** /anvandare — users (admin): list, create with role and committee, edit, set password, deactivate. */
export function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('users.title'));
  const users = useLoad(() => usersApi.list(), []);
  const committees = useLoad(() => setupApi.committees(), []);
  const [editing, setEditing] = useState<User | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = users.data?.users ?? [];
  const sorting = useSorting(list, SORT_KEYS);
  const committeeList = committees.data?.committees.filter((c) => c.active) ?? [];
  return (
    <>
      <h1>{t('users.title')}</h1>
      {message ? <Notice tone="success">{message}</Notice> : null}
      <LoadState load={users} isEmpty={list.length === 0} />
      {list.length > 0 ? (
        <DataTable sorting={sorting} label={t('users.title')}
          columns={[{ label: t('users.name') }, { label: t('users.email') }, { label: t('users.role') }, { label: t('users.committee') },
            { label: t('users.active') }, { label: t('users.created') }, 'actions']}>
          {sorting.rows.map((u) => (
            <tr key={u.id} className={u.active ? undefined : 'row--inactive'}>
              <th scope="row">{u.name}</th>
              <td>{u.email}</td>
              <td>{t(`role.${u.role}`)}</td>
              <td>{u.committeeName ?? '–'}</td>
              <td>{u.active ? t('common.yes') : t('users.inactive')}</td>
              <td className="nowrap">{formatDate(u.createdAt)}</td>
              <td><EditButton name={u.name} onClick={() => setEditing(u)} /></td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <section className="panel" aria-labelledby="create-user-heading">
        <h2 id="create-user-heading">{t('users.create')}</h2>
        {committees.data ? (
          <UserForm prefix="user-" committees={committeeList} submitLabel={t('users.createButton')} onSubmit={async (input) => {
            const created = await usersApi.create(input);
            setMessage(t('setup.created', { name: created.name }));
            users.reload();
          }} />
        ) : <Loading />}
      </section>
      <OrganisationNameSetting />
      <PublicSiteSetting />
      <Dialog open={editing !== null} id="edit-user-dialog" title={t('users.edit', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)}>
        {editing ? (
          <UserForm user={editing} prefix="edit-user-" committees={committeeList} submitLabel={t('common.save')} onCancel={() => setEditing(null)} onSubmit={async (patch) => {
            const saved = await usersApi.update(editing.id, patch);
            setMessage(t('setup.saved', { name: saved.name }));
            setEditing(null);
            users.reload();
          }} />
        ) : null}
      </Dialog>
    </>
  );
}
