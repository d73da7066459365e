// The public record (offentlighetsprincipen): what anyone may read without signing in. Only reports
// in the state `approved` are public, in the content they were approved with. A report reopened
// after approval leaves the record until it is approved again: Redovisa keeps one content per
// report, and once reopened that content may be changing, so there is nothing approved to show
// (the reopen reason is not public either). Nothing here reads a user, comment or audit event.
import { committees, projects, publicRecord, reports, roundAccruals, type Executor } from '../../db/index.js';
import type { PublicReportSummary } from '../../db/repositories/public-record.js';
import type { OpenDataInput } from '../../documents/export/open-data.js';
import type { DocumentFrame } from '../../documents/wording.js';
import { AppError } from '../../domain/errors.js';
import { formatRoundCode, type RoundKind } from '../../domain/period.js';
import type { ReportDocument } from '../../domain/report.js';
import { roundByCode } from '../finance/round-by-code.js';
import { roundFigures, type CommitteeRoundFigures } from '../finance/round-figures.js';
import { organisationName } from '../organisation.js';

export type { PublicReportSummary };

const swedish = new Intl.Collator('sv');
const KIND_ORDER: Readonly<Record<RoundKind, number>> = { T1: 1, T2: 2, VB: 3 };

/** A round that has approved reports, with them. */
export interface PublicRound {
  code: string;
  year: number;
  kind: RoundKind;
  reports: PublicReportSummary[];
}

/** The public record's answer for something that is not in it: the same whether it exists or not. */
export function notPublic(): AppError {
  return new AppError('not_found', 'Sidan finns inte i det offentliga arkivet.');
}

/** Every approved report, grouped by round (newest first), committees in Swedish order; reports outside a round last. */
export async function listPublicRounds(db: Executor): Promise<{ rounds: PublicRound[]; withoutRound: PublicReportSummary[] }> {
  const list = (await publicRecord.approvedReports(db)).sort((a, b) => swedish.compare(a.committeeName, b.committeeName) || a.id - b.id);
  const rounds = new Map<string, PublicRound>();
  const withoutRound: PublicReportSummary[] = [];
  for (const report of list) {
    if (report.round === null) {
      withoutRound.push(report);
      continue;
    }
    const code = formatRoundCode(report.round);
    const round = rounds.get(code) ?? { code, year: report.round.year, kind: report.round.kind, reports: [] };
    round.reports.push(report);
    rounds.set(code, round);
  }
  const ordered = [...rounds.values()].sort((a, b) => b.year - a.year || KIND_ORDER[b.kind] - KIND_ORDER[a.kind]);
  return { rounds: ordered, withoutRound };
}

/**
 * An approved report's document and summary, with the frame its public renderings carry: the
 * organisation, and the approval's date and version without naming who approved it (the public
 * record names no person); notPublic for any other report or none.
 */
export async function getPublicReport(db: Executor, reportId: number): Promise<{ summary: PublicReportSummary; document: ReportDocument; frame: DocumentFrame }> {
  const [summary] = await publicRecord.approvedReports(db, { reportId });
  if (!summary) throw notPublic();
  const [{ document, meta }, organisation] = await Promise.all([reports.getDocument(db, reportId), organisationName(db)]);
  // Approved between the two reads and reopened since: not public any more.
  if (meta.state !== 'approved' || meta.approvedAt === null) throw notPublic();
  return { summary, document, frame: { organisation, approval: { at: meta.approvedAt, by: null, version: meta.version } } };
}

/** A round with approved reports: its code and period; notPublic when it has none (or does not exist). */
async function publicRound(db: Executor, code: string) {
  const round = await roundByCode(db, code).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'invalid_input')) throw notPublic();
    throw error;
  });
  const approved = await publicRecord.approvedReports(db, { roundId: round.id });
  if (approved.length === 0) throw notPublic();
  return { round, approved };
}

/** Grant, accrued and remaining per committee and project of a round, for the committees whose report is approved. */
export async function publicRoundFigures(db: Executor, code: string): Promise<{ code: string; year: number; kind: RoundKind; committees: CommitteeRoundFigures[] }> {
  const { round } = await publicRound(db, code);
  const figures = await roundFigures(db, round);
  return { code: round.code, year: round.year, kind: round.kind, committees: figures.filter((c) => c.status === 'approved') };
}

/** Everything a round's open data is made of (src/documents/export/open-data.ts writes it). */
export async function openDataInput(db: Executor, code: string): Promise<OpenDataInput> {
  const { round, approved } = await publicRound(db, code);
  const [figures, entries, committeeList] = await Promise.all([
    roundFigures(db, round), roundAccruals.approvedEntries(db, round.id), committees.list(db),
  ]);
  const counterparties = new Map(committeeList.map((c) => [c.name, c.counterpartyNumber.trim()]));
  const ordered = approved.sort((a, b) => swedish.compare(a.committeeName, b.committeeName) || a.id - b.id);
  const documents = await Promise.all(ordered.map(async (summary) => ({ summary, ...(await reports.getDocument(db, summary.id)) })));
  return {
    publisher: await organisationName(db),
    round: { code: round.code, year: round.year, kind: round.kind, periodFrom: round.periodFrom, periodTo: round.periodTo },
    reports: documents
      .filter(({ meta }) => meta.state === 'approved')
      .map(({ summary, document }) => ({
        reportId: summary.id, version: summary.version, approvedAt: summary.approvedAt, counterparty: counterparties.get(summary.committeeName) ?? '', document,
      })),
    projects: figures.filter((c) => c.status === 'approved').flatMap((c) =>
      c.projects.flatMap((p) =>
        p.accruedThisRoundOre === null || p.yearToDateOre === null ? [] : [{
          committee: c.committeeName, number: p.number, name: p.name, projectCode: p.projectCode, programme: p.programmeName,
          grantOre: p.grantOre, accruedThisRoundOre: p.accruedThisRoundOre, yearToDateOre: p.yearToDateOre, remainingOre: p.remainingOre,
        }],
      ),
    ),
    entries: entries.map((e) => ({
      committee: e.committeeName, reportId: e.reportId, projectNumber: e.sectionNumber, projectName: e.sectionName, projectCode: e.projectCode,
      account: e.account, ikb: e.ikb, counterparty: e.counterparty, amountOre: e.amountOre, text: e.text,
    })),
  };
}

/** A programme's projects, year by year: who runs each and its grant that year. */
export interface PublicProgramme {
  name: string;
  years: Array<{ year: number; projects: Array<{ name: string; committee: string; projectCode: string; grantOre: number | null }> }>;
}

/** Every programme with its projects per year (the years a project runs or has a grant). */
export async function publicProgrammes(db: Executor): Promise<PublicProgramme[]> {
  const list = await projects.listDetailed(db);
  const programmes = new Map<string, Map<number, PublicProgramme['years'][number]['projects']>>();
  for (const p of list) {
    const grantYears = p.grants.map((g) => g.year);
    const last = p.activeToYear ?? Math.max(p.activeFromYear, ...grantYears);
    const years = new Set<number>(grantYears);
    for (let y = p.activeFromYear; y <= last; y += 1) years.add(y);
    const byYear = programmes.get(p.programmeName) ?? new Map<number, PublicProgramme['years'][number]['projects']>();
    for (const year of years) {
      const row = { name: p.name, committee: p.committeeName, projectCode: p.projectCode, grantOre: p.grants.find((g) => g.year === year)?.amountOre ?? null };
      byYear.set(year, [...(byYear.get(year) ?? []), row]);
    }
    programmes.set(p.programmeName, byYear);
  }
  return [...programmes.entries()]
    .sort(([a], [b]) => swedish.compare(a, b))
    .map(([name, byYear]) => ({
      name,
      years: [...byYear.entries()].sort(([a], [b]) => b - a).map(([year, rows]) => ({ year, projects: rows })),
    }));
}
