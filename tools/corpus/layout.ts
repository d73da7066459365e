// How a generated report is laid out: the choices a committee makes in its word processor.
import type { Random } from './prng.js';

/** One document's layout. Lengths are in centimetres, sizes in points. */
export interface Layout {
  font: string;
  fontSize: number;
  margin: number;
  justify: boolean;
  hyphenate: boolean;
  /** Space after a paragraph (0: paragraphs are told apart by indentation or line ends only). */
  paragraphSpacing: number;
  firstLineIndent: number;
  /** `page`: the whole page in two columns; `narratives`: a two-column section for the narratives. */
  columns: 'none' | 'page' | 'narratives';
  columnGap: number;
  /** Narratives after all tables (the seed), or each after its project's table. */
  order: 'grouped' | 'interleaved';
  table: 'table' | 'tabs';
  /** Widths of the Konto, IKB, motpartsnr, Belopp and Text columns as shares of the text width. */
  columnShares: [number, number, number, number, number];
  cellPadding: number;
  borders: boolean;
  headerAlign: 'start' | 'center' | 'end';
  headerBold: boolean;
  amountAlign: 'start' | 'end';
  repeatHeader: boolean;
  totalRow: 'none' | 'Summa' | 'Totalt';
  amountHeader: string;
  kr: boolean;
  nbsp: boolean;
  periodStyle: 'iso' | 'written' | 'dash';
  pageHeader: 'none' | 'committee' | 'title';
  pageFooter: 'none' | 'page' | 'committee-page' | 'committee';
  headingSize: number;
  maxEntries: number;
  /** Proportional line spacing (1.15: 115 %), only in the fresh set; absent: single. */
  lineSpacing?: number;
  /** Where the line spacing is set: the narratives' body style only, or the default style (everything). */
  lineSpacingScope?: 'body' | 'all';
  /** A grey background in the table's header row, only in the fresh set. */
  headerShade?: boolean;
  /** Left and right page margins when they differ from `margin` (binding margin), only in the trial set. */
  marginLeft?: number;
  marginRight?: number;
  /** The narrative headings in a style of their own, larger and with more space around, only in the trial set. */
  narrativeHeading?: { sizeDelta: number; before: number; after: number };
  /** Alignment of the table's Text column cells, only in the trial and novel sets; absent: start. */
  textAlign?: 'start' | 'end';
  /** The novel set's choices, which no other set makes (absent: as the other sets). */
  novel?: Novel;
}

/** What a committee also does in its template, drawn only in the novel set. */
export interface Novel {
  /** US Letter, or A4 turned to landscape; absent: A4 upright. */
  page?: 'letter' | 'landscape';
  /** How the page number is written: "Sida 2 (5)", "2 (5)", or "2" alone at the right; absent: "Sida 2 av 5". */
  pageNumber?: 'sida-paren' | 'paren' | 'bare';
  /** Text set at the right of the running head after a tab: an appendix mark, a date, a file number. */
  headerRight?: string;
  /** A few words of some paragraphs in bold or italic. */
  emphasis?: 'bold' | 'italic';
  /** The headings in another font than the body. */
  headingFont?: string;
  /** The tables in another font, smaller or larger than the body by sizeDelta points. */
  tableFont?: { font: string; sizeDelta: number };
  /** The body's line height fixed (exact), in points. */
  lineHeight?: number;
  /** Paragraph spacing set before paragraphs rather than after. */
  spaceBefore?: boolean;
  /** The title and the front lines centred. */
  centreFront?: boolean;
  /** Whole amounts written with Swedish's mark for whole kronor ("1 250:-", "1 250,-"). */
  wholeMark?: ':-' | ',-';
  /** The table's header cells named otherwise: the counterparty's, the amount's, the text's. */
  headers?: { counterparty?: string; amount?: string; text?: string };
}

interface Pool {
  fonts: readonly string[];
  sizes: readonly number[];
  margins: readonly number[];
  gaps: readonly number[];
  spacings: readonly number[];
  indents: readonly number[];
  amountShares: readonly number[];
  paddings: readonly number[];
}

/** Parameters used while the reader was developed. */
const DEVELOPMENT: Pool = {
  fonts: ['Liberation Serif', 'Liberation Sans', 'DejaVu Serif'],
  sizes: [10, 11, 12],
  margins: [1.5, 2, 2.5],
  gaps: [0.8, 1],
  spacings: [0, 0.2, 0.42],
  indents: [0, 0.5],
  amountShares: [0.1, 0.14, 0.18],
  paddings: [0, 0.1, 0.19],
};

/** Parameters kept aside and tried only at the end, to see whether the reader generalises. */
const HOLDOUT: Pool = {
  fonts: ['Carlito', 'Caladea', 'DejaVu Sans'],
  sizes: [9.5, 10.5, 11.5],
  margins: [1.8, 3],
  gaps: [0.6, 1.2],
  spacings: [0, 0.3],
  indents: [0, 0.7],
  amountShares: [0.12, 0.16, 0.2],
  paddings: [0.05, 0.15],
};

/**
 * Parameters of a third set, made after the reader was done with the other two: fonts, sizes,
 * margins, gaps, spacing, indents, column widths and paddings none of them uses.
 */
const UNSEEN: Pool = {
  fonts: ['Liberation Sans Narrow', 'DejaVu Sans Condensed', 'DejaVu Serif Condensed'],
  sizes: [9, 12.5, 13],
  margins: [1.2, 2.2, 2.7],
  gaps: [0.5, 1.5],
  spacings: [0.1, 0.5],
  indents: [0.3, 1],
  amountShares: [0.09, 0.13, 0.22],
  paddings: [0.02, 0.08, 0.25],
};

/**
 * Parameters of a fourth set, for trying the reader as a new user would: fonts, sizes, margins,
 * gaps, spacing, indents, column widths and paddings none of the other three uses; its layouts
 * also vary line spacing, a shaded header row and right-aligned header cells.
 */
const FRESH: Pool = {
  fonts: ['Lato', 'Open Sans', 'Linux Libertine O', 'FreeSerif', 'EB Garamond', 'Cantarell', 'Roboto', 'Carlito'],
  sizes: [10.2, 11.8, 14],
  margins: [1.0, 2.4, 3.2],
  gaps: [0.7, 1.3],
  spacings: [0.15, 0.35],
  indents: [0.4, 0.8],
  amountShares: [0.11, 0.15, 0.19],
  paddings: [0.03, 0.12, 0.3],
};

/**
 * Parameters of a trial set: fonts and sizes of all four sets mixed, the rest drawn from theirs too;
 * its layouts vary what the fresh set varies and also margins differing left and right, narrative
 * headings in a larger style of their own with space before and after, and a right-aligned Text column.
 */
const TRIAL: Pool = {
  fonts: [...new Set([...DEVELOPMENT.fonts, ...HOLDOUT.fonts, ...UNSEEN.fonts, ...FRESH.fonts])],
  sizes: [...new Set([...DEVELOPMENT.sizes, ...HOLDOUT.sizes, ...UNSEEN.sizes, ...FRESH.sizes])],
  margins: [...new Set([...DEVELOPMENT.margins, ...HOLDOUT.margins, ...UNSEEN.margins, ...FRESH.margins])],
  gaps: [...new Set([...DEVELOPMENT.gaps, ...HOLDOUT.gaps, ...UNSEEN.gaps, ...FRESH.gaps])],
  spacings: [...new Set([...DEVELOPMENT.spacings, ...HOLDOUT.spacings, ...UNSEEN.spacings, ...FRESH.spacings])],
  indents: [...new Set([...DEVELOPMENT.indents, ...HOLDOUT.indents, ...UNSEEN.indents, ...FRESH.indents])],
  amountShares: [...new Set([...DEVELOPMENT.amountShares, ...HOLDOUT.amountShares, ...UNSEEN.amountShares, ...FRESH.amountShares])],
  paddings: [...new Set([...DEVELOPMENT.paddings, ...HOLDOUT.paddings, ...UNSEEN.paddings, ...FRESH.paddings])],
};

/**
 * Parameters of a novel set, for the next new user: fonts, sizes, margins, gaps, spacing, indents,
 * column widths and paddings no other set uses, and choices no other set makes (Novel).
 */
const NOVEL: Pool = {
  fonts: ['FreeSans', 'Linux Biolinum O', 'Roboto Condensed', 'Open Sans Condensed', 'Lato Light'],
  sizes: [8.5, 10.8, 12.2, 15],
  margins: [0.8, 1.6, 2.9],
  gaps: [0.4, 0.9, 2],
  spacings: [0.05, 0.25, 0.6],
  indents: [0.25, 0.6, 1.25],
  amountShares: [0.1, 0.17, 0.24],
  paddings: [0.04, 0.1, 0.2],
};

/** The parameter sets a corpus is drawn from. */
export type LayoutSet = 'development' | 'holdout' | 'unseen' | 'fresh' | 'trial' | 'novel';

/**
 * A random layout from the set's parameters. The novel set's notations (`notation`) come from a
 * stream of their own, so that adding them left the files drawn before as they were.
 */
export function randomLayout(random: Random, pool: LayoutSet, notation?: Random): Layout {
  const p = { development: DEVELOPMENT, holdout: HOLDOUT, unseen: UNSEEN, fresh: FRESH, trial: TRIAL, novel: NOVEL }[pool];
  const amountShare = random.pick(p.amountShares);
  const code = random.pick([0.09, 0.1, 0.12]);
  const counterparty = random.pick([0.1, 0.13, 0.16]);
  const columns = random.pick(['none', 'none', 'page', 'narratives'] as const);
  const table = random.chance(0.2) ? 'tabs' : 'table';
  const kr = random.chance(0.25);
  const layout: Layout = {
    font: random.pick(p.fonts),
    fontSize: random.pick(p.sizes),
    margin: random.pick(p.margins),
    justify: random.chance(0.5),
    hyphenate: random.chance(0.5),
    paragraphSpacing: random.pick(p.spacings),
    firstLineIndent: random.pick(p.indents),
    columns,
    columnGap: random.pick(p.gaps),
    order: random.chance(0.7) ? 'grouped' : 'interleaved',
    table,
    columnShares: [code, code, counterparty, amountShare, 1 - 2 * code - counterparty - amountShare],
    cellPadding: random.pick(p.paddings),
    borders: random.chance(0.7),
    headerAlign: random.chance(0.7) ? 'start' : 'center',
    headerBold: random.chance(0.6),
    amountAlign: random.chance(0.5) ? 'end' : 'start',
    repeatHeader: random.chance(0.5),
    totalRow: random.pick(['none', 'none', 'Summa', 'Totalt'] as const),
    amountHeader: kr ? random.pick(['Belopp (kr)', 'Belopp kr']) : random.pick(['Belopp', 'Belopp', 'Belopp (kr)']),
    kr,
    nbsp: random.chance(0.3),
    periodStyle: random.pick(['iso', 'iso', 'written', 'dash'] as const),
    pageHeader: random.pick(['none', 'none', 'committee', 'title'] as const),
    pageFooter: random.pick(['none', 'page', 'committee-page', 'committee'] as const),
    headingSize: random.pick([0, 0, 1, 2]),
    maxEntries: random.chance(0.2) ? 18 : 6,
  };
  // Only the fresh and trial sets draw more, so the other sets' files stay as they were generated.
  if (pool !== 'fresh' && pool !== 'trial' && pool !== 'novel') return layout;
  const lineSpacing = random.pick([1, 1.15, 1.15, 1.5]);
  if (lineSpacing !== 1) {
    layout.lineSpacing = lineSpacing;
    layout.lineSpacingScope = random.chance(0.5) ? 'all' : 'body';
  }
  layout.headerShade = random.chance(0.4);
  if (random.chance(0.3)) layout.headerAlign = 'end';
  if (pool === 'fresh') return layout;
  // The trial set's third pass: what a committee also does in LibreOffice.
  if (random.chance(0.5)) {
    const binding = random.pick([0.5, 1, 1.5]);
    const [left, right] = random.chance(0.5) ? [layout.margin + binding, layout.margin] : [layout.margin, layout.margin + binding];
    layout.marginLeft = Math.round(left * 10) / 10;
    layout.marginRight = Math.round(right * 10) / 10;
  }
  if (random.chance(0.5)) {
    layout.narrativeHeading = { sizeDelta: random.pick([2, 3, 4, 6]), before: random.pick([0.5, 0.8, 1.2]), after: random.pick([0.25, 0.4, 0.6]) };
  }
  if (random.chance(0.4)) layout.textAlign = 'end';
  if (pool !== 'novel') return layout;
  // The novel set's fourth pass: a municipality's own template.
  const novel: Novel = {};
  if (random.chance(0.4)) novel.page = random.pick(['letter', 'landscape'] as const);
  if (random.chance(0.6)) novel.pageNumber = random.pick(['sida-paren', 'paren', 'bare'] as const);
  if (random.chance(0.5)) novel.headerRight = random.pick(['Bilaga 2', 'Bilaga 4', '2014-09-15', '2016-05-12', 'Dnr 1.5.1-318/2014', 'Dnr 2.3-77/2016']);
  if (random.chance(0.5)) novel.emphasis = random.pick(['bold', 'italic'] as const);
  if (random.chance(0.5)) novel.headingFont = random.pick(NOVEL.fonts.filter((font) => font !== layout.font));
  if (random.chance(0.4)) novel.tableFont = { font: random.pick(NOVEL.fonts), sizeDelta: random.pick([-2, -1, 1]) };
  if (random.chance(0.3)) {
    novel.lineHeight = Math.round(layout.fontSize * random.pick([1.25, 1.4, 1.7]) * 10) / 10;
    delete layout.lineSpacing;
    delete layout.lineSpacingScope;
  }
  if (random.chance(0.3)) novel.spaceBefore = true;
  if (random.chance(0.3)) novel.centreFront = true;
  if (notation?.chance(0.3)) novel.wholeMark = notation.pick([':-', ',-'] as const);
  if (notation?.chance(0.4)) {
    novel.headers = {
      counterparty: notation.pick(['Motpart', 'Motpartsnummer', 'Nämndens motpartsnr']),
      amount: layout.kr ? notation.pick(['Belopp, kr', 'Belopp (kr)']) : notation.pick(['Kronor', 'Belopp, kr', 'Belopp (SEK)', 'Belopp']),
      text: notation.pick(['Kommentar', 'Beskrivning', 'Text']),
    };
  }
  layout.novel = novel;
  return layout;
}
