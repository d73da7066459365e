import { describe, expect, it } from 'vitest';
import { daysBetween, dueReminder, reminderMessage, timeLeft } from './reminders.js';

describe('deadline reminders', () => {
  it('counts calendar days, across a month and the change to summer time', () => {
    expect(daysBetween('2014-09-08', '2014-09-15')).toBe(7);
    expect(daysBetween('2014-09-16', '2014-09-15')).toBe(-1);
    expect(daysBetween('2014-03-29', '2014-04-02')).toBe(4);
  });

  it('is due seven days before, the day before, and after the deadline; only the latest', () => {
    const due = (today: string) => dueReminder('2014-09-15', today);
    expect(due('2014-09-07')).toBe(null);
    expect(due('2014-09-08')).toBe('deadline_7_days');
    expect(due('2014-09-13')).toBe('deadline_7_days');
    expect(due('2014-09-14')).toBe('deadline_1_day');
    expect(due('2014-09-15')).toBe('deadline_1_day');
    expect(due('2014-09-16')).toBe('deadline_passed');
    expect(due('2015-09-16')).toBe('deadline_passed');
  });

  it('says how far off the deadline is in Swedish', () => {
    expect(timeLeft('2014-09-15', '2014-09-08')).toBe('om 7 dagar');
    expect(timeLeft('2014-09-15', '2014-09-14')).toBe('i morgon');
    expect(timeLeft('2014-09-15', '2014-09-15')).toBe('i dag');
  });

  it('starts a controller’s reminder from the round and its deadline', () => {
    const round = { code: '2014-T2', deadline: '2014-09-15' };
    expect(reminderMessage(round, false)).toBe('Påminnelse: redovisningen för omgången 2014-T2 ska vara inskickad senast 2014-09-15.');
    expect(reminderMessage(round, true)).toBe(
      'Påminnelse: redovisningen för omgången 2014-T2 skulle ha varit inskickad senast 2014-09-15. Skicka in den så snart som möjligt, eller hör av er om något hindrar.',
    );
  });
});
