import { reportDocumentSchema, type ReportDocument } from './report.js';

/** A rule of redovisa.report/1 a document breaks: where (a path into it) and a Swedish sentence that names the place. */
export interface ReportProblem {
  /** E.g. `projects.0.entries.2.amountOre`. */
  readonly path: string;
  /** E.g. `Projekt 1 (Lärandecenter), rad 3: Beloppet får vara högst 10 000 000 000 kr.` */
  readonly message: string;
}

/**
 * The first rule of the interchange format (its shape and the limits of limits.ts) that the
 * document breaks, or undefined. For callers that get a document rather than a file or a form:
 * the message names the project and row, as the report check does (validation.ts).
 */
export function findReportProblem(document: ReportDocument): ReportProblem | undefined {
  const parsed = reportDocumentSchema.safeParse(document);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const path = issue?.path ?? [];
  const message = issue?.message ?? 'Rapporten följer inte formatet.';
  const place = describePlace(document, path);
  return { path: path.join('.'), message: place === undefined ? message : `${place}: ${message}` };
}

// "Projekt 1 (Lärandecenter), rad 3", "Delredovisning projekt 1 (Lärandecenter)", or nothing for the
// report's own fields, whose messages name them ("Rubriken får vara …").
function describePlace(document: ReportDocument, path: readonly PropertyKey[]): string | undefined {
  const [list, index, part, row] = path;
  if (list !== 'projects' || typeof index !== 'number') return undefined;
  const project = document.projects[index];
  const name = project ? `${project.number} (${project.name})` : String(index + 1);
  if (part === 'narrative') return `Delredovisning projekt ${name}`;
  if (part === 'entries' && typeof row === 'number') return `Projekt ${name}, rad ${row + 1}`;
  return `Projekt ${name}`;
}
