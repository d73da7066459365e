import type { Narrative, ProjectSection, ReportWarning } from '../../domain/report.js';
import { ImportError } from './errors.js';
import type { SourceLine, SourceLocation, TextLine } from './lines.js';
import { SENTENCE_END } from './prose.js';

/*
 * Another program's PDF is read in an order its layout implies (pdf/columns.ts, pdf/breaks.ts,
 * pdf/table-grid.ts). Where that order went wrong, the report shows marks no committee writes:
 * projects out of their numbers' order, a narrative that stops in the middle of a sentence or a
 * word (its rest read under another heading) or starts with one, an entry without text (its text
 * read elsewhere), an entry's text that begins as the end of an amount does. Each is named with
 * the projects a person must check; an amount that may have been cut is refused.
 */

/** A section as the parser read it: its kind, number and heading, in the file's reading order. */
export interface ReadSection {
  kind: 'project' | 'narrative';
  number: number;
  heading: TextLine;
  /** Its last line, where a narrative that stops short stops. */
  last: SourceLocation;
}

/** "projekt 4, projekt 5 och projekt 6": each named as a person searches for it. */
export const named = (numbers: readonly number[]) => {
  const names = [...new Set(numbers)].sort((a, b) => a - b).map((n) => `projekt ${n}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1) ?? ''}`;
};

/** Sections read after one with a higher number, and the projects whose reading that may have mixed up. */
export function orderWarnings(sections: readonly ReadSection[], projects: readonly number[]): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  for (const kind of ['project', 'narrative'] as const) {
    let highest = -Infinity;
    for (const section of sections.filter((s) => s.kind === kind)) {
      if (section.number < highest) {
        // Its text, and that of those read before it, may have gone to its neighbours in number.
        const involved = projects.filter((n) => n >= section.number - 1 && n <= highest);
        const what = kind === 'project' ? `Projekt ${section.number}` : `Delredovisning projekt ${section.number}`;
        warnings.push({
          code: 'layout_uncertain',
          message: `${what} står efter projekt ${highest} i filen: sidans läsordning kan ha blivit fel där. Projekten redovisas i nummerordning; kontrollera tabeller och texter för ${named(involved)}.`,
          line: section.heading.line,
        });
      }
      highest = Math.max(highest, section.number);
    }
  }
  return warnings;
}

/**
 * Narratives that stop in the middle of a sentence or a word, or begin with one: the rest may
 * stand under the heading read next (or the start under the one before).
 */
export function narrativeWarnings(sections: readonly ReadSection[], narratives: ReadonlyMap<number, Narrative>): ReportWarning[] {
  const read = sections.filter((s) => s.kind === 'narrative');
  return read.flatMap((section, index) => {
    const paragraphs = narratives.get(section.number)?.paragraphs ?? [];
    const last = paragraphs.at(-1);
    const [before, after] = [read[index - 1], read[index + 1]];
    const warnings: ReportWarning[] = [];
    // A paragraph that ends in a hyphen or no sentence, or before one that begins in lower case: a
    // break the layout implied where the author made none (or the rest read elsewhere).
    const broken = paragraphs.find((p, i) => /[-\u00ad]$/u.test(p) || /^\p{Ll}/u.test(paragraphs[i + 1] ?? 'X') || !SENTENCE_END.test(p));
    if (last !== undefined && (!SENTENCE_END.test(last) || broken !== undefined)) {
      const end = broken ?? last;
      const others = after ? `; resten kan ha lästs under Delredovisning projekt ${after.number}` : '';
      warnings.push({
        code: 'layout_uncertain',
        message: `Delredovisning projekt ${section.number}: ett stycke slutar mitt i en mening (”…${end.slice(-40)}”)${others}. Kontrollera texten för ${named([section.number, ...(after ? [after.number] : [])])}.`,
        line: section.last.line,
      });
    }
    // A heading's words as a paragraph: a heading the columns broke ("Delredovisning" / "projekt 3: …").
    const headings = paragraphs.filter((p) => /^(Delredovisning\b|projekt\s+\d+\s*:)/iu.test(p));
    const heading = headings[0];
    if (heading !== undefined) {
      const others = headings.flatMap((p) => /projekt\s+(\d+)/iu.exec(p)?.[1] ?? []).map(Number);
      warnings.push({
        code: 'layout_uncertain',
        message: `Delredovisning projekt ${section.number}: stycket ”${heading.slice(0, 40)}” ser ut som en del av en rubrik, som spalterna kan ha brutit. Kontrollera texten för ${named([section.number, ...others, ...(after ? [after.number] : [])])}.`,
        line: section.heading.line,
      });
    }
    if (/^\p{Ll}/u.test(paragraphs[0] ?? '') && before) {
      warnings.push({
        code: 'layout_uncertain',
        message: `Delredovisning projekt ${section.number}: texten börjar mitt i en mening (”${(paragraphs[0] ?? '').slice(0, 40)}…”); början kan ha lästs under Delredovisning projekt ${before.number}. Kontrollera texten för ${named([before.number, section.number])}.`,
        line: section.heading.line,
      });
    }
    return warnings;
  });
}

// An entry row (account, IKB, counterparty and an amount) inside a line of text.
const ROW_INSIDE = /(^|\s)\d{4}\s+\d{4}\s+\d{4}\s+[-\u2212\u2013]?\s?\d/u;

// A section's heading inside an entry's text: the page's columns read across.
const HEADING_INSIDE = /(^|\s)(Delredovisning projekt \d+:|Projekt \d+:)/u;

// A table's header inside a line of text ("Stadsodling Konto IKB Motpart Belopp Text").
const HEADER_INSIDE = /(^|\s)Konto\s+IKB\b/iu;

/**
 * A project's name that holds an entry row or the table's header: a table set beside the heading
 * (in a frame, or on the heading's baseline) was read into the name, and its rows are lost.
 */
export function checkProjectName(name: string, number: number, heading: SourceLocation, fileName: string): void {
  const found = ROW_INSIDE.exec(name) ?? HEADER_INSIDE.exec(name);
  if (!found) return;
  const from = found.index + (found[1]?.length ?? 0);
  throw new ImportError(
    fileName,
    heading,
    `Projekt ${number}: namnet har en tabellrad eller tabellens rubrik i sig (”${name.slice(from, from + 40)}…”): tabellen står troligen bredvid rubriken och har lästs ihop med den, och periodiseringar kan saknas. Ställ tabellen under rubriken och försök igen.`,
  );
}

/**
 * A narrative's line that holds an entry row: the page's columns were read across, a table's rows
 * with the text beside them, and a project's entries may be lost. Refused with the line.
 */
export function checkNarrativeRows(sections: readonly { kind: 'project' | 'narrative'; number: number; body: readonly SourceLine[] }[], fileName: string): void {
  for (const section of sections.filter((s) => s.kind === 'narrative')) {
    const line = section.body.find((l): l is TextLine => l.kind === 'text' && ROW_INSIDE.test(l.text));
    if (line) {
      const row = ROW_INSIDE.exec(line.text);
      const from = (row?.index ?? 0) + (row?.[1]?.length ?? 0);
      throw new ImportError(
        fileName,
        line,
        `Delredovisning projekt ${section.number}: raden har en tabellrad i sig (”${line.text.slice(from, from + 40)}…”): sidans spalter kan ha lästs ihop, och ett projekts periodiseringar kan saknas. Kontrollera sidan.`,
      );
    }
  }
}

// What a report's opening lines never hold: a project's heading, a table's header.
const SECTION_INSIDE = /\bProjekt\s+\d+\s*:|\bKonto\s+IKB\b/u;

/**
 * The report's title and type as read: where they hold a project's heading or a table's header, the
 * page's columns were read across as one line, and a project may be lost in them. Refused.
 */
export function checkFront(front: { title: string; reportType: string }, opening: readonly TextLine[], fileName: string): void {
  for (const [index, text] of [front.title, front.reportType].entries()) {
    const found = SECTION_INSIDE.exec(text);
    if (found) {
      throw new ImportError(
        fileName,
        opening.find((line) => line.text.includes(found[0])) ?? opening[0],
        `Rapportens ${index === 0 ? 'rubrik' : 'rapporttyp'} lästes som ”${text.slice(0, 80)}”, med ”${found[0]}” i: sidans spalter kan ha lästs som en rad, och ett projekt kan saknas. Kontrollera sidan.`,
      );
    }
  }
}

// An entry's text that begins as an amount ends: its unit, its last groups and unit, its sign alone,
// its mark for whole kronor (",-", ":-"), its öre, a sign after it ("250- …"), or a group with a leading
// nought (no count has one).
const AMOUNT_END = /^((kr|kronor|SEK)\b|[-\u2212\u2013](\s|$)|[,:]-|\d[\d\s\u00a0]*(,\d+)?\s?(kr|kronor|SEK)\b|\d[\d\s\u00a0]*([,:]-|,\d{1,2}\b|[-\u2212\u2013](\s|$))|0\d\d\b)/u;

/**
 * Entries whose text is empty (its text was read elsewhere) are named; one whose text begins as the
 * end of an amount is refused, since its amount may have been cut short there.
 */
export function entryWarnings(project: ProjectSection, lines: readonly SourceLocation[], fileName: string, narrativesBeside: (at: SourceLocation) => number[] = () => []): ReportWarning[] {
  return project.entries.flatMap((entry, index) => {
    const at = lines[index];
    if (AMOUNT_END.test(entry.text)) {
      throw new ImportError(
        fileName,
        at,
        `Projekt ${project.number}: texten ”${entry.text.slice(0, 40)}” börjar som slutet av ett belopp: beloppet kan vara delat på två rader. Kontrollera beloppet i originalet och skriv det på en rad.`,
      );
    }
    const heading = HEADING_INSIDE.exec(entry.text);
    if (heading) {
      throw new ImportError(
        fileName,
        at,
        `Projekt ${project.number}: texten i en rad har en rubrik i sig (”${entry.text.slice(heading.index + (heading[1]?.length ?? 0), heading.index + 50)}…”): sidans spalter kan ha lästs ihop, och periodiseringar eller en delredovisning kan ha hamnat under fel projekt. Kontrollera sidan.`,
      );
    }
    if (entry.text.trim() !== '') return [];
    // Where it may have gone: a narrative read on the same page.
    const beside = at ? narrativesBeside(at).filter((n) => n !== project.number) : [];
    const where = beside.length > 0 ? `, t.ex. i en delredovisning på samma sida. Kontrollera raden och texten för ${named([project.number, ...beside])}` : '. Kontrollera raden';
    return [{ code: 'layout_uncertain', message: `Projekt ${project.number}: en rad har ingen text; texten kan ha lästs någon annanstans${where}.`, ...(at ? { line: at.line } : {}) }];
  });
}
