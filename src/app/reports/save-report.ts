import { LIMIT_MESSAGES, MAX_REPORT_TEXT_LENGTH, reportTextLength } from '../../domain/limits.js';
import { reports, withTransaction, type Executor } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import type { AccrualEntry, Narrative, ReportIndicator } from '../../domain/report.js';
import { assertEditable, EDITABLE_STATES } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { mayEditContent } from '../policies/report.js';
import { appendReportEvent, type ReportEvent } from './audit.js';
import { conflictChanges, lastChange, lastChangeSentence, ReportConflictError } from './conflict.js';
import { auditValues, contentChanges, type EditableContent } from './content-changes.js';
import { loadReportContent, loadReportView, readableDetail, type ReportContent, type ReportMeta, type ReportView } from './report-view.js';
import { assertRoundAllowsFor } from './round-freeze.js';

/** A save from the editor: the version the client loaded, the period, and sections by id. */
export interface SaveReportInput {
  readonly reportId: number;
  readonly version: number;
  readonly accrualPeriod: { readonly from: string; readonly to: string };
  /** The sections the client sends; sections it leaves out keep their stored content. */
  readonly sections: readonly SaveSectionInput[];
}

/** One section's new content; a draft may hold entries whose codes are not complete yet. */
export interface SaveSectionInput {
  readonly id: number;
  readonly entries: readonly AccrualEntry[];
  readonly narrative: Narrative | null;
  /** Outcomes and comments by indicator name; indicators left out keep theirs. The rest of an indicator is the project's. */
  readonly indicators?: readonly SaveIndicatorInput[];
}

/** One indicator's outcome so far (a canonical decimal, or null for none) and comment. */
export interface SaveIndicatorInput {
  readonly name: string;
  readonly outcome: string | null;
  readonly comment: string;
}

// Thrown inside the transaction when the save changes nothing, so the claimed version is rolled back.
class NothingToSave extends Error {}

/**
 * Saves a draft (draft, returned or reopened, in a round that is not closed) by its committee's
 * reporter or approver. The client
 * names the version it loaded: if someone saved since, nothing is written and the answer is a
 * conflict that shows the stored report, who saved it when, and the fields that differ. One
 * transaction writes the content and one 'report.saved' event with the changed fields.
 */
export async function saveReport(ctx: AppContext, input: SaveReportInput): Promise<ReportView> {
  const db = ctx.database.db;
  const meta = await assertMayEdit(db, ctx, input.reportId);
  if (meta.version !== input.version) throw await conflict(db, ctx, input);

  try {
    return await withTransaction(ctx.database, async (trx) => {
      const stored = await claimEdit(trx, ctx, input.reportId, input.version, () => conflict(trx, ctx, input));
      const next = applySave(stored, input, { strict: true });
      const changed = await writeContent(trx, ctx, input.reportId, stored, next, (values) => ({ action: 'report.saved', ...values }));
      if (!changed) throw new NothingToSave();
      return loadReportView(trx, ctx.actor, input.reportId);
    });
  } catch (error) {
    if (error instanceof NothingToSave) return loadReportView(db, ctx.actor, input.reportId);
    throw error;
  }
}

/**
 * The checks before any change of a report's content: the actor may edit this committee's report,
 * its state is editable and its round lets it be changed. Returns the report's header.
 */
export async function assertMayEdit(db: Executor, ctx: AppContext, reportId: number): Promise<ReportMeta> {
  const { meta, round } = await readableDetail(db, ctx.actor, reportId);
  if (!mayEditContent(ctx.actor, meta)) throw new AppError('forbidden', 'Du har inte behörighet att ändra rapporten.');
  assertEditable(meta.state);
  assertRoundAllowsFor(ctx.actor, round, 'edit');
  return meta;
}

/**
 * Claims the next version for an edit, in the caller's transaction, and reads the content stored at
 * the claimed version. The claim comes first: one UPDATE … WHERE version = ? AND state IN (…), so of
 * two changes from the same version exactly one gets past here, whichever process it runs in; the
 * other gets `stale()` (after the state and round are checked again).
 */
export async function claimEdit(
  trx: Executor, ctx: AppContext, reportId: number, version: number, stale: () => Promise<AppError>,
): Promise<ReportContent> {
  const claimed = await reports.claimForEdit(trx, reportId, { version, states: EDITABLE_STATES }, ctx.now());
  if (!claimed) {
    const current = await readableDetail(trx, ctx.actor, reportId);
    assertEditable(current.meta.state);
    assertRoundAllowsFor(ctx.actor, current.round, 'edit');
    throw await stale();
  }
  // The round as it stands now, read after the claim in the same transaction: a round closed
  // since the first check refuses the change and the claim is rolled back.
  const stored = await loadReportContent(trx, ctx.actor, reportId);
  assertRoundAllowsFor(ctx.actor, stored.detail.round, 'edit');
  return stored;
}

/**
 * Writes `next` over the stored content in the caller's transaction, after the claim: the period,
 * the sections that changed, and one audit event with the changed fields (`event` makes it from
 * their values before and after). False when nothing differs and nothing was written.
 */
export async function writeContent(
  trx: Executor, ctx: AppContext, reportId: number, stored: ReportContent, next: EditableContent,
  event: (values: { before: Record<string, unknown>; after: Record<string, unknown> }) => ReportEvent,
): Promise<boolean> {
  if (reportTextLength(next.projects) > MAX_REPORT_TEXT_LENGTH) {
    throw new AppError('invalid_input', LIMIT_MESSAGES.reportText, { field: 'sections' });
  }
  const changes = contentChanges(stored.document, next);
  if (changes.length === 0) return false;
  if (changes.some((c) => c.path.startsWith('accrualPeriod.'))) {
    await reports.setAccrualPeriod(trx, reportId, next.accrualPeriod);
  }
  const touched = new Set(changes.map((c) => /^projects\.(\d+)\./.exec(c.path)?.[1]).filter((p) => p !== undefined).map(Number));
  const changed = stored.sections.flatMap((section, p) => {
    const project = next.projects[p];
    return touched.has(p) && project
      ? [{ id: section.id, number: section.number, name: section.name, entries: project.entries, narrative: project.narrative, indicators: project.indicators }]
      : [];
  });
  await reports.updateSections(trx, reportId, changed, next.projects);
  await appendReportEvent(trx, ctx, reportId, event(auditValues(changes)));
  return true;
}

/** The conflict answer: the stored report, who changed it last and when, and what differs from the client's save. */
async function conflict(db: Executor, ctx: AppContext, input: SaveReportInput): Promise<ReportConflictError> {
  const current = await loadReportView(db, ctx.actor, input.reportId);
  const last = await lastChange(db, ctx.actor, current.detail.meta);
  // A view holds the stored content with its section ids: theirs, to set against the client's.
  const changes = conflictChanges(contentChanges(current.document, applySave(current, input, { strict: false })));
  const message = `${lastChangeSentence(last, ctx.now())} Dina ändringar är inte sparade: jämför dem med den sparade versionen och spara igen.`;
  return new ReportConflictError(message, current, last, changes);
}

/**
 * The stored content with the save applied: the client's period, and each section it sent. Strict
 * refuses a section id that is not the report's or comes twice; a conflict answer skips them.
 */
export function applySave(stored: ReportContent, input: SaveReportInput, options: { strict: boolean }): EditableContent {
  const known = new Set(stored.sections.map((s) => s.id));
  const given = new Map<number, SaveSectionInput>();
  input.sections.forEach((section, i) => {
    if (options.strict && !known.has(section.id)) {
      throw new AppError('invalid_input', `Avsnitt ${section.id} finns inte i rapporten.`, { field: `sections.${i}.id` });
    }
    if (options.strict && given.has(section.id)) {
      throw new AppError('invalid_input', `Avsnitt ${section.id} finns två gånger i det som sparas.`, { field: `sections.${i}.id` });
    }
    given.set(section.id, section);
  });
  return {
    accrualPeriod: { from: input.accrualPeriod.from, to: input.accrualPeriod.to },
    projects: stored.sections.map((section) => {
      const sent = given.get(section.id);
      if (!sent) return section;
      const indicators = withOutcomes(section.indicators ?? [], sent.indicators, `sections.${input.sections.indexOf(sent)}.indicators`, options.strict);
      return {
        number: section.number, name: section.name, entries: sent.entries, narrative: sent.narrative,
        ...(indicators.length === 0 ? {} : { indicators }),
      };
    }),
  };
}

/**
 * A section's indicators with the outcomes and comments sent for them, by name. Strict refuses a
 * name the section does not have (the committee cannot add an indicator to a project by saving).
 */
function withOutcomes(
  stored: readonly ReportIndicator[], sent: readonly SaveIndicatorInput[] | undefined, field: string, strict: boolean,
): ReportIndicator[] {
  const byName = new Map((sent ?? []).map((i) => [i.name, i]));
  if (strict) {
    (sent ?? []).forEach((indicator, i) => {
      if (!stored.some((s) => s.name === indicator.name)) {
        throw new AppError('invalid_input', `Indikatorn ”${indicator.name}” finns inte i projektet.`, { field: `${field}.${i}.name` });
      }
    });
  }
  return stored.map((indicator) => {
    const given = byName.get(indicator.name);
    if (!given) return indicator;
    const { outcome: _outcome, comment: _comment, ...rest } = indicator;
    return { ...rest, ...(given.outcome === null ? {} : { outcome: given.outcome }), ...(given.comment === '' ? {} : { comment: given.comment }) };
  });
}
