/*
 * Whether a word would have fitted on a line is a question about typeset width, not characters:
 * "illa" and "mamma" are both four-five letters yet differ by half. Legacy reports were set in a
 * proportional serif (Word's Times New Roman), so widths are estimated with that font's advance
 * widths (in 1/1000 em). Measured on the seed, every line that wrapped would have overflowed by
 * this estimate (ratio ≥ 1.00 to the widest line), while counting characters puts wrapped lines as
 * low as 0.89 — too close to the short last lines of paragraphs to tell them apart.
 */
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_WIDTHS = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UPPER_WIDTHS = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
const OTHER: Record<string, number> = {
  ' ': 250, '.': 250, ',': 250, ':': 278, ';': 278, '-': 333, '\u2013': 500, '\u2014': 1000, '(': 333, ')': 333,
  '/': 278, '"': 408, "'": 180, '\u201d': 444, '\u201c': 444, '\u00bb': 500, '\u00ab': 500, '!': 333, '?': 444,
  '%': 833, '&': 778, '@': 921, '+': 564, '=': 564, '*': 500, '\u00a0': 250,
};
const DEFAULT_WIDTH = 500; // digits, and anything unlisted

const widths = new Map<number, number>();
[...LOWER].forEach((ch, i) => widths.set(ch.charCodeAt(0), LOWER_WIDTHS[i] ?? DEFAULT_WIDTH));
[...UPPER].forEach((ch, i) => widths.set(ch.charCodeAt(0), UPPER_WIDTHS[i] ?? DEFAULT_WIDTH));
for (const [ch, width] of Object.entries(OTHER)) widths.set(ch.charCodeAt(0), width);
// Accented letters are as wide as their base letter (å ä ö é ü, Å Ä Ö É Ü …).
for (const ch of 'åäöéèüáàëïøæÅÄÖÉÈÜÁÀËØÆ') {
  const base = ch.normalize('NFD').charAt(0);
  const width = ch === 'æ' ? 667 : ch === 'Æ' ? 889 : ch === 'ø' ? 500 : ch === 'Ø' ? 722 : (widths.get(base.charCodeAt(0)) ?? DEFAULT_WIDTH);
  widths.set(ch.charCodeAt(0), width);
}

/** The estimated typeset width of a line of text, in thousandths of the type size. */
export function typesetWidth(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) total += widths.get(text.charCodeAt(i)) ?? DEFAULT_WIDTH;
  return total;
}
