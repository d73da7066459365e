import iconv from 'iconv-lite';

// SIE 4 is written in CP437, which lacks the typography a word processor puts in a committee's texts
// (en dashes, curly quotes, ellipses) and letters outside Western Europe. Texts and names on vouchers
// describe money but are not money: they are written in the nearest CP437 form, and what was changed
// is reported so the export can say so. Codes and amounts are never changed (the writer refuses them).

const TYPOGRAPHY: Readonly<Record<string, string>> = {
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2026': '...', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2022': '*', '\u00ad': '',
  // Letters whose stroke is no combining mark, so NFKD leaves them whole.
  'Ł': 'L', 'ł': 'l', 'Ø': 'O', 'ø': 'o', 'Đ': 'D', 'đ': 'd',
};

function encodable(char: string): boolean {
  return iconv.decode(iconv.encode(char, 'cp437'), 'cp437') === char;
}

/** The text in the nearest form CP437 can carry, and whether anything had to change. */
export function toCp437Text(text: string): { text: string; changed: boolean } {
  let out = '';
  for (const char of text) {
    if (encodable(char)) {
      out += char;
      continue;
    }
    const typographic = TYPOGRAPHY[char];
    if (typographic !== undefined) {
      out += typographic;
      continue;
    }
    // A letter with a mark CP437 lacks (ł, ő, č) keeps its base letter; anything else becomes '?'.
    const base = char.normalize('NFKD').replace(/\p{M}+/gu, '');
    out += base !== char && [...base].every(encodable) ? base : '?';
  }
  return { text: out, changed: out !== text };
}
