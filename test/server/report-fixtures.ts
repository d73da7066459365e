// A committee's report in a round, set up through the repositories as opening a round leaves it:
// one section per project, linked to the project, no entries, an empty narrative.
import { committees, programmes, projects, reports, rounds, type Database } from '../../src/db/index.js';
import { roundPeriod, type RoundKind } from '../../src/domain/period.js';
import type { ProjectSection } from '../../src/domain/report.js';
import type { ReportState } from '../../src/domain/workflow.js';

let counter = 0;

/** What a round report's set-up made. */
export interface RoundReport {
  committeeId: number;
  committeeName: string;
  roundId: number;
  reportId: number;
  /** The report's section ids in document order. */
  sectionIds: number[];
  projectIds: number[];
}

/** The round of this year and kind, created when missing (rounds are unique per year and kind). */
export async function aRound(database: Database, year: number, kind: RoundKind): Promise<number> {
  const found = await rounds.findByYearKind(database.db, year, kind);
  if (found) return found.id;
  const period = roundPeriod(year, kind);
  return (await rounds.create(database.db, { year, kind, periodFrom: period.from, periodTo: period.to, deadline: `${year}-09-15`, state: 'open' })).id;
}

/**
 * A committee (new unless `committeeId` is given) with projects and grants, and its report in the
 * round; `content` fills the sections when given, else they are empty as a new round leaves them.
 */
export async function aRoundReport(
  database: Database,
  input: {
    committeeName?: string;
    committeeId?: number;
    counterparty?: string;
    year: number;
    kind: RoundKind;
    projects: { number: number; name: string; grantOre?: number }[];
    content?: Pick<ProjectSection, 'entries' | 'narrative'>[];
    /** The report's state; a draft unless given (an approved one counts in later rounds' figures). */
    state?: ReportState;
  },
): Promise<RoundReport> {
  const { db } = database;
  counter += 1;
  const committee = input.committeeId === undefined
    ? await committees.create(db, { name: input.committeeName ?? `Testnämnd ${counter} ${Date.now()}`, counterpartyNumber: input.counterparty ?? '1704' })
    : await committees.getById(db, input.committeeId);
  const programme = (await programmes.findByName(db, 'Ytterstadssatsningen'))
    ?? (await programmes.create(db, { name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699' }));
  const projectIds: number[] = [];
  for (const p of input.projects) {
    const project = await projects.findOrCreate(db, {
      programmeId: programme.id, committeeId: committee.id, name: p.name, number: p.number, activeFromYear: input.year,
    });
    if (p.grantOre !== undefined) await projects.setGrant(db, { projectId: project.id, year: input.year, amountOre: p.grantOre });
    projectIds.push(project.id);
  }
  const roundId = await aRound(database, input.year, input.kind);
  const meta = await reports.create(db, {
    committeeId: committee.id,
    roundId,
    content: {
      title: 'Redovisning ytterstadsprojekt',
      reportType: 'Tertialrapport',
      accrualPeriod: roundPeriod(input.year, input.kind),
      projects: input.projects.map((p, i) => ({
        number: p.number, name: p.name,
        entries: input.content?.[i]?.entries ?? [],
        narrative: input.content?.[i]?.narrative ?? { title: '', paragraphs: [] },
      })),
    },
    now: new Date(`${input.year}-05-02T08:00:00.000Z`),
    ...(input.state ? { state: input.state } : {}),
    projectIds: new Map(input.projects.map((p, i) => [p.name, projectIds[i]!])),
  });
  const sections = await reports.readStoredSections(db, meta.id);
  return { committeeId: committee.id, committeeName: committee.name, roundId, reportId: meta.id, sectionIds: sections.map((s) => s.id), projectIds };
}

/** An entry as a complete draft has it, for the committee with counterparty 1704. */
export function anEntry(amountOre: number, text = 'Ej fakturerat tom 2014-08-31') {
  return { account: '3699', ikb: '1771', counterparty: '1704', amountOre, text };
}
