// Reading a report for the use cases: its header, sections and comments in a few batched queries,
// and the refusal that does not reveal whether a report exists.
import { comments, reports, type Executor } from '../../db/index.js';
import type { Comment } from '../../db/repositories/comments.js';
import type { ReportDetail, ReportMeta, SectionDetail, StoredSection } from '../../db/repositories/reports.js';
import { AppError } from '../../domain/errors.js';
import { yearOf } from '../../domain/period.js';
import { REPORT_FORMAT, type ReportDocument } from '../../domain/report.js';
import type { Actor } from '../context.js';
import { sectionContentOf } from '../../db/repositories/report-sections.js';
import { canReadReport, reportAbilities, type ReportAbilities } from '../policies/report.js';

export type { Comment, ReportDetail, ReportMeta, SectionDetail, StoredSection };

/** A report as the editor and the review screens need it. */
export interface ReportView {
  readonly detail: ReportDetail;
  /** The content as a redovisa.report/1 document; `projects` follows `sections` one to one. */
  readonly document: ReportDocument;
  readonly sections: readonly SectionDetail[];
  readonly comments: readonly Comment[];
  readonly abilities: ReportAbilities;
}

/** A report's content with the ids of its sections, for the use cases that change or check it. */
export interface ReportContent {
  readonly detail: ReportDetail;
  readonly document: ReportDocument;
  readonly sections: readonly StoredSection[];
}

/** The refusal for a report that does not exist or that the actor may not read: the same words for both. */
export function reportNotFound(reportId: number): AppError {
  return new AppError('not_found', `Redovisning ${reportId} finns inte.`, { reportId });
}

/** A report's header with its round (and the round's state) if the actor may read it; not_found otherwise (one query). */
export async function readableDetail(db: Executor, actor: Actor, reportId: number): Promise<ReportDetail> {
  const detail = await reports.getDetail(db, reportId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  });
  if (!detail || !canReadReport(actor, detail.meta)) throw reportNotFound(reportId);
  return detail;
}

/** A report's meta if the actor may read it; not_found otherwise (one query). */
export async function readableMeta(db: Executor, actor: Actor, reportId: number): Promise<ReportMeta> {
  const meta = await reports.getMeta(db, reportId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  });
  if (!meta || !canReadReport(actor, meta)) throw reportNotFound(reportId);
  return meta;
}

/**
 * The whole report for the actor in four queries: the header (with committee, round and names)
 * first, since it decides whether the actor may read it; then sections, entries and comments together.
 */
export async function loadReportView(db: Executor, actor: Actor, reportId: number): Promise<ReportView> {
  const detail = await readableDetail(db, actor, reportId);
  const [sections, notes] = await Promise.all([
    reports.readSectionDetails(db, reportId, {
      // Grants are per calendar year: the round's, or for a report outside any round its period's.
      year: detail.round?.year ?? yearOf(detail.accrualPeriod.from),
      roundEnd: detail.round?.periodTo ?? null,
    }),
    comments.listForReport(db, reportId),
  ]);
  return { detail, document: documentOf(detail, sections), sections, comments: notes, abilities: reportAbilities(actor, { ...detail.meta, round: detail.round }) };
}

/** The report's content with section ids, if the actor may read it (three queries). */
export async function loadReportContent(db: Executor, actor: Actor, reportId: number): Promise<ReportContent> {
  const detail = await readableDetail(db, actor, reportId);
  const sections = await reports.readStoredSections(db, reportId);
  return { detail, document: documentOf(detail, sections), sections };
}

/** A report's content as a redovisa.report/1 document. */
export function documentOf(detail: ReportDetail, sections: readonly StoredSection[]): ReportDocument {
  return {
    format: REPORT_FORMAT,
    title: detail.title,
    reportType: detail.reportType,
    committee: detail.committee.name,
    accrualPeriod: { ...detail.accrualPeriod },
    projects: sections.map(sectionContentOf),
  };
}
