import { sumOre } from '../../domain/money.js';
import type { AccrualEntry, Narrative, ReportWarning } from '../../domain/report.js';
import type { AppContext } from '../context.js';
import { fileDigest, mergeFile, placeShown, readFileForReport, warningsShown, type FilePlace } from './import-into-report.js';
import { loadReportContent } from './report-view.js';

/** A project's content in sum: how many entries, their total, and whether it has a narrative. */
export interface ProjectFigures {
  readonly entryCount: number;
  readonly totalOre: number;
  readonly narrative: boolean;
}


/** What the file brings to a project: its figures, and each entry with where its amount stands in the file. */
export interface IncomingProject extends ProjectFigures {
  readonly heading: FilePlace | null;
  readonly entries: readonly (AccrualEntry & { readonly place: FilePlace | null })[];
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
    readonly incoming: IncomingProject | null;
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
  const { report: file, places } = await readFileForReport(ctx, input);
  const stored = await loadReportContent(ctx.database.db, ctx.actor, input.reportId);
  const { next, warnings } = mergeFile(stored, file);
  // The project mergeFile reads in for a number is the file's first with it.
  const inFile = new Map<number, number>();
  file.projects.forEach((p, index) => {
    if (!inFile.has(p.number)) inFile.set(p.number, index);
  });
  const placed = placeShown(input.fileName);
  return {
    fileName: input.fileName,
    digest: fileDigest(input.bytes),
    version: stored.detail.meta.version,
    accrualPeriod: { current: { ...stored.document.accrualPeriod }, incoming: { ...next.accrualPeriod } },
    projects: stored.sections.map((section, i) => {
      const incoming = next.projects[i];
      const index = inFile.get(section.number);
      const where = index === undefined ? undefined : places.projects[index];
      return {
        sectionId: section.id,
        number: section.number,
        name: section.name,
        current: figuresOf(section),
        incoming: incoming && index !== undefined ? {
          ...figuresOf(incoming),
          heading: placed(where?.heading),
          entries: incoming.entries.map((entry, e) => ({ ...entry, place: placed(where?.entries[e]) })),
        } : null,
      };
    }),
    warnings: warningsShown(input.fileName, warnings),
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

