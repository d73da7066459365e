// What Redovisa tells people, and how: the kinds of notification, their Swedish names, and whether
// a kind comes by e-mail when the user has not chosen.

/** Every kind of notification, in the order the settings form lists them. */
export const NOTIFICATION_KINDS = [
  'round_opened', 'deadline_approaching', 'deadline_passed', 'report_reminder',
  'report_submitted', 'report_returned', 'report_approved', 'report_reopened', 'report_commented',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Swedish names of the kinds, for the settings form and the outbox. */
export const NOTIFICATION_KIND_NAMES: Readonly<Record<NotificationKind, string>> = {
  round_opened: 'En omgång öppnas',
  deadline_approaching: 'Sista dag närmar sig (7 dagar och 1 dag före)',
  deadline_passed: 'Sista dag har passerat utan att redovisningen är inskickad',
  report_reminder: 'Controllern påminner om en redovisning',
  report_submitted: 'En redovisning skickas in',
  report_returned: 'En redovisning skickas tillbaka',
  report_approved: 'En redovisning godkänns',
  report_reopened: 'En redovisning återöppnas',
  report_commented: 'Någon skriver i samtalet om en redovisning',
};

// Every kind so far is either the committee's own work (a round opened, a deadline near or passed,
// a reminder, its report returned, approved or reopened) or something the controller must act on: all
// come by e-mail unless the user says otherwise, so no one misses a deadline because they did not
// open the app.
/** Whether a kind comes by e-mail for a user who has not chosen. */
export function emailByDefault(kind: NotificationKind): boolean {
  return NOTIFICATION_KINDS.includes(kind);
}

/** A user's choice per kind: true = also by e-mail, false = in the app only. */
export type NotificationSettings = Readonly<Record<NotificationKind, boolean>>;

/** The user's settings: their stored choices over the defaults. */
export function effectiveSettings(stored: ReadonlyMap<NotificationKind, boolean>): NotificationSettings {
  const out = {} as Record<NotificationKind, boolean>;
  for (const kind of NOTIFICATION_KINDS) out[kind] = stored.get(kind) ?? emailByDefault(kind);
  return out;
}

// A failed e-mail is tried again after 1, 2, 4, 8 … minutes, at most an hour apart, and given up
// (kept as failed, visible in the outbox) after MAX_SEND_ATTEMPTS.
/** How many times an e-mail is tried before it is left as failed. */
export const MAX_SEND_ATTEMPTS = 8;

/** When to try again after the `attempts`-th failure, or null when it is given up. */
export function nextAttemptAfter(failedAt: Date, attempts: number): Date | null {
  if (attempts >= MAX_SEND_ATTEMPTS) return null;
  const minutes = Math.min(60, 2 ** Math.max(0, attempts - 1));
  return new Date(failedAt.getTime() + minutes * 60_000);
}
