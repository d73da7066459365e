import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useSession, useSessionState } from '../session/SessionProvider.js';
import { navFor } from './nav.js';
import { HeaderSearch } from './search/HeaderSearch.js';
import { NotificationBell } from './notifications/NotificationBell.js';

/** The frame of every signed-in page: skip link, header, menu, and the page in <main>. */
export function Layout() {
  const { t, lang } = useI18n();
  const session = useSession();
  const { signOut } = useSessionState();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After moving to another page, focus goes to the page's heading so a screen reader announces it;
  // pages that load first get their heading a moment later, so we wait for it to appear.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = main.current;
    if (!root) return;
    const focusHeading = () => {
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [location.pathname]);

  const { user } = session;
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('layout.skip')}</a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="brand">Redovisa</NavLink>
          <HeaderSearch />
          <div className="app-header__user">
            <NotificationBell />
            <p className="user-info">
              <span className="user-info__name">{user.name}</span>
              <span className="user-info__role">
                {t(`role.${user.role}`)}{user.committeeName ? `, ${user.committeeName}` : ''}
              </span>
            </p>
            <LanguageSwitch />
            <button type="button" className="button button--small button--ghost"
              onClick={() => { void signOut().then(() => navigate('/logga-in')); }}>
              {t('layout.signOut')}
            </button>
          </div>
        </div>
        <nav className="app-nav" aria-label={t('layout.nav')}>
          <ul>
            {navFor(session.abilities).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        <ErrorBoundary lang={lang} bare key={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}
