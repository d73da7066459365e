import {
  REPORT_FORMAT,
  reportDocumentSchema,
  type Narrative,
  type ProjectSection,
  type ReportDocument,
  type ReportWarning,
} from '../../domain/report.js';
import { ImportError, describeLocation } from './errors.js';
import { readFrontMatter } from './front-matter.js';
import { splitSourceLines, type SourceLine, type SourceLocation, type TextLine } from './lines.js';
import type { Hyphenation } from './hyphenation.js';
import { readNarrative } from './narrative.js';
import { checkReportTotals, withoutOwnMarks } from './own-marks.js';
import { checkFront, checkNarrativeRows, checkProjectName, entryWarnings, narrativeWarnings, orderWarnings, type ReadSection } from './order-checks.js';
import { readProjectTable } from './project-table.js';
import { SCALE_IN_LINE, scaleReason } from './table.js';
import { proseWidth, textLines } from './prose.js';

const PROJECT_HEADING = /^Projekt\s+(\d+)\s*:\s*(.*)$/u;
// The title after a colon, or a dash or full stop and a space ("Delredovisning projekt 2 – Läxhjälp").
const NARRATIVE_HEADING = /^Delredovisning\s+projekt\s+(\d+)\s*(?::|[.\u2013\u2014-](?=\s|$))?\s*(.*)$/iu;

/** Options for reading a report. */
export interface ParseOptions {
  /** Named in error messages: `rapport.txt:14: …`. */
  fileName?: string;
}

/** Options for reading lines that a PDF or DOCX reader produced. */
export interface LineParseOptions extends ParseOptions {
  /**
   * `inferred` (extracted text): a paragraph also ends where a short line ends a sentence, since
   * the extraction lost most paragraph ends. `explicit` (PDF and DOCX readers, which see the
   * layout): paragraphs end only at break lines.
   */
  paragraphs: 'inferred' | 'explicit';
  /** Which hyphens may be undone where lines are joined (hyphenation.ts). */
  hyphens: Hyphenation;
  /** The lines' order was inferred from a page's layout (another program's PDF): checked for the marks of a wrong one (order-checks.ts). */
  orderInferred?: boolean;
}

interface Section {
  kind: 'project' | 'narrative';
  number: number;
  headingText: string;
  heading: TextLine;
  body: SourceLine[];
}

/**
 * Where in its file a part of a read report stands, for a person to check the read against: a
 * PDF's page and the line on that page; a text file's line; a Word file's paragraph or table row.
 */
export interface Place {
  page?: number;
  line: number;
}

/** Where each project's heading, entries (their amounts) and indicators were read, in the report's order. */
export interface ReportPlaces {
  projects: { heading: Place; entries: Place[]; indicators: Place[] }[];
}

/** A report read from a file, and where its parts stand in the file. */
export interface ReadReport {
  report: ReportDocument;
  places: ReportPlaces;
}

const placeOf = (location: SourceLocation): Place =>
  location.onPage ? { page: location.onPage.page, line: location.onPage.line } : { line: location.line };

/** Reads a legacy report from its extracted text (the seed's form); throws ImportError if it cannot. */
export function parseReportText(text: string, options: ParseOptions = {}): ReportDocument {
  return parseReportTextSource(text, options).report;
}

/** Reads a legacy report from its extracted text, and where each part stands in it. */
export function parseReportTextSource(text: string, options: ParseOptions = {}): ReadReport {
  return parseReportSource(splitSourceLines(text), { ...options, paragraphs: 'inferred', hyphens: 'extraction' });
}

/** Reads a report from lines and paragraph breaks; throws ImportError if it cannot. */
export function parseReportLines(lines: readonly SourceLine[], options: LineParseOptions): ReportDocument {
  return parseReportSource(lines, options).report;
}

/** Reads a report from lines and paragraph breaks, and where each part stands; throws ImportError if it cannot. */
export function parseReportSource(allLines: readonly SourceLine[], options: LineParseOptions): ReadReport {
  const fileName = options.fileName ?? 'indata';
  // Our own documents' draft marks, report total and approval are no content (own-marks.ts).
  const { lines, totals } = withoutOwnMarks(allLines, fileName, (line) => NARRATIVE_HEADING.test(line.text));
  const inferParagraphs = options.paragraphs === 'inferred';
  const firstHeading = lines.findIndex((line) => line.kind === 'text' && headingOf(line) !== undefined);
  const opening = textLines(firstHeading < 0 ? lines : lines.slice(0, firstHeading));
  const { front, consumed, skipped } = readFrontMatter(opening, fileName);
  const extra = opening[consumed];
  // A line of the front matter that names a unit of thousands ("Belopp i KSEK.") says the tables' amounts are in it.
  const unit = extra && SCALE_IN_LINE.exec(extra.text)?.[0];
  if (extra && unit) throw new ImportError(fileName, extra, scaleReason(unit, `raden ”${extra.text}” före projekten`));
  if (extra) {
    throw new ImportError(fileName, extra, `Väntade ”Projekt 1: …” efter periodiseringen, men raden är ”${extra.text}”.`);
  }
  const sections = splitSections(firstHeading < 0 ? [] : lines.slice(firstHeading));
  const width = proseWidth(sections.filter((s) => s.kind === 'narrative').flatMap((s) => s.body));

  const projects: (ProjectSection & { heading: TextLine; entryLines: SourceLocation[]; indicatorLines: SourceLocation[]; warnings: ReportWarning[] })[] = [];
  const projectHeadings = new Map<number, TextLine>();
  const narratives = new Map<number, { narrative: Narrative; heading: TextLine }>();
  for (const section of sections) {
    if (section.kind === 'project') {
      const earlier = projectHeadings.get(section.number);
      if (earlier !== undefined) throw duplicate(fileName, section, earlier);
      projectHeadings.set(section.number, section.heading);
      const table = readProjectTable(section.headingText, section.body, fileName, options.hyphens, section.number);
      checkProjectName(table.name, section.number, section.heading, fileName);
      if (table.name === '') {
        throw new ImportError(fileName, section.heading, `Projekt ${section.number} saknar namn: väntade ”Projekt ${section.number}: Projektets namn”.`);
      }
      projects.push({
        number: section.number, name: table.name, entries: table.entries,
        ...(table.indicators.length > 0 ? { indicators: table.indicators } : {}), narrative: null,
        heading: section.heading, entryLines: table.entryLines, indicatorLines: table.indicatorLines, warnings: table.warnings,
      });
    } else {
      const earlier = narratives.get(section.number);
      if (earlier) throw duplicate(fileName, section, earlier.heading);
      narratives.set(section.number, { narrative: readNarrative(section.heading.text, section.headingText, section.body, width, inferParagraphs, options.hyphens), heading: section.heading });
    }
  }

  // Projects are reported in their numbers' order; an inferred reading order that broke it is named below.
  if (options.orderInferred) projects.sort((a, b) => a.number - b.number);

  for (const [number, { heading }] of narratives) {
    if (!projectHeadings.has(number)) {
      throw new ImportError(fileName, heading, `Delredovisning för projekt ${number}, men rapporten har ingen tabell ”Projekt ${number}: …”.`);
    }
  }

  // Doubts the PDF's layout left, named with the section they are in.
  const doubts: ReportWarning[] = sections.flatMap((section) =>
    [section.heading, ...section.body].flatMap((line) =>
      line.kind === 'text' && line.doubt
        ? [{ code: 'layout_uncertain', message: `${section.kind === 'project' ? 'Projekt' : 'Delredovisning projekt'} ${section.number}: ${line.doubt}`, line: line.line }]
        : [],
    ),
  );
  const warnings: ReportWarning[] = skipped.map((line) => ({
    code: 'page_head_skipped',
    message: `Raden ”${line.text}” (${describeLocation(line)}) står före rapportens rubrik och lästes som sidhuvud; den är inte med i rapporten.`,
    line: line.line,
  }));
  const sectionsOut: ProjectSection[] = projects.map(({ heading, entryLines: _lines, indicatorLines: _indicatorLines, warnings: tableWarnings, ...project }) => {
    const line = heading.line;
    const narrative = narratives.get(project.number)?.narrative ?? null;
    if (project.entries.length === 0) {
      warnings.push({ code: 'project_without_entries', message: `Projekt ${project.number} (${project.name}) har inga periodiseringar.`, line });
    }
    if (narrative === null) {
      warnings.push({ code: 'project_without_narrative', message: `Projekt ${project.number} (${project.name}) saknar delredovisning.`, line });
    }
    warnings.push(...tableWarnings);
    return { ...project, narrative };
  });
  warnings.push(...doubts);
  if (options.orderInferred) {
    checkFront(front, opening, fileName);
    checkNarrativeRows(sections, fileName);
    const read: ReadSection[] = sections.map((section) => ({
      kind: section.kind, number: section.number, heading: section.heading,
      last: section.body.findLast((line) => line.kind === 'text') ?? section.heading,
    }));
    warnings.push(...orderWarnings(read, sectionsOut.map((project) => project.number)));
    warnings.push(...narrativeWarnings(read, new Map([...narratives].map(([number, { narrative }]) => [number, narrative]))));
    // The narratives with a line on a page, where an entry's text read elsewhere may stand.
    const beside = (at: SourceLocation) => sections.filter((section) => section.kind === 'narrative' &&
      [section.heading, ...section.body].some((line) => line.onPage !== undefined && line.onPage.page === at.onPage?.page)).map((section) => section.number);
    sectionsOut.forEach((project, index) => warnings.push(...entryWarnings(project, projects[index]?.entryLines ?? [], fileName, beside)));
  }
  if (sectionsOut.length === 0) {
    warnings.push({ code: 'report_without_projects', message: 'Rapporten redovisar inga projekt.', line: opening.at(-1)?.line ?? 1 });
  }

  checkReportTotals(totals, sectionsOut, fileName);
  // A PDF's warnings name the page and the line on it, as a person finds them: the reading order's
  // numbers through the whole file mean nothing to a reader.
  const onPage = new Map(allLines.flatMap((line) => (line.onPage ? [[line.line, line.onPage] as const] : [])));
  const placed = warnings.map((warning) => {
    const at = warning.line === undefined ? undefined : onPage.get(warning.line);
    return at ? { ...warning, page: at.page, line: at.line } : warning;
  });
  const report: ReportDocument = {
    format: REPORT_FORMAT,
    ...front,
    projects: sectionsOut,
    ...(placed.length > 0 ? { warnings: placed } : {}),
  };
  const read = checked(report, fileName, (index, part, row) => {
    const project = projects[index];
    if (project && part === 'narrative') return narratives.get(project.number)?.heading ?? project.heading;
    // An entry beyond a limit (its amount, its text) is refused at its own row.
    if (project && part === 'entries' && typeof row === 'number') return project.entryLines[row] ?? project.heading;
    if (project && part === 'indicators' && typeof row === 'number') return project.indicatorLines[row] ?? project.heading;
    return project?.heading;
  });
  const places: ReportPlaces = {
    projects: projects.map((project) => ({
      heading: placeOf(project.heading),
      entries: project.entryLines.map(placeOf),
      indicators: project.indicatorLines.map(placeOf),
    })),
  };
  return { report: read, places };
}

function headingOf(line: TextLine): { kind: Section['kind']; number: number; rest: string } | undefined {
  const project = PROJECT_HEADING.exec(line.text);
  if (project) return { kind: 'project', number: Number(project[1]), rest: project[2]?.trim() ?? '' };
  const narrative = NARRATIVE_HEADING.exec(line.text);
  if (narrative) return { kind: 'narrative', number: Number(narrative[1]), rest: narrative[2]?.trim() ?? '' };
  return undefined;
}

function splitSections(lines: readonly SourceLine[]): Section[] {
  const sections: Section[] = [];
  for (const line of lines) {
    const heading = line.kind === 'text' ? headingOf(line) : undefined;
    if (heading && line.kind === 'text') {
      sections.push({ kind: heading.kind, number: heading.number, headingText: heading.rest, heading: line, body: [] });
    } else {
      sections.at(-1)?.body.push(line);
    }
  }
  // Breaks at a section's end carry nothing; one right after its heading ends the heading.
  for (const section of sections) {
    while (section.body.at(-1)?.kind === 'break') section.body.pop();
  }
  return sections;
}

function duplicate(fileName: string, section: Section, earlier: SourceLocation): ImportError {
  const what = section.kind === 'project' ? `Projekt ${section.number}` : `Delredovisning projekt ${section.number}`;
  return new ImportError(fileName, section.heading, `${what} finns redan på ${describeLocation(earlier)}: varje projekt redovisas en gång.`);
}

function checked(
  report: ReportDocument, fileName: string, lineOf: (project: number, part: unknown, row: unknown) => SourceLocation | undefined,
): ReportDocument {
  // The interchange schema's limits (lengths, four-digit codes, domain/limits.ts) hold for every imported report.
  const result = reportDocumentSchema.safeParse(report);
  if (result.success) return report;
  const issue = result.error.issues[0];
  const message = issue?.message ?? 'okänt fel';
  // A list longer than its limit is named at its first item too many: that project, that row.
  const firstTooMany = issue?.code === 'too_big' && issue.origin === 'array' ? Number(issue.maximum) : undefined;
  const path = [...(issue?.path ?? []), ...(firstTooMany === undefined ? [] : [firstTooMany])];
  if (path[0] === 'projects' && typeof path[1] === 'number') {
    const project = report.projects[path[1]];
    const where = path[2] === 'narrative' ? `Delredovisning projekt ${project?.number}` : `Projekt ${project?.number}`;
    throw new ImportError(fileName, lineOf(path[1], path[2], path[3]), `${where} kan inte sparas: ${message}`);
  }
  throw new ImportError(fileName, undefined, `Rapporten följer inte formatet ${REPORT_FORMAT}: ${message} (${path.join('.')}).`);
}
