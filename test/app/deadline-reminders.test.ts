// Deadline reminders as background jobs, on both engines: seven days and one day before an open
// round's deadline to the committees that have not handed in, and once it has passed to them and the
// controllers. Two schedulers (on PostgreSQL two connection pools, as two app processes) run at once
// and every reminder goes out once; a restarted process catches up and sends nothing twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { sendDueReminders, startReminders } from '../../src/app/notifications/reminders.js';
import { setNotificationSettings } from '../../src/app/notifications/notification-settings.js';
import { committees, openDatabase, reminders, reports, rounds, withTransaction, type Database } from '../../src/db/index.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../support/db.js';
import { createUser } from '../support/server.js';
import { aRound, aRoundReport } from '../server/report-fixtures.js';

const PROJECTS = [{ number: 1, name: 'Lärandecenter' }];
const at = (iso: string) => new Date(iso);

interface Person { id: number; email: string }

describe.each(TEST_DIALECTS)('deadline reminders on %s', (dialect) => {
  let fresh: TestDatabase;
  /** A second app process: on PostgreSQL its own pool; SQLite is one process's file. */
  let second: Database;
  let roundId: number;
  const people = {} as Record<'reporterA' | 'approverA' | 'reporterB' | 'reporterC' | 'controller1' | 'controller2' | 'admin', Person>;
  let reportB: { id: number };
  let hasselby: number;

  beforeAll(async () => {
    fresh = await createTestDatabase(dialect);
    second = dialect === 'postgres' ? openDatabase(fresh.url) : fresh.database;
    const database = fresh.database;
    const a = await aRoundReport(database, { committeeName: 'Hässelby-Vällingby stadsdelsnämnd', year: 2014, kind: 'T2', projects: PROJECTS });
    const b = await aRoundReport(database, { committeeName: 'Bromma stadsdelsnämnd', counterparty: '1701', year: 2014, kind: 'T2', projects: PROJECTS });
    const c = await aRoundReport(database, { committeeName: 'Kungsholmens stadsdelsnämnd', counterparty: '1702', year: 2014, kind: 'T2', projects: PROJECTS, state: 'submitted' });
    // An active committee made after the round opened has no report in it: nothing to remind it of.
    await committees.create(database.db, { name: 'Spånga-Tensta stadsdelsnämnd', counterpartyNumber: '1708' });
    // A closed round whose deadline has passed, with a draft: closed rounds are never reminded of.
    const closed = await aRoundReport(database, { committeeId: a.committeeId, year: 2013, kind: 'T2', projects: PROJECTS });
    await rounds.close(database.db, closed.roundId);
    roundId = a.roundId;
    hasselby = a.committeeId;
    reportB = { id: b.reportId };
    const make = async (name: keyof typeof people, role: 'reporter' | 'approver' | 'controller' | 'admin', committeeId: number | null) => {
      const user = await createUser(database, { role, committeeId, email: `${name.toLowerCase()}@stad.example` });
      people[name] = { id: user.id, email: user.email };
    };
    await make('reporterA', 'reporter', a.committeeId);
    await make('approverA', 'approver', a.committeeId);
    await make('reporterB', 'reporter', b.committeeId);
    await make('reporterC', 'reporter', c.committeeId);
    await make('controller1', 'controller', null);
    await make('controller2', 'controller', null);
    await make('admin', 'admin', null);
    // Hässelby's reporter wants the approaching deadline in the app only.
    const ctx: AppContext = { database, actor: { kind: 'user', id: people.reporterA.id, name: 'Rapportör A', role: 'reporter', committeeId: a.committeeId }, now: () => at('2014-09-01T08:00:00Z') };
    await setNotificationSettings(ctx, [{ kind: 'deadline_approaching', email: false }]);
  });
  afterAll(async () => {
    if (second !== fresh?.database) await second?.close();
    await fresh?.destroy();
  });

  const notificationsOf = (who: keyof typeof people) => fresh.database.db.selectFrom('notifications')
    .select(['kind', 'title', 'body', 'link', 'report_id', 'round_id']).where('user_id', '=', people[who].id).orderBy('id').execute();
  const kindsOf = async (who: keyof typeof people) => (await notificationsOf(who)).map((n) => n.kind);
  const mailTo = async (who: keyof typeof people) => (await fresh.database.db.selectFrom('outbox').select('subject')
    .where('recipient', '=', people[who].email).orderBy('id').execute()).map((m) => m.subject);
  /** Two app processes run the job at the same moment. */
  const bothAt = async (iso: string) => {
    const now = () => at(iso);
    const [x, y] = await Promise.all([sendDueReminders(fresh.database, { now }), sendDueReminders(second, { now })]);
    return x.sent + y.sent;
  };

  it('sends nothing more than seven days before the deadline', async () => {
    expect(await bothAt('2014-09-07T21:59:00Z')).toBe(0); // 23:59 on 7 September in Stockholm
    expect(await fresh.database.db.selectFrom('notifications').select('id').execute()).toEqual([]);
  });

  it('seven days before: each committee not handed in is reminded once, though two processes run the job at once', async () => {
    expect(await bothAt('2014-09-07T22:00:00Z')).toBe(2); // 00:00 on 8 September in Stockholm
    const [toA] = await notificationsOf('reporterA');
    expect(toA).toEqual({
      kind: 'deadline_approaching', report_id: expect.any(Number), round_id: roundId, link: `/rapporter/${toA?.report_id}`,
      title: 'Påminnelse: redovisningen för 2014-T2 ska vara inskickad senast 2014-09-15',
      body: 'Redovisningen för Hässelby-Vällingby stadsdelsnämnd i omgången 2014-T2 är inte inskickad än. Den ska vara inskickad senast 2014-09-15, om 7 dagar.',
    });
    expect(await kindsOf('approverA')).toEqual(['deadline_approaching']);
    expect(await kindsOf('reporterB')).toEqual(['deadline_approaching']);
    // Kungsholmen has handed in; the controllers and the admin are not told of an approaching deadline.
    for (const who of ['reporterC', 'controller1', 'admin'] as const) expect(await kindsOf(who)).toEqual([]);
    // E-mail as each has chosen: Hässelby's reporter wanted this kind in the app only.
    expect(await mailTo('reporterA')).toEqual([]);
    expect(await mailTo('approverA')).toEqual(['Påminnelse: redovisningen för 2014-T2 ska vara inskickad senast 2014-09-15']);
    const claims = await fresh.database.db.selectFrom('reminders').select(['committee_id', 'kind']).orderBy('id').execute();
    expect(claims.map((c) => c.kind)).toEqual(['deadline_7_days', 'deadline_7_days']);
  });

  it('a restarted process later the same week sends nothing again', async () => {
    const restarted = openDatabase(fresh.url);
    try {
      expect((await sendDueReminders(restarted, { now: () => at('2014-09-08T12:00:00Z') })).sent).toBe(0);
      expect((await sendDueReminders(restarted, { now: () => at('2014-09-12T12:00:00Z') })).sent).toBe(0);
    } finally {
      await restarted.close();
    }
    expect(await kindsOf('reporterA')).toEqual(['deadline_approaching']);
  });

  it('the day before: only the committee still not handed in, saying "i morgon"', async () => {
    const b = await reports.getMeta(fresh.database.db, reportB.id);
    await reports.moveState(fresh.database.db, b.id, { expectedVersion: b.version, from: 'draft', to: 'submitted', actorId: people.reporterB.id, now: at('2014-09-13T09:00:00Z') });
    expect(await bothAt('2014-09-14T06:00:00Z')).toBe(1);
    expect((await notificationsOf('approverA')).at(-1)?.body).toBe(
      'Redovisningen för Hässelby-Vällingby stadsdelsnämnd i omgången 2014-T2 är inte inskickad än. Den ska vara inskickad senast 2014-09-15, i morgon.',
    );
    expect(await kindsOf('reporterB')).toEqual(['deadline_approaching']);
    expect(await bothAt('2014-09-15T06:00:00Z')).toBe(0);
  });

  it('once the day has passed: the late committee and, in one summary, each controller; then never again', async () => {
    // The process was down over the deadline; on its first run after, it catches up with what is true now.
    expect(await bothAt('2014-09-17T07:00:00Z')).toBe(2);
    expect((await notificationsOf('reporterA')).at(-1)).toMatchObject({
      kind: 'deadline_passed', title: 'Redovisningen för 2014-T2 är försenad',
      body: 'Redovisningen för Hässelby-Vällingby stadsdelsnämnd i omgången 2014-T2 skulle ha varit inskickad senast 2014-09-15 och är försenad. Skicka in den så snart som möjligt.',
    });
    for (const who of ['controller1', 'controller2'] as const) {
      expect(await notificationsOf(who)).toEqual([{
        kind: 'deadline_passed', report_id: null, round_id: roundId, link: `/omgangar/${roundId}`,
        title: 'Sista dag för 2014-T2 har passerat: 1 nämnd har inte skickat in',
        body: 'Redovisningarna i omgången 2014-T2 skulle ha varit inskickade senast 2014-09-15. Inte inskickade: Hässelby-Vällingby stadsdelsnämnd (utkast).',
      }]);
    }
    // The passed deadline comes by e-mail to Hässelby's reporter, who turned off only the approaching one.
    expect(await mailTo('reporterA')).toEqual(['Redovisningen för 2014-T2 är försenad']);
    for (const who of ['reporterB', 'reporterC', 'admin'] as const) expect(await kindsOf(who)).not.toContain('deadline_passed');
    expect(await bothAt('2014-09-18T07:00:00Z')).toBe(0);
    expect(await bothAt('2014-10-18T07:00:00Z')).toBe(0);

    const sent = await fresh.database.db.selectFrom('audit_events').select(['action', 'entity_id', 'actor_label', 'after_json'])
      .where('action', '=', 'round.reminder_sent').orderBy('id').execute();
    expect(sent.map((e) => [e.actor_label, e.entity_id, JSON.parse(e.after_json ?? '{}')])).toEqual([
      ...[0, 1].map(() => ['Redovisa (påminnelser)', String(roundId), expect.objectContaining({ round: '2014-T2', kind: 'deadline_7_days' })]),
      ['Redovisa (påminnelser)', String(roundId), { round: '2014-T2', kind: 'deadline_1_day', committeeId: hasselby, committee: 'Hässelby-Vällingby stadsdelsnämnd', notified: 2 }],
      ['Redovisa (påminnelser)', String(roundId), { round: '2014-T2', kind: 'deadline_passed', committeeId: hasselby, committee: 'Hässelby-Vällingby stadsdelsnämnd', notified: 2 }],
      ['Redovisa (påminnelser)', String(roundId), { round: '2014-T2', kind: 'deadline_passed', committeeId: null, committee: null, notified: 2 }],
    ]);
    expect(await fresh.database.db.selectFrom('notifications').select('id').where('kind', 'in', ['deadline_approaching', 'deadline_passed']).execute()).toHaveLength(9);
  });

  it('a claim made in another transaction is seen once it commits, and free again if it rolls back', async () => {
    // A round of its own, where no reminder is claimed yet.
    const key = { roundId: await aRound(fresh.database, 2016, 'T1'), committeeId: null, kind: 'deadline_7_days' as const };
    const now = at('2016-09-08T06:00:00Z');
    if (dialect === 'sqlite') {
      // One process, one writer: the claims take turns.
      expect(await withTransaction(fresh.database, (trx) => reminders.claim(trx, key, now))).toBe(true);
      expect(await withTransaction(fresh.database, (trx) => reminders.claim(trx, key, now))).toBe(false);
      return;
    }
    // The first process claims and has not committed yet when the second asks: the second waits.
    const race = async (outcome: 'commit' | 'rollback', committeeId: number | null) => {
      const claim = { ...key, committeeId };
      let claimed: () => void = () => undefined;
      const hasClaimed = new Promise<void>((resolve) => { claimed = resolve; });
      let finish: () => void = () => undefined;
      const finished = new Promise<void>((resolve) => { finish = resolve; });
      const first = withTransaction(fresh.database, async (trx) => {
        expect(await reminders.claim(trx, claim, now)).toBe(true);
        claimed();
        await finished;
        if (outcome === 'rollback') throw new Error('Sändningen misslyckades.');
      }).catch((error: unknown) => error);
      await hasClaimed;
      const secondClaim = withTransaction(second, (trx) => reminders.claim(trx, claim, now));
      const early = await Promise.race([secondClaim.then(() => 'done'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 200))]);
      expect(early).toBe('waiting');
      finish();
      await first;
      return secondClaim;
    };
    expect(await race('commit', null)).toBe(false);
    expect(await race('rollback', hasselby)).toBe(true);
  });

  it('runs in the background as serve runs it: two schedulers side by side send a new round’s reminder once', async () => {
    const a = await aRoundReport(fresh.database, { committeeId: hasselby, year: 2014, kind: 'VB', projects: PROJECTS });
    await fresh.database.db.updateTable('rounds').set({ deadline: '2015-01-31' }).where('id', '=', a.roundId).execute();
    let clock = at('2015-01-01T08:00:00Z');
    const now = () => clock;
    const errors: unknown[] = [];
    const options = { now, everyMs: 10, onError: (error: unknown) => errors.push(error) };
    const schedulers = [startReminders(fresh.database, options), startReminders(second, options)];
    const approaching = () => fresh.database.db.selectFrom('notifications').select('id')
      .where('round_id', '=', a.roundId).where('user_id', '=', people.approverA.id).execute();
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await approaching()).toEqual([]);
      clock = at('2015-01-30T08:00:00Z');
      await expect.poll(async () => (await approaching()).length, { timeout: 5_000 }).toBe(1);
      // Many more ticks of both: still once.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await approaching()).toHaveLength(1);
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
    }
    expect(errors).toEqual([]);
  });
});
