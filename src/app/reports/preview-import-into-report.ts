import { sumOre } from '../../domain/money.js';
import type { AccrualEntry, Narrative, ReportWarning } from '../../domain/report.js';
import type { AppContext } from '../context.js';
import { fileDigest, mergeFile, readFileForReport } from './import-into-report.js';
import { loadReportContent } from './report-view.js';

/** A project's content in sum: how many entries, their total, and whether it has a narrative. */
export interface ProjectFigures {
  readonly entryCount: number;
  readonly totalOre: number;
  readonly narrative: boolean;
}

/** What reading a file into a draft would replace and bring in, section by section; nothing is stored. */
export interface ImportPreview {
  readonly fileName: string;
  /** The SHA-256 of the file: the import names it to read in exactly this file. */
  readonly digest: string;
  /** The report's version the comparison is made against. */
  readonly version: number;
  readonly accrualPeriod: { readonly current: { from: string; to: string }; readonly incoming: { from: string; to: string } };
  readonly projects: readonly {
    readonly sectionId: number;
    readonly number: number;
    readonly name: string;
    readonly current: ProjectFigures;
    /** Null when the file has no project with this number: the section stays as it is. */
    readonly incoming: ProjectFigures | null;
  }[];
  readonly warnings: readonly ReportWarning[];
}

/**
 * Reads a legacy file for a draft as the import would (the same checks and refusals, another
 * committee's file included) and tells what it would change, without writing anything: the import
 * itself asks again, after the person has seen this.
 */
export async function previewImportIntoReport(
  ctx: AppContext,
  input: { readonly reportId: number; readonly fileName: string; readonly bytes: Uint8Array },
): Promise<ImportPreview> {
  const file = await readFileForReport(ctx, input);
  const stored = await loadReportContent(ctx.database.db, ctx.actor, input.reportId);
  const { next, warnings } = mergeFile(stored, file);
  const inFile = new Set(file.projects.map((p) => p.number));
  return {
    fileName: input.fileName,
    digest: fileDigest(input.bytes),
    version: stored.detail.meta.version,
    accrualPeriod: { current: { ...stored.document.accrualPeriod }, incoming: { ...next.accrualPeriod } },
    projects: stored.sections.map((section, i) => {
      const incoming = next.projects[i];
      return {
        sectionId: section.id,
        number: section.number,
        name: section.name,
        current: figuresOf(section),
        incoming: incoming && inFile.has(section.number) ? figuresOf(incoming) : null,
      };
    }),
    warnings,
  };
}

// An empty narrative (no title, no text) is no narrative to a reader, as in the documents.
function figuresOf(project: { entries: readonly AccrualEntry[]; narrative: Narrative | null }): ProjectFigures {
  const { narrative } = project;
  return {
    entryCount: project.entries.length,
    totalOre: sumOre(project.entries.map((e) => e.amountOre)),
    narrative: narrative !== null && (narrative.title.trim() !== '' || narrative.paragraphs.some((p) => p.trim() !== '')),
  };
}
