import { useState } from 'react';
import { setupApi, usersApi } from '../api/endpoints.js';
import type { User } from '../api/types.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorAlert, Loading, Notice, TableWrap } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDate } from '../lib/dates.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { UserForm } from './setup/UserForm.js';

/** /anvandare — users (admin): list, create with role and committee, edit, set password, deactivate. */
export function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('users.title'));
  const users = useLoad(() => usersApi.list(), []);
  const committees = useLoad(() => setupApi.committees(), []);
  const [editing, setEditing] = useState<User | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const list = users.data?.users ?? [];
  const committeeList = committees.data?.committees.filter((c) => c.active) ?? [];
  return (
    <>
      <h1>{t('users.title')}</h1>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {users.error ? <ErrorAlert>{users.error.message}</ErrorAlert> : null}
      {users.loading && !users.data ? <Loading /> : null}
      {list.length > 0 ? (
        <TableWrap label={t('users.title')}>
          <table className="table">
            <caption className="visually-hidden">{t('users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.committee')}</th>
                <th scope="col">{t('users.active')}</th>
                <th scope="col">{t('users.created')}</th>
                <th scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {list.map((u) => (
                <tr key={u.id} className={u.active ? undefined : 'row--inactive'}>
                  <th scope="row">{u.name}</th>
                  <td>{u.email}</td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>{u.committeeName ?? '–'}</td>
                  <td>{u.active ? t('common.yes') : t('users.inactive')}</td>
                  <td className="nowrap">{formatDate(u.createdAt)}</td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => setEditing(u)}>
                      {t('common.edit')}<span className="visually-hidden"> {u.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
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
      <Dialog open={editing !== null} id="edit-user-dialog" title={t('users.edit', { name: editing?.name ?? '' })}
        onClose={() => setEditing(null)} closeLabel={t('common.close')}>
        {editing ? (
          <UserForm user={editing} prefix="edit-user-" committees={committeeList} submitLabel={t('common.save')} onSubmit={async (patch) => {
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
