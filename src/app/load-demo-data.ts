import { randomBytes } from 'node:crypto';
import { projects, reports } from '../db/index.js';
import { sumOre } from '../domain/money.js';
import { formatRoundCode, yearOf } from '../domain/period.js';
import type { ReportDocument, ReportIndicator } from '../domain/report.js';
import type { Role } from '../domain/roles.js';
import { createUser } from './accounts/create-user.js';
import type { AppContext } from './context.js';
import { DEMO_HISTORY } from './demo-history.js';
import { importReport } from './import-report.js';
import { createRound } from './rounds/create-round.js';
import { openRound } from './rounds/open-round.js';
import { setProjectGrant } from './setup/set-project-grant.js';

/** A demo account, with the password printed once at the first start. */
export interface DemoAccount {
  role: Role;
  email: string;
  name: string;
  password: string;
}

/** What the demo data holds: the seed report in an open round, the approved history, and one account per role. */
export interface DemoData {
  reportId: number;
  committee: string;
  round: string;
  /** The history's reports, approved (on paper) in their rounds, as `2015-T1: Rinkeby-Kista stadsdelsnämnd`. */
  history: string[];
  accounts: DemoAccount[];
}

/** A report read for the demo, with where it came from. */
export interface DemoReport { document: ReportDocument; source: string }


// What two of the history's committees set out to achieve in 2015 and what their approved annual
// reports say came of it (by committee and project number), so Översikt has indicators with approved
// outcomes: one above its target, one on it, one below. The files state none; these are the demo's.
const HISTORY_INDICATORS: Readonly<Record<string, Readonly<Record<number, readonly ReportIndicator[]>>>> = {
  'Skarpnäcks stadsdelsnämnd': {
    1: [{ name: 'Kvällspass med trygghetsvärdar', unit: 'st', baseline: '150', target: '200', outcome: '212' }],
    4: [{ name: 'Unga i arbete eller studier efter coachning', unit: '%', baseline: '35', target: '50', outcome: '46.5' }],
  },
  'Bromma stadsdelsnämnd': {
    2: [{ name: 'Elever i läxhjälpen', unit: 'deltagare', baseline: '40', target: '60', outcome: '60' }],
  },
};

const GRANT_STEP_ORE = 10_000_000;

/**
 * The demo's grant for a history project's year: its accruals in the report plus a quarter, rounded up
 * to the next whole 100 000 kr — above what it accrued, so the dashboards show grant, accrued and a
 * remainder. The files do not state grants; these are the demo's.
 */
export function demoHistoryGrantOre(accruedOre: number): number {
  const wanted = Math.max(0, accruedOre) + Math.ceil(Math.max(0, accruedOre) / 4);
  return (Math.floor(wanted / GRANT_STEP_ORE) + 1) * GRANT_STEP_ORE;
}

// The seed is Hässelby-Vällingby's "Tertialrapport och Verksamhetsberättelse" with the accrual period
// 2014-08-01 – 2014-12-31: the annual report of 2014 (a T2 round ends in August, so the period would
// lie outside it). Its real deadline is not in the document; the end of January is the city's custom.
const DEMO_ROUND = { year: 2014, kind: 'VB', deadline: '2015-01-31' } as const;

// The programme's grants for 2014, by project number: the seed does not state them, so the demo
// gives each project a grant above what its report accrues, to show grant, accrued and remaining.
const DEMO_GRANTS_ORE: Readonly<Record<number, number>> = { 1: 20_000_000, 2: 300_000_000, 3: 10_000_000 };

// What three of the seed's projects set out to achieve in 2014 and what the annual report says came
// of it, so that a new user sees indicators in the editor and the documents. The seed itself states
// none; these are the demo's, plausible for the projects its narratives describe.
const DEMO_INDICATORS: Readonly<Record<number, readonly ReportIndicator[]>> = {
  1: [
    { name: 'Trygghetsvandringar', unit: 'st', baseline: '4', target: '10', outcome: '8', comment: 'Två vandringar flyttades till våren.' },
    { name: 'Eftermiddagar med öppet i träfflokalen Vistet', unit: 'st', baseline: '120', target: '160', outcome: '152' },
  ],
  2: [
    { name: 'Deltagare i svenskundervisning', unit: 'deltagare', baseline: '310', target: '400', outcome: '428' },
    { name: 'Andel deltagare som fullföljt kursen', unit: '%', baseline: '62', target: '70', outcome: '71.5' },
  ],
  3: [
    { name: 'Unga med kontaktperson', unit: 'st', baseline: '18', target: '25', outcome: '22', comment: 'Tre väntar på en kontaktperson.' },
  ],
};

/** The seed with the demo's indicators on its projects (by number): the import gives them to the projects with their 2014 targets. */
export function withDemoIndicators(document: ReportDocument, byNumber: Readonly<Record<number, readonly ReportIndicator[]>> = DEMO_INDICATORS): ReportDocument {
  return {
    ...document,
    projects: document.projects.map((project) => {
      const indicators = byNumber[project.number];
      if (indicators === undefined || project.indicators !== undefined) return project;
      const { narrative, ...rest } = project;
      return { ...rest, indicators: indicators.map((i) => ({ ...i })), narrative };
    }),
  };
}

const DEMO_PEOPLE: ReadonlyArray<{ role: Role; email: string; name: string; committee: boolean }> = [
  { role: 'reporter', email: 'rapportor@demo.redovisa.se', name: 'Rut Rapportör', committee: true },
  { role: 'approver', email: 'attestant@demo.redovisa.se', name: 'Anders Attestant', committee: true },
  { role: 'controller', email: 'controller@demo.redovisa.se', name: 'Cecilia Controller', committee: false },
  { role: 'admin', email: 'admin@demo.redovisa.se', name: 'Adam Administratör', committee: false },
  { role: 'reader', email: 'lasare@demo.redovisa.se', name: 'Lena Läsare', committee: false },
];

/**
 * Fills an empty database with the demo: the seed report as a draft in an open 2014 VB round (its
 * committee, programme and projects created by the import, three projects with indicators and
 * their 2014 targets and outcomes), the history approved in its rounds with grants for its
 * projects (`history`, in DEMO_HISTORY's order; empty for the seed alone), and one account per role
 * with a fresh random password. A database in use is never touched: the result is null then.
 */
export async function loadDemoData(ctx: AppContext, demo: DemoReport & { history: readonly DemoReport[] }): Promise<DemoData | null> {
  if (await reports.any(ctx.database.db)) return null;
  const round = await createRound(ctx, DEMO_ROUND);
  const imported = await importReport(ctx, { document: withDemoIndicators(demo.document), source: demo.source, roundId: round.id });
  for (const project of await projects.listByCommittee(ctx.database.db, imported.committee.id)) {
    const grantOre = DEMO_GRANTS_ORE[project.number];
    if (grantOre !== undefined) await setProjectGrant(ctx, { projectId: project.id, year: DEMO_ROUND.year, grantOre });
  }
  await openRound(ctx, round.id);
  // After the opening, so the round gives no draft to the history's committees.
  const history: string[] = [];
  for (const [i, report] of demo.history.entries()) {
    const entry = DEMO_HISTORY[i];
    if (entry === undefined) throw new Error(`The demo's history has no round for ${report.source}.`);
    const indicators = HISTORY_INDICATORS[report.document.committee];
    const document = indicators ? withDemoIndicators(report.document, indicators) : report.document;
    const stored = await importReport(ctx, { document, source: report.source, round: entry.round, approved: true });
    const year = yearOf(report.document.accrualPeriod.to);
    const byName = new Map((await projects.listByCommittee(ctx.database.db, stored.committee.id)).map((p) => [p.name, p.id]));
    for (const project of report.document.projects) {
      const projectId = byName.get(project.name);
      const accruedOre = sumOre(project.entries.map((e) => e.amountOre));
      if (projectId !== undefined) await setProjectGrant(ctx, { projectId, year, grantOre: demoHistoryGrantOre(accruedOre) });
    }
    history.push(`${formatRoundCode(entry.round)}: ${stored.committee.name}`);
  }
  const accounts: DemoAccount[] = [];
  for (const person of DEMO_PEOPLE) {
    // 18 random bytes → 24 characters of base64url: far beyond guessing, still easy to copy.
    const password = randomBytes(18).toString('base64url');
    await createUser(ctx, {
      email: person.email, name: person.name, role: person.role, password,
      committeeId: person.committee ? imported.committee.id : null,
    });
    accounts.push({ role: person.role, email: person.email, name: person.name, password });
  }
  return { reportId: imported.reportId, committee: imported.committee.name, round: formatRoundCode(DEMO_ROUND), history, accounts };
}
