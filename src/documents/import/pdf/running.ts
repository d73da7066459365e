import type { ReportWarning } from '../../../domain/report.js';
import { DRAFT_MARK } from '../../wording.js';
import { joinPieces, lineOf, SAME_BASELINE, type Piece } from './geometry.js';
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

const PAGE_NUMBER = /^(?:[-–]\s*)?(?:sida\s+)?\d+(?:\s*(?:av|\/|of)\s*\d+)?(?:\s*[-–])?$/iu;
const PAGE_NUMBER_AFTER_TEXT = /\bsida\s+\d+(?:\s*(?:av|\/)\s*\d+)?$/iu;
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
  for (const piece of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - piece.y) <= SAME_BASELINE * Math.max(first.size, piece.size)) group.push(piece);
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

/** The pages without their running heads and feet, and a warning for each lone foot left out. */
export function withoutRunningHeads(pages: readonly PageGroups[]): { pages: PageGroups[]; warnings: ReportWarning[] } {
  const edges = pages.map((page) => {
    const n = page.groups.length;
    const indexes = new Set<number>();
    for (let i = 0; i < Math.min(EDGE_LINES, n); i++) indexes.add(i).add(n - 1 - i);
    return [...indexes].map((index) => ({ index, group: page.groups[index] ?? [] }));
  });
  // The committee's name as the report states it ("Nämnd: …"): a line of it alone, at a page's
  // foot or head, is the committee's running foot or head, even on a page of its own.
  const committee = pages
    .flatMap((page) => page.groups.flat().map((piece) => /^Nämnd\s*:\s*(.+)$/iu.exec(piece.text.trim())?.[1]?.trim()))
    .find((name) => name !== undefined);
  const warnings: ReportWarning[] = [];
  const result = pages.map((page, pageIndex) => {
    const drop = new Set<number>();
    const numbers = new Set<number>();
    for (const { index, group } of edges[pageIndex] ?? []) {
      const text = joinPieces(group);
      // A table's header repeated on each page, and its wrapped lines ("motpartsn" / "r").
      const line = lineOf(group, page.number);
      if (opensTable(line) || continuesHeader(line)) continue;
      if (text === DRAFT_MARK) {
        drop.add(index);
        continue;
      }
      const repeats = edges.some(
        (other, otherIndex) =>
          otherIndex !== pageIndex && other.some((candidate) => Math.abs(heightOf(candidate.group) - heightOf(group)) <= SAME_PLACE && shape(candidate.group) === shape(group)),
      );
      if ((PAGE_NUMBER.test(text) && !/(^|\D)0\d/u.test(text) && apart(page.groups, index)) || PAGE_NUMBER_AFTER_TEXT.test(text)) numbers.add(index);
      // The same line at the top and at the foot of one page (the committee's name as head and foot).
      const headAndFoot =
        (index === 0 || index === page.groups.length - 1) &&
        page.groups.length > 2 &&
        shape(page.groups[index === 0 ? page.groups.length - 1 : 0] ?? []) === shape(group);
      const named = committee !== undefined && text.replace(PAGE_NUMBER_AFTER_TEXT, '').trim() === committee;
      if (repeats || headAndFoot || named || numbers.has(index)) drop.add(index);
    }
    // A lone foot: the last line, low on the page, far below the rest.
    const last = page.groups.length - 1;
    const foot = page.groups[last];
    const above = page.groups[last - 1];
    if (foot && above && !drop.has(last) && !drop.has(last - 1)) {
      const size = Math.max(...foot.map((p) => p.size));
      if (heightOf(foot) < FOOT_ZONE * page.height && heightOf(above) - heightOf(foot) > FOOT_GAP * size * 1.2) {
        drop.add(last);
        warnings.push({
          code: 'page_foot_skipped',
          message: `Raden ”${joinPieces(foot)}” längst ned på sida ${page.number} lästes som sidfot och är inte med i rapporten; kontrollera att den inte hör till texten.`,
        });
      }
    }
    // Lines left out above the first one kept, which a person reading the page counts too.
    const leftAbove = (left: ReadonlySet<number>) => {
      let count = 0;
      while (count < page.groups.length && left.has(count)) count++;
      return count;
    };
    // A page of nothing but lines that repeat has no running heads: those lines are its text
    // (page numbers aside, which are never text).
    if (drop.size === page.groups.length && numbers.size < drop.size) {
      return { ...page, groups: page.groups.filter((_, index) => !numbers.has(index)), headLines: leftAbove(numbers) };
    }
    // The committee's name as a piece of its own at the page's edge, beside a line of the other
    // column on the same baseline: that piece alone.
    const groups = page.groups
      .filter((_, index) => !drop.has(index))
      .map((group, index, kept) => ((index < EDGE_LINES || index >= kept.length - EDGE_LINES) && group.length > 1 ? group.filter((piece) => piece.text.trim() !== committee) : group))
      .filter((group) => group.length > 0);
    return { ...page, groups, headLines: leftAbove(drop) };
  });
  return { pages: result, warnings };
}
