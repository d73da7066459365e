import { createHash } from 'node:crypto';
import { reports, withTransaction } from '../../db/index.js';
import type { Place, ReadReport } from '../../documents/import/index.js';
import { readReportSourceInPool } from '../../documents/workers/pool.js';
import { AppError } from '../../domain/errors.js';
import type { ReportDocument, ReportWarning } from '../../domain/report.js';
import { assertEditable, EDITABLE_STATES } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { mayImportFile } from '../policies/report.js';
import { appendReportEvent } from './audit.js';
import { lastChange, staleVersion } from './conflict.js';
import { auditValues, contentChanges, type EditableContent } from './content-changes.js';
import { loadReportContent, loadReportView, readableDetail, type ReportContent, type ReportDetail, type ReportView } from './report-view.js';
import { assertRoundAllowsFor } from './round-freeze.js';

/** A legacy file (.txt, .pdf or .docx) to read into a draft, from the version the client loaded. */
export interface ImportIntoReportInput {
  readonly reportId: number;
  readonly version: number;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The preview's digest of the file: when given, only a file with this digest is read in. */
  readonly digest?: string;
}

/** The report with the file's content, and what the reader should look at. */
export interface ImportIntoReportResult {
  readonly report: ReportView;
  readonly warnings: readonly ReportWarning[];
}

/**
 * Reads a committee's legacy file into its draft (not in a closed round): the file's accrual period, and for each of the
 * report's sections the entries and narrative of the file's project with the same number. Projects
 * only one side has are warnings, not errors; a file that cannot be read, or that is another
 * committee's report, is refused (the first with its line) and nothing is written. One transaction writes the content and a 'report.imported_file' event.
 */
export async function importIntoReport(ctx: AppContext, input: ImportIntoReportInput): Promise<ImportIntoReportResult> {
  const db = ctx.database.db;
  const { report: file } = await readFileForReport(ctx, input, async ({ meta }) => {
    // The person confirmed what the preview showed of one file: another file is not read in its stead.
    if (input.digest !== undefined && input.digest !== fileDigest(input.bytes)) {
      throw new AppError('conflict', 'Filen är inte den som förhandsgranskades. Välj filen och förhandsgranska den igen.', { field: 'digest' });
    }
    if (meta.version !== input.version) throw staleVersion(await lastChange(db, ctx.actor, meta), ctx.now(), meta.version);
  });

  return withTransaction(ctx.database, async (trx) => {
    const claimed = await reports.claimForEdit(trx, input.reportId, { version: input.version, states: EDITABLE_STATES }, ctx.now());
    if (!claimed) {
      const current = await readableDetail(trx, ctx.actor, input.reportId);
      assertEditable(current.meta.state);
      assertRoundAllowsFor(ctx.actor, current.round, 'edit');
      throw staleVersion(await lastChange(trx, ctx.actor, current.meta), ctx.now(), current.meta.version);
    }
    // Read after the claim, in its transaction: a round closed meanwhile refuses the import.
    const stored = await loadReportContent(trx, ctx.actor, input.reportId);
    assertRoundAllowsFor(ctx.actor, stored.detail.round, 'edit');
    const { next, warnings } = mergeFile(stored, file);
    const changes = contentChanges(stored.document, next);
    if (changes.some((c) => c.path.startsWith('accrualPeriod.'))) await reports.setAccrualPeriod(trx, input.reportId, next.accrualPeriod);
    const changed = stored.sections.flatMap((section, p) => {
      const project = next.projects[p];
      return project && changes.some((c) => c.path.startsWith(`projects.${p}.`))
        ? [{ id: section.id, number: section.number, name: section.name, entries: project.entries, narrative: project.narrative, indicators: project.indicators }]
        : [];
    });
    await reports.updateSections(trx, input.reportId, changed, next.projects);
    const { before, after } = auditValues(changes);
    await appendReportEvent(trx, ctx, input.reportId, {
      action: 'report.imported_file', before: { file: null, ...before }, after: { file: input.fileName, ...after },
    });
    return { report: await loadReportView(trx, ctx.actor, input.reportId), warnings: warningsShown(input.fileName, warnings) };
  });
}

/**
 * The checks before a file is read into a report (the actor may import into it, it is editable, its
 * round allows it, and `before` for the caller's own), then the file read in the worker pool and
 * refused when it is another committee's. Nothing is written. With the report, where in the file
 * each project's heading and entry was read (the preview shows a PDF's page and line).
 */
export async function readFileForReport(
  ctx: AppContext,
  input: { readonly reportId: number; readonly fileName: string; readonly bytes: Uint8Array },
  before: (detail: ReportDetail) => Promise<void> = async () => {},
): Promise<ReadReport> {
  const detail = await readableDetail(ctx.database.db, ctx.actor, input.reportId);
  const { meta, round, committee } = detail;
  if (!mayImportFile(ctx.actor, meta)) throw new AppError('forbidden', 'Du har inte behörighet att läsa in en fil till rapporten.');
  assertEditable(meta.state);
  assertRoundAllowsFor(ctx.actor, round, 'edit');
  await before(detail);
  // Read before any transaction: parsing a PDF takes a while and needs no lock. The reader refuses
  // a file beyond the report limits (domain/limits.ts) at its line, as every import does.
  const read = await readReportSourceInPool(input.bytes, input.fileName);
  // Another committee's projects share numbers with this one's: merging would quietly overwrite the
  // draft with someone else's accruals, so the file is refused instead of warned about.
  if (read.report.committee !== committee.name) throw otherCommitteesFile(input.fileName, read.report.committee, committee.name);
  return read;
}

/** The SHA-256 of a file's bytes in hex: the preview names the file by it, the import checks it. */
export function fileDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The stored report with the file's period and, section by section, the matching project's content. */
export function mergeFile(stored: ReportContent, file: ReportDocument): { next: EditableContent; warnings: ReportWarning[] } {
  const warnings: ReportWarning[] = [...(file.warnings ?? [])];
  const fromFile = new Map<number, ReportDocument['projects'][number]>();
  for (const project of file.projects) {
    if (fromFile.has(project.number)) {
      warnings.push({ code: 'project_number_duplicate', message: `Projekt ${project.number} finns två gånger i filen; det första lästes in.` });
    } else {
      fromFile.set(project.number, project);
    }
  }
  const numbers = new Set(stored.sections.map((s) => s.number));
  for (const project of fromFile.values()) {
    if (!numbers.has(project.number)) {
      warnings.push({ code: 'project_not_in_report', message: `Projekt ${project.number} (${project.name}) i filen finns inte i redovisningen och lästes inte in.` });
    }
  }
  const projects = stored.sections.map((section) => {
    const match = fromFile.get(section.number);
    if (!match) {
      warnings.push({ code: 'project_not_in_file', message: `Projekt ${section.number} (${section.name}) finns inte i filen; det är oförändrat.` });
      return section;
    }
    // A project is its number; a file that names it otherwise may be about another project: a person checks.
    if (plainName(match.name) !== plainName(section.name)) {
      warnings.push({
        code: 'project_name_differs',
        message: `Projekt ${section.number} heter ”${match.name}” i filen men ”${section.name}” i redovisningen; filens belopp och text lästes in i ”${section.name}”. Kontrollera att de hör dit.`,
      });
    }
    // Outcomes and comments come from the file by indicator name; the indicators themselves are the project's.
    const fileIndicators = new Map((match.indicators ?? []).map((i) => [i.name, i]));
    for (const name of fileIndicators.keys()) {
      if (!(section.indicators ?? []).some((i) => i.name === name)) {
        warnings.push({ code: 'indicator_not_in_report', message: `Projekt ${section.number} (${section.name}): indikatorn ”${name}” i filen finns inte i projektet, och dess utfall lästes inte in.` });
      }
    }
    const indicators = (section.indicators ?? []).map((indicator) => {
      const given = fileIndicators.get(indicator.name);
      if (!given) return indicator;
      const { outcome: _outcome, comment: _comment, ...rest } = indicator;
      return { ...rest, ...(given.outcome === undefined ? {} : { outcome: given.outcome }), ...(given.comment === undefined ? {} : { comment: given.comment }) };
    });
    return { number: section.number, name: section.name, entries: match.entries, ...(indicators.length > 0 ? { indicators } : {}), narrative: match.narrative };
  });
  return { next: { accrualPeriod: { ...file.accrualPeriod }, projects }, warnings };
}

/** A project's name as compared: spaces and letter case aside. */
const plainName = (name: string) => name.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('sv');

/** The refusal of a file whose committee is not the report's, naming both. */
function otherCommitteesFile(fileName: string, fileCommittee: string, reportCommittee: string): AppError {
  return new AppError(
    'unreadable_document',
    `Filen är ${genitive(fileCommittee)} redovisning, inte ${genitive(reportCommittee)}.`,
    { fileName, fileCommittee, reportCommittee },
  );
}

// Swedish genitive: an -s, except after s, x or z ("Kungsholmens stadsdelsnämnds", "Bromma stadsdelsnämnds").
function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/**
 * Where in the file a part was read, as a person finds it there: a PDF's page and the line on that
 * page, or a text file's line. A Word document has no pages, and Word numbers no paragraphs, so
 * what is read from one has no place.
 */
export interface FilePlace {
  readonly page?: number;
  readonly line: number;
}

// A PDF's place is its page and line; a text file's its line, as an editor numbers them. A Word
// file's line counts the paragraphs and table rows the reader kept, which no one can count in Word.
export function placeShown(fileName: string): (place: Place | undefined) => FilePlace | null {
  const extension = /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  return (place) => {
    if (place === undefined) return null;
    if (extension === 'pdf') return place.page === undefined ? null : { page: place.page, line: place.line };
    return extension === 'txt' ? { line: place.line } : null;
  };
}

/** The warnings with the place a person finds them at in the file (placeShown), or none. */
export function warningsShown(fileName: string, warnings: readonly ReportWarning[]): ReportWarning[] {
  const shown = placeShown(fileName);
  return warnings.map(({ line, page, ...warning }) => {
    const place = line === undefined ? null : shown(page === undefined ? { line } : { page, line });
    return { ...warning, ...(place ?? {}) };
  });
}
