import { describe, expect, it } from 'vitest';
import * as auditEvents from '../../src/db/repositories/audit-events.js';
import * as reports from '../../src/db/repositories/reports.js';
import { withTransaction } from '../../src/db/transaction.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { aCommittee, aDocument, aUser, NOW } from './helpers.js';

describe.each(TEST_DIALECTS)('audit events on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  async function aReport() {
    const { db } = database();
    const committee = await aCommittee(db);
    return reports.create(db, { committeeId: committee.id, roundId: null, content: aDocument(committee.name, [1]), now: NOW });
  }

  it('lists a report history in the order it was appended, with before and after as JSON', async () => {
    const { db } = database();
    const user = await aUser(db);
    const report = await aReport();
    const base = { actorId: user.id, actorLabel: user.name, entityType: 'report', entityId: report.id, reportId: report.id };

    // Same instant on purpose: order comes from the append sequence, not the clock.
    await auditEvents.append(db, { ...base, occurredAt: NOW, action: 'report.created', after: { state: 'draft' } });
    await auditEvents.append(db, { ...base, occurredAt: NOW, action: 'report.submitted', before: { state: 'draft' }, after: { state: 'submitted' }, ip: '10.0.0.1' });
    await auditEvents.append(db, { ...base, occurredAt: NOW, actorId: null, actorLabel: 'import', action: 'report.note' });

    const history = await auditEvents.listForReport(db, report.id);
    expect(history.map((e) => e.action)).toEqual(['report.created', 'report.submitted', 'report.note']);
    expect(history[1]).toEqual({
      id: history[1]?.id, occurredAt: NOW.toISOString(), actorId: user.id, actorLabel: user.name, action: 'report.submitted',
      entityType: 'report', entityId: String(report.id), reportId: report.id, ip: '10.0.0.1',
      before: { state: 'draft' }, after: { state: 'submitted' },
    });
    expect(history[2]).toMatchObject({ actorId: null, before: undefined, after: undefined, ip: null });
    expect((await auditEvents.listForEntity(db, 'report', report.id)).map((e) => e.id)).toEqual(history.map((e) => e.id));
    expect(await auditEvents.latestForReport(db, report.id)).toEqual(history[2]);
    expect(await auditEvents.latestForReport(db, (await aReport()).id)).toBeUndefined();
  });

  it('refuses to update or delete an event: the log is append-only', async () => {
    const { db } = database();
    const report = await aReport();
    const id = await auditEvents.append(db, { occurredAt: NOW, actorId: null, actorLabel: 'system', action: 'report.created', entityType: 'report', entityId: report.id, reportId: report.id });

    await expect(db.updateTable('audit_events').set({ action: 'rewritten' }).where('id', '=', id).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').where('id', '=', id).execute()).rejects.toThrow(/append-only/);
    expect((await auditEvents.listForReport(db, report.id)).map((e) => e.action)).toEqual(['report.created']);
  });

  it('loses the event together with the change when the transaction rolls back', async () => {
    const { db } = database();
    const report = await aReport();
    const failing = withTransaction(db, async (trx) => {
      await reports.moveState(trx, report.id, { expectedVersion: 1, from: 'draft', to: 'submitted', actorId: (await aUser(trx)).id, now: NOW });
      await auditEvents.append(trx, { occurredAt: NOW, actorId: null, actorLabel: 'x', action: 'report.submitted', entityType: 'report', entityId: report.id, reportId: report.id });
      throw new Error('boom');
    });

    await expect(failing).rejects.toThrow('boom');
    expect(await auditEvents.listForReport(db, report.id)).toEqual([]);
    expect((await reports.getMeta(db, report.id)).state).toBe('draft');
  });
});
