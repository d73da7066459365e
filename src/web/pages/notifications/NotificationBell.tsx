import { useEffect, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { notificationsApi } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { onNotificationsChanged } from './unread.js';

// Asked again on every page change, when the notifications page marks something read, and once a
// minute while the page stays open.
const POLL_MS = 60_000;

/** The header's bell: a link to /aviseringar whose name says how many are unread. */
export function NotificationBell() {
  const { t } = useI18n();
  const location = useLocation();
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    let alive = true;
    const refresh = () => {
      notificationsApi.list().then((list) => {
        if (alive) setUnread(list.unread);
      }, () => undefined);
    };
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    const off = onNotificationsChanged(refresh);
    return () => {
      alive = false;
      window.clearInterval(timer);
      off();
    };
  }, [location.pathname]);

  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <NavLink to="/aviseringar" className="bell" aria-label={label} title={label}>
      <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      {unread > 0 ? <span className="bell__count" aria-hidden="true">{unread}</span> : null}
    </NavLink>
  );
}
