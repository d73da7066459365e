import { CREATOR, PARAGRAPH_ANCHOR } from '../../wording.js';
import { ImportError } from '../errors.js';
import { SUPERSCRIPT, type Piece, type Rule } from './geometry.js';
import { assertStreamsBounded } from './stream-limits.js';

// Reading a page costs time on the event loop: a report has a handful, a hostile file thousands.
const MAX_PAGES = 200;
// Characters of text: a report is some tens of kilobytes; a page can hold a compressed flood.
const MAX_TEXT = 2 * 1024 * 1024;

/** One page's text pieces and size. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  pieces: Piece[];
  /** Heights at which our own renderer named a paragraph's start (the top of its first line). */
  paragraphTops: number[];
  /** The straight lines the page draws across or down it: a table's cell borders, among others. */
  rules: Rule[];
}

/** A PDF's pages, and whether it is one of ours. */
export interface PdfSource {
  pages: PdfPage[];
  /** Made by our renderer, whose lines break only at spaces (every hyphen is the author's). */
  ours: boolean;
  /** Names its paragraphs' starts, so a page break says nothing more. */
  anchored: boolean;
  /** Sets the hyphens its typesetter adds at line ends apart (read as soft hyphens; LibreOffice does): every other hyphen is the author's. */
  marksHyphens: boolean;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;
type Page = Awaited<ReturnType<PdfDocument['getPage']>>;

/** Reads every page's positioned text; throws ImportError for a file that is no readable PDF. */
export async function loadPdf(bytes: Uint8Array, fileName: string): Promise<PdfSource> {
  // Loaded on first use: reading .txt reports never pays for pdf.js.
  assertStreamsBounded(bytes, fileName);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = pdfjs;
  const pages: PdfPage[] = [];
  let ours = false;
  let anchored = false;
  const marks = { softHyphens: false };
  try {
    // A copy: pdf.js may take over (detach) the buffer it is given.
    const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    try {
      if (document.numPages > MAX_PAGES) {
        throw new ImportError(fileName, undefined, `PDF-filen har ${document.numPages.toLocaleString('sv-SE')} sidor; Redovisa läser högst ${MAX_PAGES}.`);
      }
      const { info } = await document.getMetadata();
      ours = typeof info === 'object' && info !== null && Reflect.get(info, 'Creator') === CREATOR;
      // LibreOffice draws every hyphen its hyphenation adds as a piece of its own (see runsOf).
      const producer = typeof info === 'object' && info !== null ? Reflect.get(info, 'Producer') : undefined;
      if (typeof producer === 'string' && /^LibreOffice\b/u.test(producer)) marks.softHyphens = true;
      const starts = await paragraphStarts(document);
      anchored = starts.size > 0;
      const budget = { left: MAX_TEXT };
      for (let number = 1; number <= document.numPages; number++) {
        const page = await document.getPage(number);
        const painted = await piecesOfPage(pdfjs, page, budget, marks);
        if (painted === undefined) {
          throw new ImportError(fileName, undefined, 'PDF-filen har mer än 2 MB text; en redovisning är mycket mindre. Kontrollera filen.');
        }
        const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
        pages.push({ number, width: right - left, height: top - bottom, ...painted, paragraphTops: starts.get(number) ?? [] });
      }
    } finally {
      await document.destroy();
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, undefined, 'Filen kan inte läsas som PDF: den är skadad, krypterad eller av ett annat slag.');
  }
  if (pages.every((page) => page.pieces.length === 0)) {
    throw new ImportError(fileName, undefined, 'PDF-filen har ingen text att läsa (den är kanske inskannad): spara rapporten som text eller Word.');
  }
  return { pages, ours, anchored, marksHyphens: marks.softHyphens };
}

/**
 * The page's positioned pieces of text, or undefined once the text read from the document exceeds
 * the budget. A page's text is read whole, from its operators (see runsOf); the page limit bounds
 * how many are read.
 */
async function piecesOfPage(pdfjs: PdfJs, page: Page, budget: { left: number }, marks: { softHyphens: boolean }): Promise<{ pieces: Piece[]; rules: Rule[] } | undefined> {
  const operators = await page.getOperatorList();
  return runsOf(pdfjs, operators, (name) => page.commonObjs.get(name) as FontInfo | undefined, budget, marks);
}

/** What the reader needs of a font: how glyph widths scale to text space. */
interface FontInfo {
  fontMatrix?: number[];
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
/** A matrix as pdf.js hands it over: an array or a typed array of six numbers. */
function matrixOf(value: unknown): Matrix | undefined {
  const numbers = Array.isArray(value) ? value : ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as Float32Array) : undefined;
  return numbers?.length === 6 && numbers.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (numbers as Matrix) : undefined;
}

interface TextState {
  ctm: Matrix;
  font: string;
  fontSize: number;
  fontScale: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  /** The fill colour ("#rrggbb") and the text rendering mode (0 fills the glyphs). */
  fill: string;
  mode: number;
  /** The area painting is clipped to, on the page (a cell or frame of a fixed height clips its text). */
  clip?: Rule;
}

/**
 * The text runs of a page as pieces, from its operators, the way the page is painted (pdf.js's
 * canvas does the same arithmetic): each glyph at the position the text matrix, the font size,
 * the spacing and the glyph widths give it. A piece is a run: the glyphs shown from one place the
 * document positions text at (a BT, Td, Tm, T*) to the next, in one font. Word processors start a
 * run for every table cell and every tab stop, so a piece never holds two cells, however close
 * they stand — which pdf.js's text extraction, joining everything closer than 0.6 em, cannot say.
 * Rotated text (a watermark across the page) is no part of a report's lines and is left out.
 */
function runsOf(
  { OPS, normalizeUnicode }: Pick<PdfJs, 'OPS' | 'normalizeUnicode'>,
  operators: { fnArray: number[]; argsArray: unknown[][] }, fontOf: (name: string) => FontInfo | undefined, budget: { left: number },
  marks: { softHyphens: boolean },
): { pieces: Piece[]; rules: Rule[] } | undefined {
  const pieces: Piece[] = [];
  const rules: Rule[] = [];
  // Short level strokes too (a struck-out minus sign is narrower than a rule).
  const strokes: Rule[] = [];
  const stroking = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const filling = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const stack: TextState[] = [];
  let state: TextState = { ctm: IDENTITY, font: '', fontSize: 0, fontScale: 0.001, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, fill: '#000000', mode: 0 };
  // Areas filled in a colour a white text shows on (a shaded header, a dark page).
  const shades: Rule[] = [];
  let tm: Matrix = IDENTITY;
  let x = 0;
  let y = 0;
  let lineX = 0;
  let lineY = 0;
  let run: { glyphs: { text: string; from: number; to: number }[]; y: number; size: number; font: string; white: boolean; red: boolean; fill: string; seq: number; squeezed: boolean; clipped: boolean } | undefined;
  // A clip's path follows its operator: the next path is the clip's.
  let clipNext = false;
  // What was painted when: a filled shape painted over text painted before it hides it.
  let glyphCount = 0;
  const paintedAt = new Map<Piece, { seq: number; fill: string }>();
  const fills: { box: Rule; seq: number; fill: string }[] = [];
  const flush = () => {
    if (run) {
      // The run's text and where each of its characters begins (a ligature's letters share its width).
      let text = '';
      const edges: number[] = [];
      for (const glyph of run.glyphs) {
        const characters = [...normalizeUnicode(glyph.text)];
        characters.forEach((character, k) => {
          text += character;
          edges.push(glyph.from + ((glyph.to - glyph.from) * k) / characters.length);
        });
      }
      edges.push(run.glyphs.at(-1)?.to ?? 0);
      const visible = run.glyphs.filter((g) => g.text.trim() !== '');
      const first = visible[0];
      const last = visible.at(-1);
      const before = pieces.at(-1);
      if (first && last && /^[-\u00ad\u2010]$/u.test(text.trim()) && before?.text.endsWith('\u00ad') && Math.abs(before.right - last.to) < 0.25 * run.size) {
        // The hyphen again, a shadow's or a relief's copy of it: already the word's.
      } else if (first && last && /^[-\u00ad\u2010]$/u.test(text.trim()) && before && Math.abs(before.y - run.y) < 0.2 * run.size && first.from - before.right < run.size) {
        // A hyphen the word processor set as a run of its own at a line's end ("Nämn" "-"): the
        // word's, and the typesetter's, not the author's: a soft hyphen.
        const kept = [...before.text.trimEnd()].length;
        before.text = `${before.text.trimEnd()}\u00ad`;
        before.edges = [...(before.edges ?? []).slice(0, kept + 1), last.to];
        before.right = last.to;
        marks.softHyphens = true;
      } else if (first && last && text.trim() !== '') {
        const piece: Piece = {
          text, x: first.from, right: last.to, y: run.y, size: run.size, font: run.font, edges,
          ...(run.white ? { hidden: 'white' as const } : run.size < TINY ? { hidden: 'tiny' as const } : run.squeezed ? { hidden: 'squeezed' as const } : run.clipped ? { hidden: 'clipped' as const } : {}), ...(run.red ? { red: true } : {}),
        };
        pieces.push(piece);
        paintedAt.set(piece, { seq: run.seq, fill: run.fill });
      }
    }
    run = undefined;
  };
  const move = (dx: number, dy: number) => {
    flush();
    x = lineX += dx;
    y = lineY += dy;
  };
  for (let i = 0; i < operators.fnArray.length; i++) {
    const fn = operators.fnArray[i];
    const args = operators.argsArray[i] ?? [];
    switch (fn) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        flush();
        state = stack.pop() ?? state;
        break;
      case OPS.transform: {
        const m = matrixOf(args);
        if (m) state = { ...state, ctm: multiply(state.ctm, m) };
        break;
      }
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...state });
        const m = matrixOf(args[0]);
        if (m) state = { ...state, ctm: multiply(state.ctm, m) };
        break;
      }
      case OPS.paintFormXObjectEnd:
        flush();
        state = stack.pop() ?? state;
        break;
      case OPS.beginText:
        flush();
        tm = IDENTITY;
        x = lineX = 0;
        y = lineY = 0;
        break;
      case OPS.endText:
        flush();
        break;
      case OPS.setFont: {
        flush();
        const name = typeof args[0] === 'string' ? args[0] : '';
        const size = typeof args[1] === 'number' ? args[1] : 0;
        const matrix = fontOf(name)?.fontMatrix;
        state = { ...state, font: name, fontSize: Math.abs(size), fontScale: Math.abs(matrix?.[0] ?? 0.001) || 0.001 };
        break;
      }
      case OPS.setCharSpacing:
        state = { ...state, charSpacing: Number(args[0]) || 0 };
        break;
      case OPS.setWordSpacing:
        state = { ...state, wordSpacing: Number(args[0]) || 0 };
        break;
      case OPS.setHScale:
        state = { ...state, hScale: (Number(args[0]) || 100) / 100 };
        break;
      case OPS.setLeading:
        state = { ...state, leading: -(Number(args[0]) || 0) };
        break;
      case OPS.setFillRGBColor: {
        // A run is of one colour: a change (not the same colour set again) ends it.
        const fill = typeof args[0] === 'string' ? args[0] : '#000000';
        if (fill !== state.fill) {
          flush();
          state = { ...state, fill };
        }
        break;
      }
      case OPS.setTextRenderingMode: {
        const mode = Number(args[0]) || 0;
        if (mode !== state.mode) {
          flush();
          state = { ...state, mode };
        }
        break;
      }
      case OPS.setTextRise:
        state = { ...state, rise: Number(args[0]) || 0 };
        break;
      case OPS.moveText:
        move(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        state = { ...state, leading: Number(args[1]) || 0 };
        move(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.nextLine:
        move(0, state.leading);
        break;
      case OPS.setTextMatrix: {
        flush();
        tm = matrixOf(args[0]) ?? matrixOf(args) ?? IDENTITY;
        x = lineX = 0;
        y = lineY = 0;
        break;
      }
      case OPS.clip:
      case OPS.eoClip:
        clipNext = true;
        break;
      case OPS.constructPath: {
        // A painted path (not a clip): its straight lines along or across the page are rules.
        const [paint, [path] = []] = args as [unknown, unknown[] | undefined];
        if (clipNext && path instanceof Float32Array) {
          clipNext = false;
          const area = boxOf(path, state.ctm);
          if (area) state = { ...state, clip: state.clip ? { x0: Math.max(state.clip.x0, area.x0), x1: Math.min(state.clip.x1, area.x1), y0: Math.max(state.clip.y0, area.y0), y1: Math.min(state.clip.y1, area.y1) } : area };
        }
        if (typeof paint !== 'number' || !(path instanceof Float32Array) || rules.length + strokes.length >= MAX_RULES) break;
        const box = filling.has(paint) ? boxOf(path, state.ctm) : undefined;
        if (box && !light(state.fill)) shades.push(box);
        if (box && fills.length < MAX_RULES) fills.push({ box, seq: glyphCount, fill: state.fill });
        if (stroking.has(paint) || filling.has(paint)) {
          for (const rule of rulesOf(path, state.ctm, stroking.has(paint), filling.has(paint), STRIKE_LENGTH)) (rule.x1 - rule.x0 >= RULE_LENGTH || rule.y1 - rule.y0 >= RULE_LENGTH ? rules : strokes).push(rule);
        }
        break;
      }
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintSolidColorImageMask: {
        // A picture fills its unit square, placed by the current transform: painted over text, it
        // covers it as an opaque shape does (a white patch, a stamp pasted over a digit).
        const box = boxOf(UNIT_SQUARE, state.ctm);
        if (box && fills.length < MAX_RULES) fills.push({ box, seq: glyphCount, fill: fn === OPS.paintImageMaskXObject || fn === OPS.paintSolidColorImageMask ? state.fill : 'picture' });
        break;
      }
      case OPS.showText: {
        const glyphs = Array.isArray(args[0]) ? (args[0] as unknown[]) : [];
        const m = multiply(state.ctm, tm);
        // Rotated: the baseline runs other than left to right. Slanted glyphs on a level baseline (a
        // word processor's italic where the font has none: the matrix shears) are the line's text.
        const rotated = Math.abs(m[1]) > 1e-6 * Math.abs(m[0]) || m[0] <= 0 || m[3] <= 0;
        // The type's height across the baseline, which a shear leaves as it is.
        const size = (state.fontSize * Math.abs(m[0] * m[3] - m[1] * m[2])) / Math.hypot(m[0], m[1]);
        // Glyphs scaled along the baseline to a sliver of their height (Writer's character scaling
        // at 1 %) are in the file and not on the page a person reads.
        const squeezed = state.fontSize * Math.hypot(m[0], m[1]) * state.hScale < SQUEEZED * size;
        const at = (advance: number) => m[0] * (x + advance * state.hScale) + m[2] * (y + state.rise) + m[4];
        let advance = 0;
        for (const glyph of glyphs) {
          if (typeof glyph === 'number') {
            advance -= (glyph * state.fontSize) / 1000;
            continue;
          }
          if (typeof glyph !== 'object' || glyph === null) continue;
          const width = Number(Reflect.get(glyph, 'width')) || 0;
          const text = String(Reflect.get(glyph, 'unicode') ?? '');
          const step = width * state.fontSize * state.fontScale + state.charSpacing + (Reflect.get(glyph, 'isSpace') === true ? state.wordSpacing : 0);
          if (!rotated && text !== '') {
            budget.left -= text.length;
            if (budget.left < 0) return undefined;
            const from = at(advance);
            const baseline = m[1] * (x + advance * state.hScale) + m[3] * (y + state.rise) + m[5];
            const previous = run?.glyphs.at(-1);
            // A run goes on along its baseline; a jump (a glyph set far apart by the spacing) starts another.
            // A glyph whose middle lies outside the clip is not painted where a person sees it.
            const [midX, midY] = [(from + at(advance + step)) / 2, baseline + 0.35 * size];
            const clip = state.clip;
            const clipped = clip !== undefined && (midX < clip.x0 - 0.1 * size || midX > clip.x1 + 0.1 * size || midY < clip.y0 - 0.1 * size || midY > clip.y1 + 0.1 * size);
            if (run && (Math.abs(baseline - run.y) > 0.2 * size || (previous && Math.abs(from - previous.to) > size) || run.squeezed !== squeezed || run.clipped !== clipped)) flush();
            // Glyphs filled white (and not outlined) show on no white page.
            run ??= { glyphs: [], y: baseline, size, font: state.font, white: (state.mode === 0 || state.mode === 4) && light(state.fill), red: red(state.fill), fill: state.fill, seq: glyphCount, squeezed, clipped };
            run.glyphs.push({ text, from, to: at(advance + step) });
            glyphCount++;
          }
          advance += step;
        }
        x += advance * state.hScale;
        break;
      }
      default:
        break;
    }
  }
  flush();
  // White text over a shade shows: it is the page's text all the same.
  for (const piece of pieces) {
    if (piece.hidden === 'white' && shades.some((box) => piece.x >= box.x0 - 1 && piece.right <= box.x1 + 1 && piece.y >= box.y0 - 1 && piece.y <= box.y1 + 1)) delete piece.hidden;
  }
  // Text a shape painted later covers ("04 000" showing of 304 000), or set on a shape of its own
  // colour painted before it (black on a black highlight), is not shown.
  for (const piece of pieces) {
    if (piece.hidden) continue;
    const { seq, fill } = paintedAt.get(piece) ?? { seq: 0, fill: '#000000' };
    const under = fills.findLast((f) => f.seq <= seq && covers(f.box, piece));
    if (fills.some((f) => f.seq > seq && covers(f.box, piece)) || (under && sameColour(under.fill, fill))) piece.hidden = 'covered';
  }
  const shown = withoutShadows(pieces);
  markOverlaid(shown);
  markStruck(shown, [...rules, ...strokes]);
  markDrawnSign(shown, [...rules, ...strokes]);
  return { pieces: markShifted(shown), rules };
}

// A mark set raised or lowered beside the text (a footnote's number): a short run in type this much
// smaller than the text's (× the text's size), its baseline this far above or below the text's.
const MARK_SIZE = 0.8;
const MARK_SHIFT = 0.12;
const SUBSCRIPT: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', '(': '₍', ')': '₎' };

/**
 * Reads a mark set raised or lowered in small type beside the text (a footnote's number, the 2 of
 * "m²") as the superscript or subscript characters it is, on the baseline of the text beside it.
 * As plain digits such a mark was read into the word or the amount beside it ("projektledare 1",
 * 551 000 kr for "55¹ 000"); as what it is, an amount with it is refused and a text is warned of.
 * A mark with a character no superscript has ("a)", "*") is left as it stands, on a line of its own.
 */
function markShifted(pieces: Piece[]): Piece[] {
  const joined = new Set<Piece>();
  for (const piece of pieces) {
    const text = piece.text.trim();
    if (text === '' || text.length > 3) continue;
    const beside = pieces.find((other) => other !== piece && !joined.has(other) && piece.size <= MARK_SIZE * other.size
      && (Math.abs(piece.x - other.right) < 0.3 * other.size || Math.abs(other.x - piece.right) < 0.3 * other.size)
      && Math.abs(piece.y - other.y) >= MARK_SHIFT * other.size && Math.abs(piece.y - other.y) < 0.6 * other.size);
    if (!beside) continue;
    const map = piece.y > beside.y ? SUPERSCRIPT : SUBSCRIPT;
    if (![...text].every((c) => map[c] !== undefined)) continue;
    const mark = [...text].map((c) => map[c] ?? c).join('');
    if (Math.abs(piece.x - beside.right) < 0.1 * beside.size && !/\s$/u.test(beside.text)) {
      // Set right after a word, as a footnote's number is: part of that word ("projektledare¹").
      beside.text = `${beside.text}${mark}`;
      beside.right = piece.right;
      delete beside.edges;
      joined.add(piece);
    } else {
      piece.text = mark;
      piece.y = beside.y;
    }
  }
  return joined.size === 0 ? pieces : pieces.filter((piece) => !joined.has(piece));
}

// Type smaller than this (points) is no text a person reads on the page.
const TINY = 3;
// Glyphs narrower than this share of their height (as scaled along the baseline) show as a sliver.
const SQUEEZED = 0.3;
// The unit square a picture fills, as a path (move to, line to …).
const UNIT_SQUARE = new Float32Array([0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1]);

// A copy of a text drawn this near it (× type size) is its shadow or relief, not text of its own:
// no two cells or lines of a report overlap.
const SHADOW_OFFSET = 0.25;

/**
 * The pieces less the copies a text effect draws: a shadow, an embossed or engraved relief paints
 * the same glyphs again a fraction of a point away ("326" under "326"), which read as text was
 * "326 326", an amount of its own. The copy painted last is the text; the ones under it go.
 */
function withoutShadows(pieces: readonly Piece[]): Piece[] {
  // A line's end hyphen, a run of its own, joins whichever copy was painted last before it.
  const key = (piece: Piece) => piece.text.replace(/\u00ad+$/u, '');
  const later = new Map<string, Piece[]>();
  const dropped = new Set<Piece>();
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i];
    if (!piece) continue;
    const same = later.get(key(piece)) ?? [];
    const copy = same.find((other) => other.font === piece.font && Math.abs(other.size - piece.size) < 0.05 * piece.size &&
      Math.abs(other.x - piece.x) <= SHADOW_OFFSET * piece.size && Math.abs(other.y - piece.y) <= SHADOW_OFFSET * piece.size);
    if (!copy) {
      later.set(key(piece), [...same, piece]);
    } else if (piece.text.length > copy.text.length || (copy.hidden && !piece.hidden)) {
      // This copy has the hyphen, or is the one that shows (a relief's light copy is painted
      // last): it stands for the text.
      dropped.add(copy);
      later.set(key(piece), [...same.filter((other) => other !== copy), piece]);
    } else {
      dropped.add(piece);
    }
  }
  return dropped.size === 0 ? [...pieces] : pieces.filter((piece) => !dropped.has(piece));
}

/**
 * Marks text laid over other text on its baseline: two amounts typed one over the other, or a
 * strikethrough that Writer draws with characters ("X", "/") over the struck word. Which of them the
 * page shows, a person cannot read; copies of one text (a shadow, a relief) are gone already.
 */
function markOverlaid(pieces: Piece[]): void {
  const sorted = pieces.filter((piece) => !piece.hidden && piece.text.trim() !== '').sort((a, b) => a.y - b.y);
  for (const [i, piece] of sorted.entries()) {
    for (let k = i + 1; k < sorted.length; k++) {
      const other = sorted[k];
      if (!other || other.y - piece.y > OVERLAID_BASELINE * Math.max(piece.size, other.size)) break;
      const overlap = Math.min(piece.right, other.right) - Math.max(piece.x, other.x);
      if (overlap > OVERLAID_SHARE * Math.min(piece.size, other.size)) {
        piece.hidden = 'overlaid';
        other.hidden = 'overlaid';
      }
    }
  }
}
// Pieces this close in baseline (× type size) that overlap by more than this (× type size) lie on one another.
const OVERLAID_BASELINE = 0.25;
const OVERLAID_SHARE = 0.3;

// A line struck out has a level line through its glyphs, between these heights above the
// baseline (× type size): below the middle of a lower-case letter's height and above the baseline,
// where no underline, cell border or table rule runs.
const STRIKE_LOW = 0.1;
const STRIKE_HIGH = 0.55;
// Shorter than this (points) a level stroke strikes nothing: a dot, a glyph's own part.
const STRIKE_LENGTH = 1;

/** Marks each piece's characters that a level line drawn through their middle strikes out. */
function markStruck(pieces: Piece[], lines: readonly Rule[]): void {
  const level = lines.filter((line) => line.y1 - line.y0 <= RULE_THICKNESS && line.x1 - line.x0 >= STRIKE_LENGTH);
  if (level.length === 0) return;
  for (const piece of pieces) {
    const through = level.filter((line) => {
      const height = (line.y0 + line.y1) / 2 - piece.y;
      return height > STRIKE_LOW * piece.size && height < STRIKE_HIGH * piece.size && line.x0 < piece.right && line.x1 > piece.x;
    });
    if (through.length === 0) continue;
    const edges = piece.edges ?? [];
    const characters = [...piece.text];
    // A character is struck where a line runs over most of its width.
    const struck = characters.flatMap((character, k) => {
      const [from = piece.x, to = piece.right] = [edges[k], edges[k + 1]];
      return character.trim() !== '' && through.some((line) => Math.min(line.x1, to) - Math.max(line.x0, from) > 0.5 * (to - from)) ? [k] : [];
    });
    const [first, last] = [struck[0], struck.at(-1)];
    if (first !== undefined && last !== undefined) piece.struck = characters.slice(first, last + 1).join('');
  }
}

/**
 * Marks a number with a short level line drawn just before it, at a minus sign's height, where no
 * character stands: a minus drawn as a line (or a thin box), which the text does not hold — read,
 * the amount would be positive where the page shows it negative.
 */
function markDrawnSign(pieces: Piece[], lines: readonly Rule[]): void {
  const short = lines.filter((line) => line.y1 - line.y0 <= RULE_THICKNESS && line.x1 - line.x0 < SIGN_LENGTH * MAX_SIGN_SIZE);
  if (short.length === 0) return;
  for (const piece of pieces) {
    const k = [...piece.text].findIndex((character) => character.trim() !== '');
    if (k < 0 || !/\d/u.test([...piece.text][k] ?? '')) continue;
    const start = piece.edges?.[k] ?? piece.x;
    const sign = short.find((line) => {
      const height = (line.y0 + line.y1) / 2 - piece.y;
      const length = line.x1 - line.x0;
      return height > STRIKE_LOW * piece.size && height < STRIKE_HIGH * piece.size && length >= 0.2 * piece.size && length <= SIGN_LENGTH * piece.size &&
        line.x1 <= start + 0.1 * piece.size && line.x1 >= start - piece.size && line.y1 - line.y0 <= 0.2 * piece.size &&
        // No character under it: a line through text strikes it (markStruck).
        !pieces.some((other) => other !== piece && Math.abs(other.y - piece.y) < 0.3 * piece.size && other.text.trim() !== '' && other.x < line.x1 && other.right > line.x0);
    });
    if (sign) piece.drawnSign = true;
  }
}
// A minus drawn as a line is at most this long (× type size), for type up to this size (points).
const SIGN_LENGTH = 1.2;
const MAX_SIGN_SIZE = 40;

// A page's rules read at most: a table's borders are some hundreds; a hostile page may draw millions.
const MAX_RULES = 20_000;
// Thinner than this (points) across, longer than this along: a rule, not a box or a glyph.
const RULE_THICKNESS = 2.5;
const RULE_LENGTH = 3;

/**
 * The rules a path draws, on the page (y up): stroked, every straight segment along or across the
 * page; filled, every shape of straight lines thin enough to be one (Word draws a cell's border as
 * a thin filled box; a shaded cell's edges are no rule).
 * Path data as pdf.js builds it: an operation (0 move, 1 line, 2 curve, 3 quadratic curve,
 * 4 close) and its points.
 */
function rulesOf(path: Float32Array, ctm: Matrix, stroked: boolean, filled: boolean, length = RULE_LENGTH): Rule[] {
  const found: Rule[] = [];
  const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  const add = (points: readonly [number, number][]) => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const rule = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    const wide = rule.x1 - rule.x0;
    const high = rule.y1 - rule.y0;
    if ((wide <= RULE_THICKNESS && high >= length) || (high <= RULE_THICKNESS && wide >= length)) found.push(rule);
  };
  let shape: [number, number][] = [];
  let curved = false;
  const endShape = () => {
    // A shape of straight lines: each line a rule where it is one, the whole where it is thin.
    if (filled && !curved && shape.length > 2) add(shape);
    shape = [];
    curved = false;
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === 0) {
      endShape();
      shape.push(point(path[i] ?? 0, path[i + 1] ?? 0));
      i += 2;
    } else if (op === 1) {
      const to = point(path[i] ?? 0, path[i + 1] ?? 0);
      const from = shape.at(-1);
      if (from && stroked) add([from, to]);
      shape.push(to);
      i += 2;
    } else if (op === 2) {
      curved = true;
      shape.push(point(path[i + 4] ?? 0, path[i + 5] ?? 0));
      i += 6;
    } else if (op === 3) {
      curved = true;
      shape.push(point(path[i + 2] ?? 0, path[i + 3] ?? 0));
      i += 4;
    } else if (op === 4) {
      const [from, to] = [shape.at(-1), shape[0]];
      if (from && to && stroked) add([from, to]);
      endShape();
    } else {
      break;
    }
  }
  endShape();
  return found;
}

/** True for a colour a page's white does not set text apart from (each channel at least 0xf0). */
function light(colour: string): boolean {
  const rgb = channels(colour);
  return rgb !== undefined && rgb.every((channel) => channel >= 0xf0);
}

/** A colour's red, green and blue (0–255), as pdf.js gives it ("#rrggbb"). */
function channels(colour: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(colour);
  return match ? [Number.parseInt(match[1] ?? '', 16), Number.parseInt(match[2] ?? '', 16), Number.parseInt(match[3] ?? '', 16)] : undefined;
}

/**
 * True when a filled shape covers a character of the piece: over the middle of its height (from a
 * tenth to past half the type size above the baseline, which no underline or strike-through line
 * does) and over the middle of its width.
 */
function covers(box: Rule, piece: Piece): boolean {
  if (box.y0 > piece.y + 0.1 * piece.size || box.y1 < piece.y + 0.6 * piece.size) return false;
  const edges = piece.edges ?? [piece.x, piece.right];
  return [...piece.text].some((character, k) => {
    const middle = ((edges[k] ?? piece.x) + (edges[k + 1] ?? piece.right)) / 2;
    return character.trim() !== '' && middle > box.x0 && middle < box.x1;
  });
}

/** True when two colours ("#rrggbb") are too near to tell apart on the page. */
function sameColour(a: string, b: string): boolean {
  const [x, y] = [channels(a), channels(b)];
  return x !== undefined && y !== undefined && x.every((c, k) => Math.abs(c - (y[k] ?? 0)) < 0x20);
}

/**
 * True for a red (a number format's "[RED]", red set by hand): its red channel strong, the others
 * under half of it. Accountants show a negative amount in red, often without its minus sign.
 */
function red(colour: string): boolean {
  const [r, g, b] = channels(colour) ?? [0, 0, 0];
  return r >= 0x80 && g < r / 2 && b < r / 2;
}

/** The box a path's points span, on the page. */
function boxOf(path: Float32Array, ctm: Matrix): Rule | undefined {
  const xs: number[] = [];
  const ys: number[] = [];
  const add = (x: number, y: number) => {
    xs.push(ctm[0] * x + ctm[2] * y + ctm[4]);
    ys.push(ctm[1] * x + ctm[3] * y + ctm[5]);
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    const count = op === 0 || op === 1 ? 2 : op === 2 ? 6 : op === 3 ? 4 : op === 4 ? 0 : -1;
    if (count < 0) break;
    for (let k = 0; k + 1 < count; k += 2) add(path[i + k] ?? 0, path[i + k + 1] ?? 0);
    i += count;
  }
  return xs.length === 0 ? undefined : { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/** Per page, the heights (PDF units, from the bottom) at which our renderer named a paragraph's start. */
async function paragraphStarts(document: PdfDocument): Promise<Map<number, number[]>> {
  const starts = new Map<number, number[]>();
  for (const [name, destination] of Object.entries(await document.getDestinations())) {
    // [page reference, /XYZ, left, top, zoom]: the top of the paragraph's first line.
    const [reference, , , top] = destination;
    if (!name.startsWith(PARAGRAPH_ANCHOR) || typeof top !== 'number' || typeof reference !== 'object' || reference === null) continue;
    const page = (await document.getPageIndex(reference)) + 1;
    starts.set(page, [...(starts.get(page) ?? []), top]);
  }
  return starts;
}
