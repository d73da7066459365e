import type { ReportWarning } from '../../../domain/report.js';
import { DRAFT_MARK } from '../../wording.js';
import { oneRun } from './columns.js';
import { joinPieces, lineOf, SAME_BASELINE, SECTION_HEADING, wordsOf, type Piece } from './geometry.js';
import { continuesHeader, opensTable } from './table-header.js';

/*
 * Running heads and feet (the committee's name, "Sida 1 av 3") are not part of the report, yet a
 * page that ends inside a narrative would make them part of it. They are recognised as lines at
 * the top or foot of a page that
 * - repeat on another page at the same height, digits aside ("Sida 1 av 3" / "Sida 2 av 3"); or
 * - are a page number ("3", "Sida 3", "Sida 3 av 5", "- 3 -"), alone or after other text; or
 * - stand alone at the foot of the page, far below the text above them: left out, with a warning
 *   naming the line, since a single page cannot show that they repeat; or
 * - are our own draft mark ("UTKAST – …", documents/wording.ts), even on a single page.
 * A table's header row repeated at the top of each page is no running head: the table reader
 * recognises it.
 */

// The page count after a page number: " av 5", "/5", " (5)".
const OF_PAGES = String.raw`(?:\s*(?:av|\/)\s*\d+|\s*\(\d+\))`;
// "3", "Sida 3", "Sida 3 av 5", "3/5", "3 (5)", "Sida 3 (5)", "- 3 -".
const PAGE_NUMBER = new RegExp(String.raw`^(?:[-–]\s*)?(?:sida\s+)?\d+(?:${OF_PAGES}|\s*of\s*\d+)?(?:\s*[-–])?$`, 'iu');
// "… Sida 3", "… Sida 3 av 5", "… 3 (5)" at the end of a line of text.
const PAGE_NUMBER_AFTER_TEXT = new RegExp(String.raw`(?:\bsida\s+\d+${OF_PAGES}?|\b\d+\s*\(\d+\))$`, 'iu');
// The number that line ends in.
const NUMBER_AT_END = new RegExp(String.raw`(\d+)${OF_PAGES}?$`, 'u');
// A page number however written after the committee's name in a running foot ("Farsta stadsdelsnämnd 3").
const TRAILING_NUMBER = new RegExp(String.raw`\s+(?:sida\s+)?\d+${OF_PAGES}?$`, 'iu');
// How many lines at each end of a page may be running heads or feet.
const EDGE_LINES = 2;
// Heights that match within this many points are the same place on the page.
const SAME_PLACE = 2;
// A lone foot: in the lowest eighth of the page and this far (× type size) below the text above it.
const FOOT_ZONE = 0.125;
const FOOT_GAP = 2.2;

/** One page's lines as pieces grouped by baseline, top down. */
export interface PageGroups {
  number: number;
  height: number;
  groups: Piece[][];
  /** The running head's lines left out above the page's first line: a person counts them. */
  headLines?: number;
}

/** Pieces on one baseline of the page (both columns), top down, each group left to right. */
export function baselineGroups(pieces: readonly Piece[]): Piece[][] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Piece[][] = [];
  for (const [index, piece] of sorted.entries()) {
    const group = groups.at(-1);
    const first = group?.[0];
    // Pieces on the very same baseline stay together: the other column's line above them, as far
    // as the tolerance, must not take some of them and leave the rest ("tillsammans" … | "med biblioteket och").
    const same = Math.abs((sorted[index - 1]?.y ?? Infinity) - piece.y) < 0.01;
    if (group && first && (same || Math.abs(first.y - piece.y) <= SAME_BASELINE * Math.max(first.size, piece.size))) group.push(piece);
    else groups.push([piece]);
  }
  for (const group of groups) group.sort((p, q) => p.x - q.x);
  return groups;
}

/**
 * True when the line stands apart from the text next to it (further than a line's pitch): a page
 * number does, a number that wrapped in a table cell ("603" / "036") does not.
 */
function apart(groups: readonly Piece[][], index: number): boolean {
  const group = groups[index] ?? [];
  const size = Math.max(...group.map((p) => p.size));
  const neighbours = [groups[index - 1], groups[index + 1]].filter((g): g is Piece[] => g !== undefined);
  return neighbours.every((other) => Math.abs(heightOf(other) - heightOf(group)) > 1.5 * size);
}

const shape = (group: readonly Piece[]) => joinPieces(group).replace(/\d+/gu, '#');
const heightOf = (group: readonly Piece[]) => group[0]?.y ?? 0;
const sizeOf = (group: readonly Piece[]) => Math.max(...group.map((p) => p.size));

/**
 * True when two edge lines are one running head or foot: the same words at the same height, and
 * any number that differs differing as the pages do ("Sida 2 av 6" on page 2, "Sida 3 av 6" on
 * page 3 — not "Delredovisning projekt 4" and "… projekt 7" on pages 3 and 4).
 */
function sameRunning(a: readonly Piece[], pageA: number, b: readonly Piece[], pageB: number): boolean {
  if (Math.abs(heightOf(a) - heightOf(b)) > SAME_PLACE || shape(a) !== shape(b)) return false;
  const numbersA = joinPieces(a).match(/\d+/gu) ?? [];
  const numbersB = joinPieces(b).match(/\d+/gu) ?? [];
  return numbersA.every((n, i) => n === numbersB[i] || Number(n) - Number(numbersB[i]) === pageA - pageB);
}

// A line the report's structure gives a meaning: a project's or a narrative's heading, a table's
// row (an account first). However it repeats, it is never a running head or foot.
// (A row may share its baseline with a line of the other column: the title beside a row spilled to
// the top of the right column.)
const structural = (text: string) => SECTION_HEADING.test(text) || /^\d{4}\s/u.test(text) || /(^|\s)\d{4}\s+\d{4}\s+\d{4}\s+[-\u2212\u2013]?\d/u.test(text);

/**
 * True when the line's words stand apart by spaces stretched alike, wider than a font's own (half
 * the type size, where a space is a quarter or a third): a justified line of a paragraph that goes
 * on. A running head or foot is set with its font's spaces, or apart at a tab.
 */
function stretched(group: readonly Piece[]): boolean {
  const words = group.flatMap(wordsOf);
  const size = Math.max(...group.map((piece) => piece.size));
  const gaps = words.slice(1).map((word, i) => word.x - (words[i]?.right ?? 0));
  return gaps.length >= 3 && Math.min(...gaps) >= 0.45 * size && Math.max(...gaps) - Math.min(...gaps) < 0.1 * size;
}

/**
 * True when the line at a page's edge goes on in a word over the page: a foot that ends in a
 * word's hyphen, a head in lower case below a page whose text (the lines not `droppedBefore`)
 * ended in one ("kompetensut-" / "veckling").
 */
function goesOnOverPage(pages: readonly PageGroups[], pageIndex: number, index: number, droppedBefore: ReadonlySet<number> = new Set()): boolean {
  const groups = pages[pageIndex]?.groups ?? [];
  const text = joinPieces(groups[index] ?? []).trim();
  const hyphenated = (line: string) => /\p{L}[\u00ad-]$/u.test(line);
  if (index >= EDGE_LINES) return hyphenated(text);
  // (The page before's last line of text: its running foot left out.)
  const before = pages[pageIndex - 1]?.groups.findLast((_, i) => !droppedBefore.has(i));
  return /^\p{Ll}/u.test(text) && before !== undefined && hyphenated(joinPieces(before).trim());
}

/** The section a line at a page's edge would belong to, which a person checks: " (efter Projekt 3)". */
function sectionBefore(pages: readonly PageGroups[], pageIndex: number, index: number): string {
  const section = pages.slice(0, pageIndex + 1).flatMap((p, i) => (i === pageIndex ? p.groups.slice(0, index) : p.groups)).flat()
    .map((piece) => /^(?:Projekt|Delredovisning\s+projekt)\s+(\d+)/iu.exec(piece.text.trim())).filter((match) => match !== null).at(-1);
  return section ? ` (efter ${/^Projekt/u.test(section[0]) ? 'Projekt' : 'Delredovisning projekt'} ${section[1]})` : '';
}

/** True when the line at a page's top stands where a cell of the row below it does: the row's cell wrapped over the page break. */
function cellOfRowBelow(groups: readonly Piece[][], index: number): boolean {
  const [group, below] = [groups[index] ?? [], groups[index + 1]];
  return index < EDGE_LINES && below !== undefined && /^\d{4}\s/u.test(joinPieces(below)) &&
    group.every((piece) => below.slice(1).some((cell) => Math.abs(cell.x - piece.x) < 1 && cell.x > (below[0]?.right ?? 0)));
}

/** True when one of the page's last lines ends with an amount of one öre digit ("558,2") flush right where `group` ends. */
function endsAmountBroken(groups: readonly Piece[][], group: readonly Piece[]): boolean {
  const right = group.at(-1)?.right ?? 0;
  return groups.slice(-EDGE_LINES - 1).some((line) => line.some((piece) => /\d,\d$/u.test(piece.text.trim()) && Math.abs(piece.right - right) < 1));
}

/** The page's line pitch: the distance between baselines that most of its lines keep (to a tenth of a point). */
function pitchOf(groups: readonly Piece[][]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < groups.length; i++) {
    const gap = Math.round((heightOf(groups[i - 1] ?? []) - heightOf(groups[i] ?? [])) * 10) / 10;
    counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** The pages without their running heads and feet, and a warning for each lone foot left out. */
export function withoutRunningHeads(pages: readonly PageGroups[], options: { loneHead?: boolean } = {}): { pages: PageGroups[]; warnings: ReportWarning[] } {
  const { loneHead = true } = options;
  const edges = pages.map((page) => {
    const n = page.groups.length;
    const indexes = new Set<number>();
    for (let i = 0; i < Math.min(EDGE_LINES, n); i++) indexes.add(i).add(n - 1 - i);
    return [...indexes].map((index) => ({ index, group: page.groups[index] ?? [] }));
  });
  // The committee's name as the report states it ("Nämnd: …"): a line of it alone, at a page's
  // foot or head, is the committee's running foot or head, even on a page of its own.
  const committee = pages
    .flatMap((page) => page.groups.flatMap((group, index) => group.map((piece) => {
      const name = /^Nämnd\s*:\s*(.+)$/iu.exec(piece.text.trim())?.[1]?.trim();
      // A name wrapped in a narrow column ("Nämnd: Enskede-Årsta-Vantörs" / "stadsdelsnämnd"): the
      // next line in its column, flush with it or centred under it, which a line of the other
      // column may stand above, between the two.
      const more = page.groups.slice(index + 1)
        .filter((group) => heightOf(group) >= piece.y - 2.5 * piece.size && group.some((below) => below.x < piece.right && below.right > piece.x))
        .at(0)?.find((below) => Math.abs(below.x - piece.x) < 1 || Math.abs(below.x + below.right - piece.x - piece.right) < 2)?.text.trim() ?? '';
      return name !== undefined && /^\p{Ll}+$/u.test(more) ? `${name} ${more}` : name;
    })))
    .find((name) => name !== undefined);
  // Page numbers count as the pages do: a number at a page's edge is its page number when it is
  // the page's own, or ahead of it by as much as on another page (a report numbered from 2).
  const numbered = pages.map((page, pageIndex) =>
    (edges[pageIndex] ?? []).flatMap(({ index, group }) => {
      const text = joinPieces(group);
      const alone = PAGE_NUMBER.test(text) && !/(^|\D)0\d/u.test(text) && apart(page.groups, index);
      const match = alone ? /\d+/u.exec(text) : PAGE_NUMBER_AFTER_TEXT.exec(text) && NUMBER_AT_END.exec(text);
      return match ? [{ index, offset: Number(match[1] ?? match[0]) - page.number }] : [];
    }),
  );
  const offsets = numbered.flat().map((n) => n.offset);
  const pageNumber = (pageIndex: number, index: number) =>
    (numbered[pageIndex] ?? []).some((n) => n.index === index && (n.offset === 0 || offsets.filter((o) => o === n.offset).length > 1));
  // Whether another page has a page number at the same edge and in the same place as this line.
  const numberedAlike = (pageIndex: number, index: number) => {
    const group = pages[pageIndex]?.groups[index] ?? [];
    const top = index < EDGE_LINES;
    const middle = (g: readonly Piece[]) => (Math.min(...g.map((p) => p.x)) + Math.max(...g.map((p) => p.right))) / 2;
    return numbered.some((list, other) => other !== pageIndex && list.some((n) => {
      const candidate = pages[other]?.groups[n.index] ?? [];
      return pageNumber(other, n.index) && (n.index < EDGE_LINES) === top && Math.abs(heightOf(candidate) - heightOf(group)) < 2 * sizeOf(group) &&
        Math.abs(middle(candidate) - middle(group)) < 2 * sizeOf(group);
    }));
  };
  // Per page, its edge lines that repeat on another page at the same place (compared once), with
  // the other pages they stand on.
  const repeatedOn = pages.map((page, pageIndex) => new Map((edges[pageIndex] ?? []).map(({ index, group }) => [index, pages
    .filter((other, otherIndex) => otherIndex !== pageIndex && (edges[otherIndex] ?? []).some((candidate) => sameRunning(candidate.group, other.number, group, page.number)))
    .map((other) => other.number)] as const).filter(([, on]) => on.length > 0)));
  const repeated = repeatedOn.map((on) => new Set(on.keys()));
  // How low each page's text reaches: its lowest line that is no page number and repeats nowhere.
  const textBottoms = pages.map((page, pageIndex) =>
    Math.min(...page.groups.filter((_, index) => !pageNumber(pageIndex, index) && !repeated[pageIndex]?.has(index)).map(heightOf)));
  const warnings: ReportWarning[] = [];
  // The lines left out of each page so far (a page's head is read against the one before's last line).
  const dropped: ReadonlySet<number>[] = [];
  const decided = pages.map((page, pageIndex) => {
    const drop = new Set<number>();
    const numbers = new Set<number>();
    const names = new Set<number>();
    // Lines left out for certain (page numbers, the draft mark) and lines that look like a running
    // head or foot (repeated, or the committee's name), which are one only apart from the text.
    const certain = new Set<number>();
    const likely = new Set<number>();
    // Lines likely for standing alike at this page's head and foot, and for nothing else.
    const pairOnly = new Set<number>();
    for (const { index, group } of edges[pageIndex] ?? []) {
      const text = joinPieces(group);
      // A table's header repeated on each page, and its wrapped lines ("motpartsn" / "r").
      const line = lineOf(group, page.number);
      if (opensTable(line) || continuesHeader(line) || structural(text)) continue;
      // A row's cell wrapped over the page break stands where a cell of the row below it does —
      // unless the line stands alike on a page where it does not (a date in the head, beside
      // which a Text cell set flush right happens to start on this page).
      const alikeElsewhere = () => (repeatedOn[pageIndex]?.get(index) ?? []).some((number) => {
        const other = pages.findIndex((candidate) => candidate.number === number);
        const same = (edges[other] ?? []).find((candidate) => sameRunning(candidate.group, number, group, page.number));
        return same !== undefined && !cellOfRowBelow(pages[other]?.groups ?? [], same.index);
      });
      if (cellOfRowBelow(page.groups, index) && !alikeElsewhere()) continue;
      // An amount's last digit its narrow cell broke to the top of this page ("558,2" / "2"): the
      // page before ends with an amount of one öre digit, flush right where this number ends.
      if (index < EDGE_LINES && pageIndex > 0 && /^\d+$/u.test(text.trim()) && endsAmountBroken(pages[pageIndex - 1]?.groups ?? [], group)) continue;
      if (text === DRAFT_MARK || pageNumber(pageIndex, index)) {
        certain.add(index);
        if (text !== DRAFT_MARK) numbers.add(index);
        // A bare number no other page has a number beside (at the same edge, in the same place), on a
        // page after the first, may be the end of what went on from the page before: an amount's last digits that its cell
        // broke over the page ("169" / "758,8" … "4"). Left out as the page's number, it is named.
        if (pageIndex > 0 && /^\d+$/u.test(text.trim()) && !numberedAlike(pageIndex, index)) {
          warnings.push({
            code: 'layout_uncertain',
            message: `Talet ”${text.trim()}” ${index < EDGE_LINES ? 'överst' : 'längst ned'} på sida ${page.number} lästes som sidnummer och är inte med i rapporten${sectionBefore(pages, pageIndex, index)}, men ingen annan sida har sitt nummer på samma plats. Kontrollera att det inte hör till texten, till exempel som slutet av ett belopp från sidan innan.`,
          });
        }
        continue;
      }
      const repeats = repeated[pageIndex]?.has(index) === true;
      // The same line at the top and at the foot of one page (the committee's name as head and foot).
      const headAndFoot =
        (index === 0 || index === page.groups.length - 1) &&
        page.groups.length > 2 &&
        shape(page.groups[index === 0 ? page.groups.length - 1 : 0] ?? []) === shape(group);
      const named = committee !== undefined && text.replace(TRAILING_NUMBER, '').trim() === committee;
      if (named) names.add(index);
      if (repeats || headAndFoot || named) likely.add(index);
      if (headAndFoot && !repeats && !named) pairOnly.add(index);
    }
    // From each edge inwards: the lines that are running heads (feet), which stand apart from the
    // text they run over — a line of a table cell or a paragraph that happens to repeat on another
    // page stands at the text's own line pitch.
    // The head (foot) ends at the innermost of its lines that stands apart from the next: a body
    // line that repeats on another page by chance stays with the text.
    for (const step of [1, -1]) {
      const block: number[] = [];
      for (let k = 0, i = step === 1 ? 0 : page.groups.length - 1; k < EDGE_LINES && (certain.has(i) || likely.has(i)); k++, i += step) block.push(i);
      const apartFromNext = (i: number) => {
        const edge = page.groups[i] ?? [];
        const next = page.groups[i + step];
        return !next || Math.abs(heightOf(edge) - heightOf(next)) > 1.5 * Math.max(...edge.map((p) => p.size));
      };
      const end = block.findLastIndex(apartFromNext);
      for (const i of block.slice(0, end + 1)) drop.add(i);
    }
    // A line alike at a page's head and foot is its running head and foot where both stand apart
    // from the text. Where one stands at the text's pitch, both are the text's: a sentence it says
    // twice, the page's first and last.
    if (!(drop.has(0) && drop.has(page.groups.length - 1))) for (const index of pairOnly) drop.delete(index);
    // A running head or foot stands on every page, or on all but the first. A line that repeats on
    // only some pages may be a sentence the text repeats by chance at the same height: it is text
    // where it stands at the page's own line pitch from the text, and either way a person checks it.
    for (const [index, on] of repeatedOn[pageIndex] ?? []) {
      if (on.length + 1 >= pages.length - 1 || certain.has(index) || names.has(index) || !likely.has(index)) continue;
      const group = page.groups[index] ?? [];
      const inner = page.groups[index < EDGE_LINES ? index + 1 : index - 1];
      // (So is a line whose word goes on over the page: a foot ends no word, a head begins none.)
      const asText = inner !== undefined && drop.has(index) &&
        (Math.abs(Math.abs(heightOf(inner) - heightOf(group)) - pitchOf(page.groups)) < 0.5 || goesOnOverPage(pages, pageIndex, index, dropped[pageIndex - 1]));
      if (asText) drop.delete(index);
      if (!drop.has(index) && !asText) continue;
      const section = sectionBefore(pages, pageIndex, index);
      const where = index < EDGE_LINES ? 'överst' : 'längst ned';
      const pagesNamed = [page.number, ...on].sort((a, b) => a - b).join(', ').replace(/, (\d+)$/u, ' och $1');
      warnings.push({
        code: asText ? 'layout_uncertain' : 'page_foot_skipped',
        message: asText
          ? `Raden ”${joinPieces(group)}” ${where} på sida ${page.number} står på samma plats på sidorna ${pagesNamed}, men inte på de andra sidorna; den lästes som text i rapporten${section}. Kontrollera att den inte är ett sidhuvud eller en sidfot.`
          : `Raden ”${joinPieces(group)}” ${where} på sida ${page.number} står på samma plats på sidorna ${pagesNamed}, men inte på de andra sidorna; den lästes som ${index < EDGE_LINES ? 'sidhuvud' : 'sidfot'} och är inte med i rapporten${section}. Kontrollera att den inte hör till texten.`,
      });
    }
    for (const i of certain) drop.add(i);
    // A lone head: above the first page's first line in a larger type (the report's title), a line
    // in smaller type far above it (a committee's template puts its name, a date, a file number or
    // "Bilaga 2" there), which a single page cannot show repeats. (Our own documents open with the
    // organisation's name above the title: no head.) The title is the line below the head, or the
    // first of the next three under the head's start: a page in two columns may begin its right
    // column higher than the title beside it.
    const top = page.groups[0];
    const titles = top ? [
      page.groups[1],
      page.groups.slice(1, 4).find((group) => group.some((piece) => piece.x < (top[0]?.right ?? 0) && piece.right > (top[0]?.x ?? 0))),
      // (Or the largest type of them, beside a right column begun under a head over it, where the
      // head is one run of words: a row's cells going on at a column's top stand apart.)
      ...(oneRun(top) ? [[...page.groups.slice(1, 4)].sort((a, b) => sizeOf(b) - sizeOf(a))[0]] : []),
    ] : [];
    const headOver = (title: readonly Piece[] | undefined) => top !== undefined && title !== undefined && sizeOf(top) < 0.9 * sizeOf(title) && heightOf(top) - heightOf(title) > 1.5 * sizeOf(title);
    // (A word's end in lower case, where a word of the page is hyphenated, is no head: a right column
    // may begin with a row's cell that went on from the left column's foot, "fakturera-" / "de".)
    const goesOn = top !== undefined && /^\p{Ll}/u.test(joinPieces(top)) && page.groups.some((group) => group.some((piece) => /\p{L}[-\u00ad]$/u.test(piece.text.trim())));
    if (loneHead && pageIndex === 0 && top && !drop.has(0) && !goesOn && !structural(joinPieces(top)) && !/^Nämnd\s*:/iu.test(joinPieces(top)) && titles.some(headOver)) {
      drop.add(0);
      warnings.push({
        code: 'page_head_skipped',
        message: `Raden ”${joinPieces(top)}” överst på sida ${page.number} står ovanför rapportens rubrik i mindre stil och lästes som sidhuvud; den är inte med i rapporten.`,
      });
    }
    // A lone foot: the last line, low on the page, far below the rest — and below where the text
    // reaches on every other page (a paragraph's last line at a page's foot reaches as low).
    const last = page.groups.length - 1;
    const foot = page.groups[last];
    const above = page.groups[last - 1];
    const belowText = foot !== undefined && textBottoms.every((bottom, index) => index === pageIndex || heightOf(foot) < bottom - 0.5 * Math.max(...foot.map((p) => p.size)));
    // A line as wide as the page's text, in the type of the line above, is a line of it (a paragraph
    // going on over the page), never a foot; the committee's name aside.
    const extent = (group: readonly Piece[]) => Math.max(...group.map((p) => p.right)) - Math.min(...group.map((p) => p.x));
    // (Nor is a line whose spaces are stretched alike to fill its column: a justified paragraph's, going on.)
    const ofText = foot !== undefined && above !== undefined && joinPieces(foot).trim() !== committee &&
      ((Math.abs(sizeOf(foot) - sizeOf(above)) < 0.05 * sizeOf(above) && extent(foot) >= 0.75 * Math.max(...page.groups.map(extent))) || stretched(foot));
    if (foot && above && belowText && !ofText && !drop.has(last) && !drop.has(last - 1) && !structural(joinPieces(foot))) {
      const size = sizeOf(foot);
      const gap = heightOf(above) - heightOf(foot);
      // A paragraph's first line stands as far below the text, and as far in, as the page's other
      // paragraphs' first lines do (its spacing and indent): a paragraph of one line, no foot.
      const paragraph = page.groups.slice(1, last).some((group, k) => {
        const before = page.groups[k] ?? [];
        return Math.abs(heightOf(before) - heightOf(group) - gap) < 0.5 && Math.abs((group[0]?.x ?? 0) - (foot[0]?.x ?? 0)) < 0.5 && Math.abs(sizeOf(group) - size) < 0.05 * size;
      });
      if (heightOf(foot) < FOOT_ZONE * page.height && gap > FOOT_GAP * size * 1.2 && !paragraph) {
        drop.add(last);
        warnings.push({
          code: 'page_foot_skipped',
          message: `Raden ”${joinPieces(foot)}” längst ned på sida ${page.number} lästes som sidfot och är inte med i rapporten${sectionBefore(pages, pageIndex, last)}; kontrollera att den inte hör till texten.`,
        });
      }
    }
    dropped[pageIndex] = drop;
    return { page, drop, never: new Set([...numbers, ...[...names].filter((index) => drop.has(index))]), likely };
  });
  // A page's outermost line that stands, alike, at the same place on every other page, and is left
  // out as the running head (foot) of some: the running head here too, though it stands at the
  // text's pitch here (a header set with no spacing over a page whose text begins at the top).
  decided.forEach(({ page, drop, likely }, pageIndex) => {
    for (const index of [0, page.groups.length - 1]) {
      const on = repeatedOn[pageIndex]?.get(index) ?? [];
      if (drop.has(index) || !likely.has(index) || pages.length < 2 || on.length + 1 < pages.length || page.groups.length < 2) continue;
      const group = page.groups[index] ?? [];
      const leftOut = decided.some((other) => other.page.number !== page.number && [...other.drop].some((i) => sameRunning(other.page.groups[i] ?? [], other.page.number, group, page.number)));
      if (!leftOut) continue;
      drop.add(index);
      const where = index === 0 ? 'överst' : 'längst ned';
      warnings.push({
        code: 'layout_uncertain',
        message: `Raden ”${joinPieces(group)}” ${where} på sida ${page.number} står på samma plats på alla sidor och lästes som ${index === 0 ? 'sidhuvud' : 'sidfot'}, fast den står tätt intill texten på den här sidan; den är inte med i rapporten${sectionBefore(pages, pageIndex, index)}. Kontrollera att den inte hör till texten.`,
      });
    }
  });
  // The lines left out of pages that keep text of their own: the running heads and feet proper.
  const heads = decided.flatMap(({ page, drop }) => (drop.size < page.groups.length ? [...drop].map((index) => ({ number: page.number, group: page.groups[index] ?? [] })) : []));
  const result = decided.map(({ page, drop, never }) => {
    // Lines left out above the first one kept, which a person reading the page counts too.
    const leftAbove = (left: ReadonlySet<number>) => {
      let count = 0;
      while (count < page.groups.length && left.has(count)) count++;
      return count;
    };
    // A page of nothing but lines that repeat has no running heads: those lines are its text
    // (page numbers, the committee's name, and a line left out as the running head or foot of a
    // page with text, aside, which are never text: a last page left with its head and foot).
    if (drop.size === page.groups.length) {
      for (const index of drop) {
        const group = page.groups[index] ?? [];
        if (heads.some((head) => head.number !== page.number && sameRunning(head.group, head.number, group, page.number))) never.add(index);
      }
      if (never.size < drop.size) return { ...page, groups: page.groups.filter((_, index) => !never.has(index)), headLines: leftAbove(never) };
    }
    // The committee's name as a piece of its own at the page's edge, beside a line of the other
    // column on the same baseline: that piece alone — where it stands apart from its column's text
    // (a line of a paragraph that names the committee stands at the text's pitch above or below).
    const kept = page.groups.filter((_, index) => !drop.has(index));
    const apartInColumn = (piece: Piece) => kept.every((group) => group.every((other) =>
      other === piece || Math.abs(other.y - piece.y) <= SAME_BASELINE * Math.max(other.size, piece.size) || other.right <= piece.x || other.x >= piece.right ||
      Math.abs(other.y - piece.y) > 1.5 * Math.max(other.size, piece.size)));
    const groups = kept
      .map((group, index) => ((index < EDGE_LINES || index >= kept.length - EDGE_LINES) && group.length > 1 ? group.filter((piece) => piece.text.trim() !== committee || !apartInColumn(piece)) : group))
      .filter((group) => group.length > 0);
    return { ...page, groups, headLines: leftAbove(drop) };
  });
  return { pages: result, warnings };
}
