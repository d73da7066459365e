import type { ReportWarning } from '../../../domain/report.js';
import type { Hyphenation } from '../hyphenation.js';
import { ImportError } from '../errors.js';
import type { SourceLine } from '../lines.js';
import { joinText } from '../prose.js';
import { SCALE_IN_LINE, scaleReason } from '../table.js';
import { swedishWords } from '../swedish-words.js';
import { endsBlock, INDENT, spaceWidth, type Measures } from './breaks.js';
import { endsInTable, GUTTER, isClear, linesInColumns, pageColumns, readingOrder } from './columns.js';
import { loadPdf } from './document.js';
import { crossesLine, locationOf, NARRATIVE_HEADING, PROJECT_HEADING, SECTION_HEADING, SHIFTED_MARK, type Line, type Rule } from './geometry.js';
import { baselineGroups, withoutRunningHeads } from './running.js';
import { amountStyle, joinDoubt, readGrid, type ColumnEdges, type Grid, type GridRow } from './table-grid.js';
import { opensTable } from './table-header.js';
import { checkPage, hyphenMidLine, strayRow } from './page-checks.js';
import { indicatorHeaderRow, opensIndicatorTable, readIndicatorGrid } from './indicator-grid.js';

/*
 * A PDF read by its geometry: pdf.js gives every piece of text with its position, width and font.
 * Running heads and feet are left out (running.ts), each page is read column by column
 * (columns.ts), accrual tables are read cell by cell (table-grid.ts), and paragraph breaks come
 * from spacing, indentation and line ends (breaks.ts). The result is lines for the text parser:
 * text lines, paragraph breaks, and one line of tab-separated cells per table row.
 */

/** A PDF's text as lines for the text parser, which hyphens at line ends may be undone, and what a person must check. */
export interface PdfText {
  lines: SourceLine[];
  hyphens: Extract<Hyphenation, 'line-ends' | 'marked' | 'as-written'>;
  /** The lines' order was inferred from the layout (another program's PDF; ours names its order). */
  orderInferred: boolean;
  warnings: ReportWarning[];
}

/** The front matter's labels, each beginning a line of its own however the column wrapped the line above. */
const FRONT_LABEL = /^(Nämnd\s*:|Periodisering\b)/iu;

/** The canonical header row written for the text parser once a table's header is recognised. */
const HEADER_ROW = 'Konto\tIKB\tNämndens motpartsnr\tBelopp\tText';

/** Extracts a PDF's text layer as lines, table rows and paragraph breaks; throws ImportError if it cannot. */
export async function readPdfLines(bytes: Uint8Array, fileName: string): Promise<PdfText> {
  const source = await loadPdf(bytes, fileName);
  // Our renderer breaks lines only at spaces, so a hyphen at a line end of our PDF is the
  // author's; another typesetter (Word or LibreOffice with hyphenation on) may have put it there.
  const hyphens = source.ours ? 'as-written' : source.marksHyphens ? 'marked' : 'line-ends';
  const running = withoutRunningHeads(source.pages.map((page) => ({ number: page.number, height: page.height, groups: baselineGroups(page.pieces) })), { loneHead: !source.ours });
  // The columns the document is set in, as the pages that show two columns have them.
  const rulesOf = (number: number) => source.pages[number - 1]?.rules ?? [];
  const own = running.pages.map((page) => pageColumns(page.groups, rulesOf(page.number)));
  const found = own.flatMap((columns) => columns ?? []).sort((a, b) => a.at - b.at);
  const known = found[Math.floor(found.length / 2)];
  const columns = known && { at: known.at, leftEdge: Math.max(...found.map((c) => c.leftEdge)) };
  // A page whose text lies all in the document's left column (a last page, short) is that column:
  // the gaps a justified line spreads over it are no gutter of its own. A page whose own gutter
  // lies elsewhere than the document's, where no line crosses the document's, has the document's
  // (a table's cells left a wider strip than the columns' gap). So does a page whose own gutter
  // sets fewer of its lines in two columns than the document's would (a strip that the page's few
  // lines of prose cross, emptier than the document's gutter that a title centred over the page crosses).
  running.pages.forEach((page, index) => {
    if (columns && page.groups.every((group) => group.every((piece) => piece.right <= columns.at))) own[index] = undefined;
    const mine = own[index];
    if (columns && mine && Math.abs(mine.at - columns.at) > 3 * GUTTER &&
      (isClear(page.groups, columns.at) || linesInColumns(page.groups, columns.at, rulesOf(page.number)) > linesInColumns(page.groups, mine.at, rulesOf(page.number)))) own[index] = columns;
    // A word hyphenated at the left column's end, going on at the right one's top on the same
    // baseline ("föregå-" | "ende år"), shows where the gutter lies on a page too short to show
    // it otherwise: the document's, measured on pages whose left column's lines all stopped short,
    // may lie inside that line.
    if (columns && !own[index]) {
      const gap = page.groups.flatMap((group) => group.slice(1).flatMap((piece, i) => {
        const before = group[i];
        return before && /\p{L}\u00ad$/u.test(before.text) && /\p{L}{2}.*\s/u.test(before.text) && /^\p{Ll}/u.test(piece.text) && piece.x - before.right >= GUTTER &&
          before.right > columns.at - GUTTER && piece.x > columns.at ? [(before.right + piece.x) / 2] : [];
      }))[0];
      if (gap !== undefined && Math.abs(gap - columns.at) < 3 * GUTTER && isClear(page.groups, gap)) own[index] = { at: gap, leftEdge: gap - GUTTER / 2 };
    }
  });
  const lines: Line[] = [];
  let inTable = false;
  for (const [index, page] of running.pages.entries()) {
    const pageLines = readingOrder(page.groups, page.number, own[index], columns, inTable, page.headLines, rulesOf(page.number));
    inTable = endsInTable(page.groups, own[index], columns, inTable, rulesOf(page.number));
    // A named start is the top of its line: the line it names is the first whose baseline lies below.
    for (const top of source.pages[page.number - 1]?.paragraphTops ?? []) {
      const named = pageLines.find((line) => line.y <= top && top - line.y < 2 * line.size);
      if (named) named.startsParagraph = true;
    }
    lines.push(...pageLines);
  }
  // A heading wrapped before its number ("Delredovisning projekt" / "2: Mötesplatsen") is one line.
  for (let index = lines.length - 2; index >= 0; index--) {
    const [line, next] = [lines[index], lines[index + 1]];
    if (!line || !next || SECTION_HEADING.test(line.text) || line.font !== next.font || line.page !== next.page || line.column !== next.column) continue;
    const joined = `${line.text} ${next.text}`;
    if (!/^(Delredovisning(\s+projekt)?|Projekt)$/iu.test(line.text.trim()) || !SECTION_HEADING.test(joined) || line.y - next.y > 2 * line.size) continue;
    // Placed where a person finds it (its first line), spaced from what follows as its last.
    lines.splice(index, 2, { ...line, text: joined, pieces: [...line.pieces, ...next.pieces], y: next.y, left: Math.min(line.left, next.left), right: Math.max(line.right, next.right) });
  }
  const bodyFont = setInBodyType(lines);
  lines.forEach((line, index) => {
    line.number = index + 1;
    line.rules = rulesAcross(line, source.pages[line.page - 1]?.rules ?? [], columns?.at);
  });
  const measures = measure(lines, source.anchored, bodyFont);
  checkPage(lines, fileName);

  const result: SourceLine[] = [];
  let doubt: string | undefined;
  const text = (line: Line, value = line.text) => {
    const mark = SHIFTED_MARK.exec(value)?.[0];
    if (mark && !doubt) doubt = `”${mark}” står upphöjt eller nedsänkt i mindre stil, till exempel en fotnots nummer, och lästes som en del av texten. Kontrollera texten.`;
    doubt ??= hyphenMidLine(value);
    if (line.orderInDoubt) doubt ??= `raden ”${value.length > 40 ? `${value.slice(0, 40)}…` : value}” står under ett stycke i två spalter och slutar före den högra spalten: den kan vara den vänstra spaltens sista rad, och texten kan ha lästs i fel ordning. Kontrollera texten.`;
    result.push({ kind: 'text', text: value, line: line.number, onPage: { page: line.page, line: line.onPage }, ...(doubt ? { doubt } : {}) });
    doubt = undefined;
  };
  // The accrual tables' rows, each with its line in the result: an amount joined from its cell's
  // lines is weighed against the style of every table's amounts once all are read.
  const tableRows: { row: GridRow; at: number }[] = [];
  const pushBreak = (line: Line) => {
    if (result.length > 0 && result.at(-1)?.kind !== 'break') result.push({ kind: 'break', line: line.number });
  };
  let previous: Line | undefined;
  let front = true;
  // The narrative whose text is being read: from its heading to the next project's.
  let narrativeOpen: string | undefined;
  // A project's heading being read: the lines of its block are its name.
  let projectHeading: Line | undefined;
  let narrativeHeading: Line | undefined;
  for (let index = 0; index < lines.length; ) {
    const line = lines[index];
    if (!line) break;
    // A table read by its geometry goes to the parser as its header row and one tab-separated line
    // per row, each a block of its own, as a word processor's text export would give it.
    const grid = opensTable(line) ? { ...readAccrualGrid(lines, index, fileName, hyphens, measures), headerText: HEADER_ROW }
      : source.ours && opensIndicatorTable(line) ? { ...readIndicatorGrid(lines, index, fileName), headerText: indicatorHeaderRow(line) }
      : null;
    if (grid !== null) {
      pushBreak(line);
      text(line, grid.headerText);
      // The header repeated at the top of a later page goes to the parser too, where it stands: the
      // rows under it that repeat the rows under the first (a heading of several rows) are no entries.
      const repeats = grid.headerText === HEADER_ROW ? lines.slice(index + 1, grid.end).filter((repeat) => opensTable(repeat)) : [];
      let above: Line | undefined;
      for (const row of grid.rows) {
        const repeat = above && repeats.findLast((header) => header.number > (above?.number ?? 0) && header.number < row.at.number && header.page > (above?.page ?? 0));
        if (repeat) {
          pushBreak(repeat);
          text(repeat, HEADER_ROW);
        }
        above = row.at;
        pushBreak(row.at);
        if ('doubt' in row && typeof row.doubt === 'string' && row.doubt !== '') doubt = row.doubt;
        text(row.at, row.cells.join('\t'));
        if (isGridRow(row)) tableRows.push({ row, at: result.length - 1 });
      }
      pushBreak(line);
      previous = undefined;
      index = grid.end;
      continue;
    }
    const heading = SECTION_HEADING.test(line.text);
    if (heading) front = false;
    if (previous) {
      const sameColumn = previous.page === line.page && previous.column === line.column && previous.y > line.y;
      const ends = endsBlock(previous, line, sameColumn, measures, narrativeHeading);
      const last = result.at(-1);
      // Before the first project, a line wrapped in a narrow column ("Redovisning" /
      // "ytterstadsprojekt") is one line of the front matter, as its author wrote it; so is a
      // project's heading wrapped over several lines.
      // (The front matter's labels begin lines of their own: "Nämnd: …", "Periodisering …".)
      const wrapped = (front && !FRONT_LABEL.test(line.text)) || (projectHeading !== undefined && line.font === projectHeading.font);
      if (wrapped && sameColumn && !source.ours && !source.anchored && ends === false && last?.kind === 'text') {
        // (A word longer than the narrow column, broken with no hyphen: "Trygghetsskapan" / "de insatser i".)
        const broken = brokenWord(previous, line, measures, last.text.slice(0, Math.max(0, last.text.length - previous.text.length)));
        if (broken === 'uncertain') doubt = brokenDoubt(previous, line);
        last.text = joinText([broken === true ? `${last.text.trimEnd()}\u00ad` : last.text, line.text], hyphens);
        previous = line;
        index++;
        continue;
      }
      if (ends !== false || heading) [projectHeading, narrativeHeading] = [undefined, undefined];
      if (ends === true) pushBreak(line);
      if (ends === 'uncertain') {
        const start = line.text.split(' ').slice(0, 3).join(' ');
        doubt = `ett nytt stycke kan börja med ”${start} …” (raden ovan slutar en mening); läst som samma stycke. Kontrollera styckeindelningen.`;
      }
    }
    // Justified text can set a line-end hyphen apart ("beräk -" / "nat"): a full line ending
    // so, before a word in lower case, ends in a hyphen like any other hyphenated line.
    const next = lines[index + 1];
    const full = line.right >= measures.columnRight(line) - 1;
    const before = result.at(-1);
    const broken = next && !source.ours ? brokenWord(line, next, measures, before?.kind === 'text' ? before.text : '') : undefined;
    if (broken === 'uncertain' && next) doubt = brokenDoubt(line, next);
    // A table's row outside any table (codes and an amount first, the row's cells broken over lines
    // or the page's columns read across): read as text, the row would be lost from its project.
    // (Under a project's heading the parser reads such a line as the project's row.)
    if (narrativeOpen && strayRow(line.text)) {
      throw new ImportError(
        fileName,
        locationOf(line),
        `Raden ”${line.text}” ser ut som en rad i en tabell (koder och ett belopp) men står i texten under ${narrativeOpen}, där den skulle läsas som text och raden gå förlorad: sidans ordning kan inte läsas säkert. Kontrollera att tabellen står samlad under sin rubrik, spara PDF-filen på nytt och försök igen.`,
      );
    }
    if (NARRATIVE_HEADING.test(line.text)) narrativeOpen = `”${line.text.trim()}”`;
    else if (PROJECT_HEADING.test(line.text)) narrativeOpen = undefined;
    text(line, broken === true ? `${line.text.trim()}\u00ad` : full && / -$/u.test(line.text) && next && /^\p{Ll}/u.test(next.text) ? `${line.text.slice(0, -2)}-` : line.text);
    projectHeading = PROJECT_HEADING.test(line.text) ? line : projectHeading;
    narrativeHeading = NARRATIVE_HEADING.test(line.text) ? line : narrativeHeading;
    previous = line;
    index++;
  }
  const style = amountStyle(tableRows.map(({ row }) => row));
  for (const { row, at } of tableRows) {
    const line = result[at];
    const amountDoubt = joinDoubt(row, style);
    if (line?.kind === 'text' && amountDoubt) line.amountDoubt = amountDoubt;
  }
  return { lines: result, hyphens, orderInferred: !source.ours, warnings: running.warnings };
}

/**
 * An accrual table read by its geometry (table-grid.ts). A header that cannot be read because its
 * Belopp cell names a unit of thousands or millions ("Belopp (MSEK)", "Belopp (kr" / "× 1 000)")
 * is refused by that unit, not by the column its long cell pushed a word into.
 */
function readAccrualGrid(lines: readonly Line[], index: number, fileName: string, hyphens: Hyphenation, edges: ColumnEdges): Grid {
  try {
    return readGrid(lines, index, fileName, hyphens, edges);
  } catch (error) {
    const header = lines[index];
    if (!(error instanceof ImportError) || !header || !error.reason.startsWith('Tabellens rubrikrad kan inte läsas') || error.reason.includes('anges i')) throw error;
    const cell = amountHeaderCell(lines, index);
    const unit = SCALE_IN_LINE.exec(cell)?.[0];
    if (unit === undefined) throw error;
    throw new ImportError(fileName, locationOf(header), scaleReason(unit, `kolumnens rubrik ”${cell}”`, 'rubriken ”Belopp”'));
  }
}

/** The Belopp cell of a table's header, its wrapped lines joined: the words from "Belopp" up to the Text column's. */
function amountHeaderCell(lines: readonly Line[], index: number): string {
  const header = lines[index];
  const pieces = header?.pieces ?? [];
  const amount = pieces.find((piece) => /^(belopp|kronor|kr\b)/iu.test(piece.text.trim()));
  if (!header || !amount) return '';
  const text = pieces.find((piece) => piece.x > amount.x && /^(text|kommentar|beskrivning)/iu.test(piece.text.trim()));
  const from = amount.x - 0.5 * header.size;
  const to = text?.x ?? Infinity;
  // The header's lines: the first and those below it on its page before the first row (its codes first).
  const own: Line[] = [header];
  for (const line of lines.slice(index + 1, index + 4)) {
    if (line.page !== header.page || /^\d{4}\b/u.test(line.text.trim())) break;
    own.push(line);
  }
  return own.flatMap((line) => line.pieces.filter((piece) => piece.x >= from && piece.x < to).map((piece) => piece.text.trim())).join(' ');
}

/**
 * The font most of the text is set in (headings and table headers use others), with the lines its
 * author emphasised counted in it: a line with a few words in bold or italic is set in the body's
 * type, and so is a narrative's line wholly in the body's emphasis type after a line of the body.
 */
// Characters of narrative text enough to tell the body's type by.
const BODY_SAMPLE = 100;

function setInBodyType(lines: Line[]): string {
  // The type the narratives are set in: a long table in a font of its own has more characters.
  const weigh = (of: readonly Line[]) => {
    const weights = new Map<string, number>();
    for (const piece of of.flatMap((line) => line.pieces)) weights.set(piece.font, (weights.get(piece.font) ?? 0) + piece.text.length);
    return [...weights].sort((a, b) => b[1] - a[1]);
  };
  // Whether each line lies in a narrative: from its heading (on) to the next project's heading.
  let narrative = false;
  const inNarrative = lines.map((line) => {
    if (NARRATIVE_HEADING.test(line.text)) narrative = true;
    else if (PROJECT_HEADING.test(line.text)) narrative = false;
    return narrative;
  });
  const [inText] = weigh(lines.filter((line, index) => inNarrative[index] && !NARRATIVE_HEADING.test(line.text)));
  const bodyFont = (inText && inText[1] >= BODY_SAMPLE ? inText[0] : weigh(lines)[0]?.[0]) ?? '';
  for (const line of lines) if (line.font !== bodyFont && line.pieces.some((piece) => piece.font === bodyFont)) line.font = bodyFont;
  // The emphasis may fill a whole line; a heading's lines follow the heading, never a body line.
  const sameSize = (a: Line, b: Line) => Math.abs(a.size - b.size) < 0.05 * a.size;
  const emphasis = new Set(lines.filter((line) => line.font === bodyFont).flatMap((line) => line.pieces.filter((piece) => piece.font !== bodyFont && Math.abs(piece.size - line.size) < 0.05 * line.size).map((piece) => piece.font)));
  lines.forEach((line, index) => {
    const before = lines[index - 1];
    if (!inNarrative[index] || !before || line.font === bodyFont || !emphasis.has(line.font) || SECTION_HEADING.test(line.text)) return;
    if (before.font === bodyFont && sameSize(before, line) && !SECTION_HEADING.test(before.text)) line.font = bodyFont;
  });
  return bodyFont;
}

/**
 * True when a line of one word that fills its column is a word the typesetter broke where the
 * column ended, with no hyphen (a word longer than a narrow column: "Kommunikationsinsatsern" /
 * "a har riktats …"): its next line begins in lower case, and the two halves make a word where
 * the first is none alone. 'uncertain' where both readings are words; false otherwise.
 */
function brokenWord(line: Line, next: Line, measures: Measures, before = ''): boolean | 'uncertain' {
  const word = line.text.trim();
  // The next line's first word, its punctuation aside.
  const letters = (next.text.split(' ', 1)[0] ?? '').replace(/[.,;:!?]$/u, '');
  if (/\s/u.test(word) || !/\p{L}$/u.test(word) || !/^\p{Ll}+$/u.test(letters) || SECTION_HEADING.test(line.text)) return false;
  // The next line's first letter would not have fitted after this line's last.
  if (line.right < measures.columnRight(line) - 0.6 * line.size) return false;
  const words = swedishWords();
  // A line that ends a word broken on the line above ("En ung-" / "domsverksamhetsutvecklare") is
  // judged as that word whole: its end alone is no word, yet nothing of it goes on below.
  const start = /(\p{L}+)[-\u00ad]$/u.exec(before)?.[1] ?? '';
  const whole = start !== '' && words.isWord(start + word) ? start + word : word;
  if (!words.isWord(whole)) return true;
  return words.isWord(whole + letters) ? (words.isWord(letters) ? 'uncertain' : true) : false;
}

/** The doubt where a line's one word and the next line's first may be one word or two (`brokenWord`). */
function brokenDoubt(line: Line, next: Line): string {
  const [word, rest] = [line.text.trim(), next.text.split(' ', 1)[0] ?? ''];
  return `”${word} ${rest}” kan vara ett ord som raden bröt (”${word}${rest}”); läst som två ord. Kontrollera texten.`;
}

/**
 * Where rules drawn down the page cross the line's text, left to right (rules a hair apart as
 * one); on a page in two columns, those in the line's column.
 */
function rulesAcross(line: Line, rules: readonly Rule[], columnsAt: number | undefined): number[] {
  const inColumn = (x: number) => !line.twoColumns || columnsAt === undefined || (line.column === 0 ? x < columnsAt : x > columnsAt);
  const xs = rules
    .filter((rule) => crossesLine(rule, line.y, line.size))
    .map((rule) => (rule.x0 + rule.x1) / 2)
    .filter(inColumn)
    .sort((a, b) => a - b);
  return xs.filter((x, i) => i === 0 || x - (xs[i - 1] ?? 0) > 0.5);
}

const sideOf = (line: Line) => (line.twoColumns ? `c${line.column}` : 'whole');

function measure(lines: readonly Line[], anchored: boolean, bodyFont: string): Measures {
  // The narratives: from a "Delredovisning projekt N" heading to the next project's heading.
  const inNarrative: boolean[] = [];
  // How many lines after its narrative's heading each line is (a heading may wrap over two).
  const afterHeading: number[] = [];
  let narrative = false;
  for (const line of lines) {
    if (NARRATIVE_HEADING.test(line.text)) {
      narrative = true;
      afterHeading.push(0);
    } else {
      if (PROJECT_HEADING.test(line.text)) narrative = false;
      afterHeading.push((afterHeading.at(-1) ?? 0) + 1);
    }
    inNarrative.push(narrative);
  }
  // A heading wrapped over more lines than two (a narrow column): the lines after its first at its
  // own pitch, in its font and size, are its lines too, when a line at another pitch ends them.
  lines.forEach((line, index) => {
    if (!NARRATIVE_HEADING.test(line.text)) return;
    const same = (a: Line | undefined, b: Line | undefined) => a !== undefined && b !== undefined && a.page === b.page && a.column === b.column && a.font === b.font && Math.abs(a.size - b.size) < 0.05 * a.size;
    const [second, third] = [lines[index + 1], lines[index + 2]];
    if (!same(line, second) || !same(second, third) || !second || !third) return;
    const own = line.y - second.y;
    let end = index + 2;
    while (end < index + 5 && same(lines[end - 1], lines[end]) && Math.abs((lines[end - 1]?.y ?? 0) - (lines[end]?.y ?? 0) - own) < 0.5) end++;
    // The first line at another pitch (the text's first) ends it; without one, two lines it is.
    if (end >= index + 5 || end === index + 2 || !same(lines[end - 1], lines[end])) return;
    for (let k = index + 1; k < end; k++) afterHeading[k] = Math.min(afterHeading[k] ?? 0, 1);
  });
  // A column's right edge: the furthest its narratives' lines reach over the whole document (its
  // other lines' where it has no narrative; a table's row may reach past the text's edge).
  const rights = new Map<string, number>();
  const proseRights = new Map<string, number>();
  const pageLefts = new Map<string, number>();
  // The distance between baselines per type size: the narrowest in the document, and the
  // narratives' own (a document may set its body text more widely than its tables).
  const pitches = new Map<string, number>();
  const pitchKey = (narrativeLine: boolean, size: number) => `${narrativeLine ? 'n' : 'o'}:${Math.round(size * 10)}`;
  const narrativeLines = new Set(lines.filter((_, index) => inNarrative[index]));
  lines.forEach((line, index) => {
    const side = sideOf(line);
    rights.set(side, Math.max(rights.get(side) ?? 0, line.right));
    if (inNarrative[index]) proseRights.set(side, Math.max(proseRights.get(side) ?? 0, line.right));
    const pageSide = `${line.page}:${side}`;
    pageLefts.set(pageSide, Math.min(pageLefts.get(pageSide) ?? Infinity, line.left));
    const next = lines[index + 1];
    if (!next || next.page !== line.page || next.column !== line.column || Math.round(next.size * 10) !== Math.round(line.size * 10)) return;
    const gap = line.y - next.y;
    // Two lines of a narrative's paragraphs: not its heading nor the line after it (a heading
    // wrapped in the body's font, or the heading's last line and the first of the text).
    // (The line right after a heading set in another size is the text's first: the heading cannot
    // have wrapped into it. A narrative of two lines has no other pair to measure its pitch by.)
    const before = lines[index - 1];
    const first = afterHeading[index] === 1 && before !== undefined && Math.abs(before.size - line.size) > 0.05 * line.size;
    const prose = inNarrative[index] === true && inNarrative[index + 1] === true && line.font === bodyFont && next.font === bodyFont && ((afterHeading[index] ?? 0) >= 2 || first);
    const keys = [pitchKey(false, line.size), ...(prose ? [pitchKey(true, line.size)] : [])];
    for (const key of keys) if (gap > 0.8 * line.size) pitches.set(key, Math.min(pitches.get(key) ?? Infinity, gap));
  });
  const pitch = (line: Line) => pitches.get(pitchKey(narrativeLines.has(line), line.size)) ?? pitches.get(pitchKey(false, line.size)) ?? 1.2 * line.size;
  for (const [side, right] of proseRights) rights.set(side, right);
  // An unstretched space per font and size: the narrowest a line of the body sets its spaces.
  const spaces = new Map<string, number>();
  for (const line of lines) {
    const width = spaceWidth(line);
    const key = `${line.font}:${Math.round(line.size * 10)}`;
    if (width !== undefined) spaces.set(key, Math.min(spaces.get(key) ?? Infinity, width));
  }
  const naturalSpace = (line: Line) => spaces.get(`${line.font}:${Math.round(line.size * 10)}`) ?? 0.25 * line.size;
  // A column is justified when most of its long lines (three quarters of its width or more) reach
  // its edge: its narratives' lines, where it has any (a table's rows reach the edge however its
  // text is set).
  // (Ragged text's long lines end near its edge now and then, set with the font's own spaces: a
  // justified column shows itself by a full line whose spaces were stretched to reach the edge.)
  const reaching = new Map<string, { full: number; all: number; stretched: number; natural: number }>();
  const lefts = new Map<string, number>();
  for (const line of lines) lefts.set(sideOf(line), Math.min(lefts.get(sideOf(line)) ?? Infinity, line.left));
  for (const [index, line] of lines.entries()) {
    const side = sideOf(line);
    if (proseRights.has(side) && !(inNarrative[index] === true && line.font === bodyFont)) continue;
    const right = rights.get(side) ?? 0;
    // (A word alone on its line, longer than the column, fills it however the text is set.)
    if (line.right - line.left < 0.75 * (right - (lefts.get(side) ?? 0)) || !/ /u.test(line.text.trim())) continue;
    const count = reaching.get(side) ?? { full: 0, all: 0, stretched: 0, natural: 0 };
    count.all++;
    if (line.right >= (rights.get(side) ?? 0) - 1) {
      count.full++;
      const space = spaceWidth(line);
      if (space !== undefined) count[space > naturalSpace(line) + 0.02 * line.size ? 'stretched' : 'natural']++;
    }
    reaching.set(side, count);
  }
  // A justified column stretches every line of a paragraph but its last to the edge; ragged text
  // reaches it now and then (a narrow column, a hyphenated word) and shows it by a long line of
  // several words that stops short of the edge while its paragraph goes on below, in lower case.
  const ragged = new Map<string, number>();
  lines.forEach((line, index) => {
    const [side, next] = [sideOf(line), lines[index + 1]];
    if (!next || !inNarrative[index] || line.font !== bodyFont || next.font !== bodyFont || next.page !== line.page || next.column !== line.column) return;
    const right = rights.get(side) ?? 0;
    const long = line.right - line.left >= 0.75 * (right - (lefts.get(side) ?? 0)) && / /u.test(line.text.trim());
    if (long && line.right < right - Math.max(1.5, 0.15 * line.size) && /^\p{Ll}/u.test(next.text)) ragged.set(side, (ragged.get(side) ?? 0) + 1);
  });
  const justified = new Set([...reaching].filter(([side, count]) => count.full >= 0.5 * count.all && 4 * (ragged.get(side) ?? 0) < count.full && (count.stretched > 0 || count.natural === 0)).map(([side]) => side));
  // Space or an indent between two body lines of one column of a narrative: the document marks
  // its paragraphs.
  const marks = lines.map((line, index) => {
    const next = lines[index + 1];
    if (!next || !inNarrative[index] || !inNarrative[index + 1] || line.font !== bodyFont || next.font !== bodyFont || next.page !== line.page || next.column !== line.column) return undefined;
    // (A gap of several lines is no paragraph spacing: a column read out of its order, a figure.)
    // (A narrative's first line, indented from the line below it, shows the indent too.)
    const before = lines[index - 1];
    const first = before !== undefined && inNarrative[index - 1] === true && before.font !== bodyFont && line.left > next.left + 0.5 * line.size;
    // (Space below a heading set in the body's font, larger, is no space between paragraphs.)
    const sameSize = Math.abs(line.size - next.size) <= 0.05 * line.size;
    return { space: sameSize && afterHeading[index] !== 0 && line.y - next.y > pitch(line) + Math.max(1.5, 0.15 * line.size) && line.y - next.y < 2.5 * pitch(line), indent: next.left > line.left + INDENT * line.size || first };
  });
  const marksParagraphs = marks.some((m) => m?.space === true || m?.indent === true);
  const marksIndents = marks.some((m) => m?.indent === true);
  // Where each column's narrative lines most often start: its edge.
  const starts = new Map<string, Map<number, number>>();
  lines.forEach((line, index) => {
    if (!inNarrative[index] || line.font !== bodyFont) return;
    const counts = starts.get(sideOf(line)) ?? new Map<number, number>();
    counts.set(Math.round(line.left), (counts.get(Math.round(line.left)) ?? 0) + 1);
    starts.set(sideOf(line), counts);
  });
  const bodyLefts = new Map([...starts].map(([side, counts]) => [side, [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? Infinity]));
  // Where most pages have each column's edge: its lines' leftmost start on the page (a page whose
  // text is one indented line has it where the others do).
  const pageEdges = new Map<string, Map<number, number>>();
  for (const [pageSide, left] of pageLefts) {
    const side = pageSide.slice(pageSide.indexOf(':') + 1);
    const counts = pageEdges.get(side) ?? new Map<number, number>();
    counts.set(Math.round(left), (counts.get(Math.round(left)) ?? 0) + 1);
    pageEdges.set(side, counts);
  }
  const edges = new Map([...pageEdges].map(([side, counts]) => [side, [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? Infinity]));
  return {
    marksParagraphs,
    marksIndents,
    naturalSpace,
    bodyFont,
    justified: (line) => justified.has(sideOf(line)),
    columnRight: (line) => rights.get(sideOf(line)) ?? line.right,
    // A page whose lines are all indented (two short paragraphs) has the column's edge where the others do.
    columnLeft: (line) => Math.min(pageLefts.get(`${line.page}:${sideOf(line)}`) ?? line.left, bodyLefts.get(sideOf(line)) ?? Infinity),
    edgeLeft: (line) => edges.get(sideOf(line)) ?? line.left,
    pitch,
    anchored,
  };
}

/** An accrual table's row (an indicator table's rows have no amounts). */
function isGridRow(row: object): row is GridRow {
  return 'amountLines' in row;
}
