// Two senders on one database send each e-mail exactly once: each claims its rows before sending.
// On PostgreSQL they are two connections pools racing like two app processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue, type MailMessage } from '../../src/app/notifications/deliver.js';
import { openDatabase, outbox, type Database } from '../../src/db/index.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../support/db.js';

const ROWS = 60;

describe.each(TEST_DIALECTS)('outbox claims on %s', (dialect) => {
  let fresh: TestDatabase;
  let second: Database;
  beforeAll(async () => {
    fresh = await createTestDatabase(dialect);
    second = openDatabase(fresh.url);
  });
  afterAll(async () => {
    await second?.close();
    await fresh?.destroy();
  });

  it('two senders running at once send every row exactly once', async () => {
    const now = new Date('2014-09-14T06:00:00.000Z');
    await outbox.enqueue(fresh.database.db, Array.from({ length: ROWS }, (_, i) => ({
      notificationId: null, recipient: `mottagare${i}@stad.example`, subject: `Påminnelse ${i}`, body: 'Text', link: '/rapporter/1',
    })), now);
    const sent: string[] = [];
    // On PostgreSQL neither sender sends before both have claimed a batch, so they overlap for certain
    // (with a fixed delay, a slow second connection could start after the first had sent everything).
    let arrived = 0;
    let bothStarted: () => void = () => undefined;
    const barrier = new Promise<void>((resolve) => { bothStarted = resolve; });
    const sender = () => {
      let first = true;
      return async (m: MailMessage) => {
        if (first && dialect === 'postgres') {
          first = false;
          if (++arrived === 2) bothStarted();
          // Bounded: a sender that finds nothing left must not hold the other forever.
          await Promise.race([barrier, new Promise((resolve) => setTimeout(resolve, 2_000))]);
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
        sent.push(m.to);
      };
    };
    const options = { publicUrl: 'https://redovisa.example', now: () => now, batchSize: 5 };
    const [a, b] = await Promise.all([
      deliverDue(fresh.database, { ...options, send: sender() }),
      deliverDue(second, { ...options, send: sender() }),
    ]);
    expect(a.sent + b.sent).toBe(ROWS);
    expect(sent).toHaveLength(ROWS);
    expect(new Set(sent).size).toBe(ROWS);
    const rows = await fresh.database.db.selectFrom('outbox').select(['state', 'attempts']).execute();
    expect(rows.every((r) => r.state === 'sent' && Number(r.attempts) === 1)).toBe(true);
  });

  it('a claim held by a sender that stopped is taken over once it runs out', async () => {
    const now = new Date('2014-09-15T06:00:00.000Z');
    await outbox.enqueue(fresh.database.db, [{ notificationId: null, recipient: 'en@stad.example', subject: 'Ämne', body: 'Text', link: '/' }], now);
    const claimed = await outbox.claimDue(fresh.database.db, now, 60_000, 10);
    expect(claimed.map((m) => m.recipient)).toEqual(['en@stad.example']);
    expect(await outbox.claimDue(second.db, new Date(now.getTime() + 59_000), 60_000, 10)).toEqual([]);
    expect((await outbox.claimDue(second.db, new Date(now.getTime() + 61_000), 60_000, 10)).map((m) => m.recipient)).toEqual(['en@stad.example']);
  });
});
