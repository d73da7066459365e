import { createHash } from 'node:crypto';
import { auditEvents, committees, programmes, projects, reports, rounds, withTransaction, type Executor } from '../db/index.js';
import type { Round } from '../db/repositories/rounds.js';
import { AppError } from '../domain/errors.js';
import { sumOre } from '../domain/money.js';
import { formatRoundCode, roundPeriod, yearOf, type RoundCode } from '../domain/period.js';
import type { ReportDocument, ReportWarning } from '../domain/report.js';
import { findReportProblem } from '../domain/report-problem.js';
import { validateReport, type ValidationIssue } from '../domain/validation.js';
import { actorId, actorLabel, type AppContext } from './context.js';
import { canImportReports } from './policies/report.js';
import { attachImportedIndicators } from './indicators/attach-imported-indicators.js';

/** The programme legacy reports belong to: Stockholm's outer-city programme (ytterstadssatsningen). */
export const LEGACY_PROGRAMME_NAME = 'Ytterstadssatsningen';

/** What an import stored. */
export interface ImportReportResult {
  reportId: number;
  committee: { id: number; name: string; created: boolean };
  /** The round it was stored in (`2014-VB`), created closed when it did not exist; null outside any round. */
  round: { id: number; code: string; created: boolean } | null;
  /** True when stored as approved (history approved on paper). */
  approved: boolean;
  projectsCreated: string[];
  /** Indicators the import gave the committee's projects, as "project: indicator". */
  indicatorsCreated: string[];
  projectCount: number;
  entryCount: number;
  totalOre: number;
  /** What the importer noticed while reading the file (with source lines). */
  warnings: ReportWarning[];
  /** What the report rules find in the stored draft: to fix before it can be submitted. */
  issues: ValidationIssue[];
}

/**
 * Stores a parsed legacy report as a draft, creating its committee, the programme and the
 * projects when missing. A document beyond the report limits (domain/limits.ts) is refused before
 * anything is written. One transaction: a failure stores nothing, the audit event included.
 * With `round` the report belongs to that round (created closed when missing: history arrives after
 * the fact); with `approved` it is stored approved by the operator, the source file named in the audit.
 */
export async function importReport(
  ctx: AppContext,
  input: { document: ReportDocument; source: string; roundId?: number | null; round?: RoundCode; approved?: boolean },
): Promise<ImportReportResult> {
  if (!canImportReports(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att importera rapporter.');
  const { document, source } = input;
  // The document may come from anywhere (a parsed file, JSON): it meets the limits every save meets.
  const problem = findReportProblem(document);
  if (problem) throw new AppError('invalid_input', `${source}: ${problem.message}`, { field: problem.path });
  const entries = document.projects.flatMap((p) => p.entries);
  const totalOre = sumOre(entries.map((e) => e.amountOre));
  const digest = contentDigest(document);
  const now = ctx.now();

  return withTransaction(ctx.database, async (trx) => {
    let committee = await committees.findByName(trx, document.committee);
    const committeeCreated = committee === undefined;
    if (!committee) {
      // A new committee's own counterparty number is the one its entries carry (Nämndens motpartsnr).
      const counterparty = entries[0]?.counterparty;
      if (!counterparty) {
        throw new AppError('invalid_input',
          `${source}: nämnden ”${document.committee}” finns inte, och rapporten har ingen periodisering som anger nämndens motpartsnummer.`,
          { field: 'committee' });
      }
      committee = await committees.create(trx, { name: document.committee, counterpartyNumber: counterparty });
    }
    const duplicate = await reports.findByImportDigest(trx, committee.id, digest);
    if (duplicate !== undefined) {
      throw new AppError('conflict', `${source}: samma rapport är redan importerad som redovisning ${duplicate}.`, { reportId: duplicate });
    }

    let programme = await programmes.findByName(trx, LEGACY_PROGRAMME_NAME);
    if (!programme) {
      const first = entries[0];
      if (!first) {
        throw new AppError('invalid_input',
          `${source}: satsningen ${LEGACY_PROGRAMME_NAME} finns inte ännu, och rapporten har ingen periodisering som anger dess IKB och konto.`,
          { field: 'projects' });
      }
      programme = await programmes.create(trx, { name: LEGACY_PROGRAMME_NAME, ikb: first.ikb, defaultAccount: first.account });
    }

    // One query finds the projects the committee already has; only the others are created.
    const found = await projects.findByNames(trx, committee.id, document.projects.map((p) => p.name));
    const projectIds = new Map(found.map((p) => [p.name, p.id]));
    const projectsCreated: string[] = [];
    for (const section of document.projects) {
      if (projectIds.has(section.name)) continue;
      const project = await projects.findOrCreate(trx, {
        programmeId: programme.id,
        committeeId: committee.id,
        name: section.name,
        number: section.number,
        activeFromYear: yearOf(document.accrualPeriod.from),
      });
      projectIds.set(section.name, project.id);
      projectsCreated.push(section.name);
    }

    if (input.round) {
      // A report of another year in this round would book its money in the wrong year: refuse it.
      const period = roundPeriod(input.round.year, input.round.kind);
      const { from, to } = document.accrualPeriod;
      if (from < period.from || to > period.to) {
        throw new AppError('invalid_input',
          `${source}: rapportens period ${from} – ${to} ligger utanför omgången ${formatRoundCode(input.round)} (${period.from} – ${period.to}).`,
          { field: 'round' });
      }
    }
    const round = input.round ? await roundForImport(trx, ctx, input.round, now) : null;
    if (round) {
      const taken = await reports.findByCommitteeRound(trx, committee.id, round.round.id);
      if (taken) {
        throw new AppError('conflict', `${source}: ${committee.name} har redan en redovisning i ${round.code} (redovisning ${taken.id}).`,
          { reportId: taken.id });
      }
    }
    // Targets are per calendar year: the round's, else the year the report's period ends in.
    const indicatorsCreated = await attachImportedIndicators(trx, ctx, document, projectIds, input.round?.year ?? yearOf(document.accrualPeriod.to));
    const approved = input.approved === true;
    const meta = await reports.create(trx, {
      committeeId: committee.id,
      roundId: round?.round.id ?? input.roundId ?? null,
      state: approved ? 'approved' : 'draft',
      content: { title: document.title, reportType: document.reportType, accrualPeriod: document.accrualPeriod, projects: document.projects },
      now,
      projectIds,
      importDigest: digest,
    });
    await auditEvents.append(trx, {
      occurredAt: now,
      actorId: actorId(ctx.actor),
      actorLabel: actorLabel(ctx.actor),
      action: 'report.imported',
      entityType: 'report',
      entityId: meta.id,
      reportId: meta.id,
      ip: ctx.ip ?? null,
      after: { source, committee: committee.name, projects: document.projects.length, entries: entries.length, totalOre, ...(round ? { round: round.code } : {}) },
    });
    if (approved) {
      await auditEvents.append(trx, {
        occurredAt: now, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), action: 'report.approve',
        entityType: 'report', entityId: meta.id, reportId: meta.id, ip: ctx.ip ?? null,
        before: { state: 'draft' }, after: { state: 'approved', reason: `Godkänd på papper; inläst från ${source}` },
      });
    }

    return {
      reportId: meta.id,
      committee: { id: committee.id, name: committee.name, created: committeeCreated },
      round: round && { id: round.round.id, code: round.code, created: round.created },
      approved,
      projectsCreated,
      indicatorsCreated,
      projectCount: document.projects.length,
      entryCount: entries.length,
      totalOre,
      warnings: document.warnings ?? [],
      // The importer's own warnings already cover empty tables and missing narratives.
      issues: validateReport(document, { committeeCounterparty: committee.counterpartyNumber })
        .filter((i) => i.code !== 'project_without_entries' && i.code !== 'project_without_narrative'),
    };
  });
}

// A round that does not exist yet is history: it is created closed, its deadline the end of its period.
async function roundForImport(trx: Executor, ctx: AppContext, code: RoundCode, now: Date): Promise<{ round: Round; code: string; created: boolean }> {
  const name = formatRoundCode(code);
  const found = await rounds.findByYearKind(trx, code.year, code.kind);
  if (found) return { round: found, code: name, created: false };
  const period = roundPeriod(code.year, code.kind);
  const round = await rounds.create(trx, { year: code.year, kind: code.kind, periodFrom: period.from, periodTo: period.to, deadline: period.to, state: 'closed' });
  await auditEvents.append(trx, {
    occurredAt: now, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), action: 'round.created',
    entityType: 'round', entityId: round.id, reportId: null, ip: ctx.ip ?? null, after: { ...round, reason: 'skapad vid import av historik' },
  });
  return { round, code: name, created: true };
}

// The digest covers what the report says, not the file's bytes: the same report read from its
// .txt, .pdf or .docx is one report. Warnings are left out; they describe the file, not the report.
function contentDigest(document: ReportDocument): string {
  const { warnings: _warnings, ...content } = document;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
