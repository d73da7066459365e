import { useState } from 'react';
import { Link } from 'react-router';
import { notificationsApi } from '../../api/endpoints.js';
import type { Notification } from '../../api/types.js';
import { LoadState } from '../../components/DataTable.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatDateTime } from '../../lib/dates.js';
import { useLoad, usePageTitle } from '../../lib/use-load.js';
import { NotificationSettingsForm } from './NotificationSettingsForm.js';
import { announceNotificationsChanged } from './unread.js';

/** /aviseringar — the signed-in user's notifications, newest first, and what also comes by e-mail. */
export function NotificationsPage() {
  const { t } = useI18n();
  usePageTitle(t('notifications.title'));
  const list = useLoad(() => notificationsApi.list(), []);
  const items = list.data?.notifications ?? [];
  const unread = list.data?.unread ?? 0;

  const markRead = async (n: Notification) => {
    if (n.readAt !== null) return;
    await notificationsApi.markRead(n.id);
    announceNotificationsChanged();
    list.reload();
  };
  const markAll = async () => {
    await notificationsApi.markAllRead();
    announceNotificationsChanged();
    list.reload();
  };

  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <LoadState load={list} isEmpty={items.length === 0} empty={t('notifications.empty')} />
      {items.length > 0 ? (
        <>
          <div className="notification-toolbar">
            <p className="muted">{t('notifications.unreadCount', { count: unread })}</p>
            {unread > 0 ? <button type="button" className="button button--small" onClick={() => void markAll()}>{t('notifications.markAllRead')}</button> : null}
          </div>
          <ul className="notification-list">
            {items.map((n) => <NotificationItem key={n.id} notification={n} onRead={() => void markRead(n)} />)}
          </ul>
        </>
      ) : null}
      <NotificationSettingsForm />
    </>
  );
}

function NotificationItem({ notification: n, onRead }: { notification: Notification; onRead: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const unread = n.readAt === null;
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      <p className="notification__title">
        {unread ? <span className="badge badge--submitted">{t('notifications.unread')}</span> : null}{' '}
        <Link to={n.link} onClick={onRead}>{n.title}</Link>
      </p>
      <p className="notification__body">{n.body}</p>
      <p className="notification__meta muted">
        <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
        {unread ? (
          <button type="button" className="button button--small button--ghost" disabled={busy}
            onClick={() => { setBusy(true); onRead(); }}>
            {t('notifications.markRead')}<span className="visually-hidden"> ”{n.title}”</span>
          </button>
        ) : null}
      </p>
    </li>
  );
}
