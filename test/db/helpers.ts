// Small builders for repository tests. Each call makes uniquely named rows, so tests sharing one
// database per file never collide.
import type { ReportDocument } from '../../src/domain/report.js';
import type { Executor } from '../../src/db/transaction.js';
import * as committees from '../../src/db/repositories/committees.js';
import * as programmes from '../../src/db/repositories/programmes.js';
import * as users from '../../src/db/repositories/users.js';

let counter = 0;
/** A name no other test in this process has used. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix} ${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A fixed instant, so stored timestamps are predictable. */
export const NOW = new Date('2014-09-15T08:30:00.000Z');

/** A fresh committee. */
export function aCommittee(db: Executor, name = unique('Nämnd')): Promise<committees.Committee> {
  return committees.create(db, { name, counterpartyNumber: '1704' });
}

/** A fresh programme. */
export function aProgramme(db: Executor): Promise<programmes.Programme> {
  return programmes.create(db, { name: unique('Satsning'), ikb: '1771', defaultAccount: '3699' });
}

/** A fresh reporter. */
export function aUser(db: Executor, committeeId: number | null = null): Promise<users.User> {
  return users.create(db, {
    email: `${unique('u').replace(/\W+/g, '.')}@example.se`,
    name: unique('Användare'),
    role: 'reporter',
    committeeId,
    passwordHash: 'x',
    now: NOW,
  });
}

/** A small document with one project and the given amounts. */
export function aDocument(committee: string, amounts: readonly number[]): ReportDocument {
  return {
    format: 'redovisa.report/1',
    title: 'Redovisning ytterstadsprojekt',
    reportType: 'Tertialrapport',
    committee,
    accrualPeriod: { from: '2014-01-01', to: '2014-04-30' },
    projects: [
      {
        number: 1,
        name: 'Lärandecenter',
        entries: amounts.map((amountOre) => ({ account: '3699', ikb: '1771', counterparty: '1704', amountOre, text: 'Ej fakturerat' })),
        narrative: null,
      },
    ],
  };
}
