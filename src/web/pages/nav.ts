// The main menu: a link is there only if its page is meant for the user, decided by the abilities
// the server sent with the session.
import type { GlobalAbilities } from '../api/types.js';
import type { MessageKey } from '../i18n/translate.js';

/** One link of the main menu. */
export interface NavItem {
  to: string;
  label: MessageKey;
  show: (a: GlobalAbilities) => boolean;
  end?: boolean;
}

const NAV: readonly NavItem[] = [
  { to: '/', label: 'nav.reports', show: (a) => a.readReports, end: true },
  // Every signed-in role: the central office sees every committee, a committee its own figures.
  { to: '/oversikt', label: 'nav.dashboard', show: (a) => a.readReports },
  { to: '/omgangar', label: 'nav.rounds', show: (a) => a.readReports },
  { to: '/ekonomi', label: 'nav.finance', show: (a) => a.readReports },
  { to: '/installningar/namnder', label: 'nav.committees', show: (a) => a.manageSetup },
  { to: '/installningar/program', label: 'nav.programmes', show: (a) => a.manageSetup },
  { to: '/installningar/projekt', label: 'nav.projects', show: (a) => a.manageSetup },
  { to: '/anvandare', label: 'nav.users', show: (a) => a.manageUsers },
  { to: '/utkorg', label: 'nav.outbox', show: (a) => a.readOutbox },
  // The API's description is public, but its readers are the central office's integrators: the
  // central roles (set-up or users) get the link; committees and readers are spared a page not for them.
  { to: '/api-dokumentation', label: 'nav.api', show: (a) => a.manageSetup || a.manageUsers },
];

/** The menu's links for a user with these abilities, in menu order. */
export function navFor(abilities: GlobalAbilities): readonly NavItem[] {
  return NAV.filter((item) => item.show(abilities));
}
