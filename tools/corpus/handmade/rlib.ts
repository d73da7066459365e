// Shared helpers for the r*.ts probes (third hand-edit probe): amount cells marked while the report is written and
// replaced in the FODT, extra namespaces, the section of a project, paragraphs of a narrative.
export { addStyles, build, CELL, cellText, cellXml, esc, fmt, mapTables, setCell, type Variant } from './plib.js';
import type { WrittenReport } from '../content.js';
import { esc } from './lib.js';

export const NS_EXTRA = [
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(' ');
/** Declares the number, draw and xlink namespaces the generated FODT lacks. */
export const addNs = (xml: string) => (xml.includes('xmlns:number=') ? xml : xml.replace('<office:document ', `<office:document ${NS_EXTRA} `));

/** Marks the chosen entries' amounts as written ("@@A<pi>.<ei>|<amount>@@"), to be replaced in the FODT by replaceMarked. */
export function markAmounts(w: WrittenReport, pick: (pi: number, ei: number) => boolean): void {
  w.amounts = w.amounts.map((list, pi) => list.map((amount, ei) => (pick(pi, ei) ? `@@A${pi}.${ei}|${amount}@@` : amount)));
}

/**
 * Replaces each marked amount. In a table the whole cell (`<table:table-cell …><text:p …>MARK</text:p></table:table-cell>`)
 * is handed over with its parts; in a tabs layout only the mark (cell undefined).
 */
export function replaceMarked(xml: string, fn: (m: { pi: number; ei: number; amount: string; cell?: { open: string; pOpen: string } }) => string): string {
  xml = xml.replace(/(<table:table-cell[^>]*>)(<text:p[^>]*>)@@A(\d+)\.(\d+)\|([^@]*)@@<\/text:p><\/table:table-cell>/g, (_m, open: string, pOpen: string, pi: string, ei: string, amount: string) =>
    fn({ pi: Number(pi), ei: Number(ei), amount, cell: { open, pOpen } }));
  return xml.replace(/@@A(\d+)\.(\d+)\|([^@]*)@@/g, (_m, pi: string, ei: string, amount: string) => fn({ pi: Number(pi), ei: Number(ei), amount }));
}

/** The index in xml of a project's table heading paragraph ("Projekt N: Name"). */
export const projectAt = (xml: string, w: WrittenReport, pi: number) => {
  const p = w.report.projects[pi]!;
  return xml.indexOf(esc(`Projekt ${p.number}: ${p.name}`));
};
/** The index of a project's narrative heading. */
export const narrativeAt = (xml: string, w: WrittenReport, pi: number) => {
  const p = w.report.projects[pi]!;
  return p.narrative ? xml.indexOf(esc(`Delredovisning projekt ${p.number}: ${p.narrative.title}`)) : -1;
};
/** The first project with entries (index) and the first with a narrative. */
export const firstWithEntries = (w: WrittenReport) => w.report.projects.findIndex((p) => p.entries.length > 0);
export const firstWithNarrative = (w: WrittenReport) => w.report.projects.findIndex((p) => p.narrative !== null);

/** Inserts text before the first occurrence of `what` after `from`. */
export function insertBefore(xml: string, from: number, what: string, text: string): string {
  const at = xml.indexOf(what, from);
  return at < 0 ? xml : xml.slice(0, at) + text + xml.slice(at);
}
/** Inserts text after the end of the first element ending `close` after `from`. */
export function insertAfter(xml: string, from: number, close: string, text: string): string {
  const at = xml.indexOf(close, from);
  return at < 0 ? xml : xml.slice(0, at + close.length) + text + xml.slice(at + close.length);
}
/** The style C's (table cell) properties element, for a copy with other attributes. */
export const cellProps = (xml: string) => /<style:style style:name="C" style:family="table-cell">(<style:table-cell-properties[^>]*\/>)<\/style:style>/.exec(xml)?.[1] ?? '<style:table-cell-properties/>';
