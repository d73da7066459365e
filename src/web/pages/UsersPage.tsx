import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { setupApi, usersApi } from '../api/endpoints.js';
import type { User } from '../api/types.js';
import { Dialog } from '../components/Dialog.js';
import { DataTable, EditButton, LoadState } from '../components/DataTable.js';
import { ErrorAlert, Loading, Notice } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDate } from '../lib/dates.js';
import { useSorting, type SortKey } from '../lib/sorting.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { OrganisationNameSetting } from './setup/OrganisationNameSetting.js';
import { PublicSiteSetting } from './setup/PublicSiteSetting.js';
import { UserForm } from './setup/UserForm.js';

const SORT_KEYS: readonly SortKey<User>[] = [(u) => u.name, (u) => u.email, (u) => u.role, (u) => u.committeeName, (u) => (u.active ? 1 : 0), (u) => u.createdAt, null];

/** /anvandare — users (admin): list, create with role and committee (invited by e-mail or with a password), invite again, edit, deactivate. */
export function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('users.title'));
  const users = useLoad(() => usersApi.list(), []);
  const committees = useLoad(() => setupApi.committees(), []);
  const [editing, setEditing] = useState<User | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const list = users.data?.users ?? [];
  const sorting = useSorting(list, SORT_KEYS);
  const committeeList = committees.data?.committees.filter((c) => c.active) ?? [];
  // Sends a user a new link to choose their password (their earlier links stop working).
  const invite = async (user: User) => {
    setFailure(null);
    setMessage(null);
    try {
      await usersApi.invite(user.id);
      setMessage(t('users.invited', { email: user.email }));
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : t('common.unexpected'));
    }
  };
  return (
    <>
      <h1>{t('users.title')}</h1>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
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
              <td className="nowrap">
                <EditButton name={u.name} onClick={() => setEditing(u)} />{' '}
                {u.active ? (
                  <button type="button" className="button button--small" onClick={() => void invite(u)}>
                    {t('users.sendInvitation')}<span className="visually-hidden"> {t('users.invitationTo', { name: u.name })}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <section className="panel" aria-labelledby="create-user-heading">
        <h2 id="create-user-heading">{t('users.create')}</h2>
        {committees.data ? (
          <UserForm prefix="user-" committees={committeeList} submitLabel={t('users.createButton')} onSubmit={async (input) => {
            const created = await usersApi.create(input);
            setMessage(input.invite ? `${t('setup.created', { name: created.name })} ${t('users.invited', { email: created.email })}` : t('setup.created', { name: created.name }));
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
