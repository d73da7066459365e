// Reminders of a round's deadline: which one is due on a given day, and the words a controller's own
// reminder starts from. Days are calendar days in Stockholm (see lateness.ts).

/** The reminders Redovisa sends by itself, each at most once per round and committee. */
export const DEADLINE_REMINDERS = ['deadline_7_days', 'deadline_1_day', 'deadline_passed'] as const;
export type DeadlineReminder = (typeof DEADLINE_REMINDERS)[number];

/** Whole days from one ISO date to another: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The reminder due on `today` for a round with this deadline, or null: seven days before (until the
 * day before), the day before (and on the day itself), and once the day has passed. Only the latest
 * is due, so a process that was stopped for a week catches up with the reminder that is true now,
 * not with a "7 days left" on the last day.
 */
export function dueReminder(deadline: string, today: string): DeadlineReminder | null {
  const left = daysBetween(today, deadline);
  if (left < 0) return 'deadline_passed';
  if (left <= 1) return 'deadline_1_day';
  if (left <= 7) return 'deadline_7_days';
  return null;
}

/** "om 7 dagar", "i morgon", "i dag": how far off the deadline is, in Swedish. */
export function timeLeft(deadline: string, today: string): string {
  const left = daysBetween(today, deadline);
  if (left === 0) return 'i dag';
  if (left === 1) return 'i morgon';
  return `om ${left} dagar`;
}

/**
 * The message a controller's "Påminn" starts from (the controller may change it): the round and its
 * deadline, and whether that has passed.
 */
export function reminderMessage(round: { code: string; deadline: string }, late: boolean): string {
  return late
    ? `Påminnelse: redovisningen för omgången ${round.code} skulle ha varit inskickad senast ${round.deadline}. Skicka in den så snart som möjligt, eller hör av er om något hindrar.`
    : `Påminnelse: redovisningen för omgången ${round.code} ska vara inskickad senast ${round.deadline}.`;
}
