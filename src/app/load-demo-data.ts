import { randomBytes } from 'node:crypto';
import { projects, reports } from '../db/index.js';
import { formatRoundCode } from '../domain/period.js';
import type { ReportDocument, ReportIndicator } from '../domain/report.js';
import type { Role } from '../domain/roles.js';
import { createUser } from './accounts/create-user.js';
import type { AppContext } from './context.js';
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

/** What the demo data holds: the seed report in an open round, and one account per role. */
export interface DemoData {
  reportId: number;
  committee: string;
  round: string;
  accounts: DemoAccount[];
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
export function withDemoIndicators(document: ReportDocument): ReportDocument {
  return {
    ...document,
    projects: document.projects.map((project) => {
      const indicators = DEMO_INDICATORS[project.number];
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
 * their 2014 targets and outcomes) and one account per role with a fresh
 * random password. A database in use is never touched: the result is null then.
 */
export async function loadDemoData(ctx: AppContext, demo: { document: ReportDocument; source: string }): Promise<DemoData | null> {
  if (await reports.any(ctx.database.db)) return null;
  const round = await createRound(ctx, DEMO_ROUND);
  const imported = await importReport(ctx, { document: withDemoIndicators(demo.document), source: demo.source, roundId: round.id });
  for (const project of await projects.listByCommittee(ctx.database.db, imported.committee.id)) {
    const grantOre = DEMO_GRANTS_ORE[project.number];
    if (grantOre !== undefined) await setProjectGrant(ctx, { projectId: project.id, year: DEMO_ROUND.year, grantOre });
  }
  await openRound(ctx, round.id);
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
  return { reportId: imported.reportId, committee: imported.committee.name, round: formatRoundCode(DEMO_ROUND), accounts };
}
