import { ImportError } from '../errors.js';
import { locationOf, SHIFTED_MARK, SUPERSCRIPT, wordsOf, type Line, type Piece } from './geometry.js';

/*
 * What a PDF's page shows a person and what its text holds can differ: text struck out, hidden
 * (white, tiny, squeezed, covered, clipped, laid over other text), a minus drawn as a line, a
 * footnote, a note in the margin, a stamp over the text, a table's row beside other text. Which of
 * the two the author meant only the author knows: the file is refused at the line, saying what
 * a person sees there and what to do.
 */

/** Refuses the document at the first line whose page does not show what its text holds. */
export function checkPage(lines: readonly Line[], fileName: string): void {
  const size = commonSize(lines);
  // A table's row beside other text on its baseline, a gap apart: a row that went on to the top of a
  // right column beside the title (a column the page shows too little of to be found).
  for (const line of lines) {
    const row = rowBeside(line);
    if (row === undefined) continue;
    throw new ImportError(
      fileName,
      locationOf(line),
      `Tabellraden ”${row}” står bredvid annan text på samma rad (”${line.text.slice(0, line.text.length - row.length).trim()}”), med ett stort mellanrum: två texter står sida vid sida (en tabell bredvid en rubrik, eller en rad som fortsatt överst i en högerspalt), och vad som hör ihop kan inte avgöras. Ställ tabellen under rubriken (eller raden i sin tabell), spara PDF-filen på nytt och försök igen.`,
    );
  }
  // A stamp or a watermark: a word in type far larger than the text's, laid over other text.
  const stamp = size === undefined ? undefined : stampOver(lines, size);
  if (stamp) {
    throw new ImportError(
      fileName,
      locationOf(stamp.line),
      `”${stamp.piece.text.trim()}” står i mycket större stil över annan text på sidan (”${stamp.under.text.trim()}”), som en stämpel eller vattenstämpel: texten under den kan inte läsas säkert. Ta bort stämpeln, spara PDF-filen på nytt och försök igen.`,
    );
  }
  // Text struck out is text deleted, its change tracked and shown: the file is no final version,
  // and which of its words and digits count, only the author knows.
  const struck = lines.find((line) => line.pieces.some((piece) => piece.struck !== undefined));
  if (struck) {
    const what = struck.pieces.flatMap((piece) => piece.struck ?? []).join(' ');
    throw new ImportError(
      fileName,
      locationOf(struck),
      `”${what}” är överstruket (på raden ”${struck.text}”): filen visar ändringar som inte är godkända, eller text som ska bort. Godkänn eller avvisa ändringarna i ordbehandlaren (Redigera › Spåra ändringar) eller ta bort den överstrukna texten, spara PDF-filen på nytt och försök igen.`,
    );
  }
  // A footnote: a line that begins with the number a mark raised in the page's text above it gives.
  const footnote = lines.find((line) => {
    const number = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2})\s+\S/u.exec(line.text)?.[1];
    const mark = number === undefined ? undefined : /^\d/u.test(number) ? [...number].map((d) => SUPERSCRIPT[d] ?? d).join('') : number;
    return mark !== undefined && lines.some((above) => above.page === line.page && above.onPage < line.onPage && above.text.includes(mark) && SHIFTED_MARK.test(above.text));
  });
  if (footnote) {
    throw new ImportError(
      fileName,
      locationOf(footnote),
      `Raden ”${footnote.text.slice(0, 60)}” är en fotnot till en text ovanför: Redovisa läser inte fotnoter, och fotnotens text skulle bli en del av rapporten. Skriv fotnotens text i löptexten (eller ta bort den), spara PDF-filen på nytt och försök igen.`,
    );
  }
  // A note in the margin beside a line (a frame anchored there: "Rättad 2014-05-02"), in smaller type
  // past where the document's text ends: read with the line, it became part of the row's text.
  const note = size === undefined ? undefined : marginNote(lines, size);
  if (note) {
    throw new ImportError(
      fileName,
      locationOf(note.line),
      `”${note.piece.text.trim()}” står i marginalen bredvid raden ”${note.line.pieces.filter((piece) => piece !== note.piece).map((piece) => piece.text.trim()).join(' ')}”, i mindre stil och utanför sidans text: en anteckning i marginalen hör inte till rapporten, och vad den gäller kan inte avgöras. Ta bort anteckningen eller skriv in den i texten, spara PDF-filen på nytt och försök igen.`,
    );
  }
  // A minus drawn as a line before a number: the page shows it negative, the text positive.
  const signed = lines.find((line) => line.pieces.some((piece) => piece.drawnSign));
  if (signed) {
    const number = signed.pieces.find((piece) => piece.drawnSign)?.text.trim() ?? '';
    throw new ImportError(
      fileName,
      locationOf(signed),
      `Framför ”${number}” står ett streck som är ritat som en linje, inte skrivet som ett tecken (på raden ”${signed.text}”): det kan vara ett minustecken, men texten säger inte att talet är negativt. Skriv minustecknet (-) framför talet, spara PDF-filen på nytt och försök igen.`,
    );
  }
  // Text in white on the white page: in the file, not on the page a person reads (a digit, a
  // minus, a whole row hidden) — which of the two the author meant, only the author knows.
  const hidden = lines.find((line) => line.pieces.some((piece) => piece.hidden));
  if (hidden) {
    const pieces = hidden.pieces.filter((piece) => piece.hidden);
    const what = pieces.map((piece) => piece.text.trim()).join(' ');
    // One reason, the likeliest first where the line's hidden pieces are hidden in more ways than one.
    const kinds = new Set(pieces.map((piece) => piece.hidden));
    const how = kinds.has('overlaid') ? 'står på samma plats som annan text, lagda över varandra (två texter på varandra, eller överstrykning med X eller /), så att sidan inte visar vad som gäller'
      : kinds.has('covered') ? 'är helt eller delvis dolt, av en ruta eller bild som lagts över texten eller en bakgrund i textens färg, och syns inte på sidan som det står'
      : kinds.has('squeezed') ? 'är hoptryckt på bredden till en bråkdel av sin höjd och syns inte på sidan'
      : kinds.has('clipped') ? 'står utanför det område som syns (en cell eller ram med låst höjd eller bredd döljer det) och syns inte på sidan'
      : kinds.has('white') ? 'är skrivet i vitt och syns inte på sidan'
      : 'är skrivet i så liten stil (under 3 punkter) och syns inte på sidan';
    throw new ImportError(
      fileName,
      locationOf(hidden),
      `”${what}” ${how} (på raden ”${hidden.text}”): vad som gäller kan inte avgöras. Ta bort den dolda texten eller gör den synlig, spara PDF-filen på nytt och försök igen.`,
    );
  }
}

/**
 * The part of a line that is a table's row (three codes of four digits and an amount) where it
 * stands after words, a wide gap apart: two texts side by side on one baseline. Undefined otherwise.
 */
function rowBeside(line: Line): string | undefined {
  const words = line.pieces.flatMap(wordsOf);
  for (let k = 1; k + 3 < words.length; k++) {
    const [before, ...codes] = [words[k - 1], words[k], words[k + 1], words[k + 2]];
    if (!before || !/\p{L}{2}/u.test(before.text) || !codes.every((word) => word !== undefined && /^\d{4}$/u.test(word.text))) continue;
    if ((codes[0]?.x ?? 0) - before.right < 2 * line.size || !/^[-\u2212\u2013]?\d/u.test(words[k + 3]?.text ?? '')) continue;
    return words.slice(k).map((word) => word.text).join(' ');
  }
  return undefined;
}

/** A piece in type at least twice the document's commonest size whose letters lie over another line's text. */
function stampOver(lines: readonly Line[], size: number): { line: Line; piece: Piece; under: Piece } | undefined {
  for (const line of lines) {
    for (const piece of line.pieces) {
      if (piece.size < 2 * size || piece.text.trim() === '') continue;
      // The letters' body: from the baseline to the height of a capital.
      const [bottom, top] = [piece.y, piece.y + 0.7 * piece.size];
      for (const other of lines) {
        if (other === line || other.page !== line.page) continue;
        const under = other.pieces.find((p) => p !== piece && p.size < 0.6 * piece.size && p.text.trim() !== '' && p.y > bottom && p.y < top && p.x < piece.right && p.right > piece.x);
        if (under) return { line, piece, under };
      }
    }
  }
  return undefined;
}

/** The type size most of the document's characters are set in. */
function commonSize(lines: readonly Line[]): number | undefined {
  const sizes = new Map<number, number>();
  for (const piece of lines.flatMap((line) => line.pieces)) sizes.set(Math.round(piece.size * 10), (sizes.get(Math.round(piece.size * 10)) ?? 0) + piece.text.length);
  const common = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0];
  return common === undefined ? undefined : common / 10;
}

/**
 * A piece in the margin beside a line: in smaller type than the document's text, starting (or
 * ending) further out than any piece in the text's size reaches, a gap apart from the line's other
 * pieces, which are larger.
 */
function marginNote(lines: readonly Line[], size: number): { line: Line; piece: Piece } | undefined {
  const body = lines.flatMap((line) => line.pieces).filter((piece) => Math.abs(piece.size - size) <= 0.05 * size);
  const [left, right] = [Math.min(...body.map((piece) => piece.x)), Math.max(...body.map((piece) => piece.right))];
  for (const line of lines) {
    for (const [k, piece] of line.pieces.entries()) {
      const [before, after] = [line.pieces[k - 1], line.pieces[k + 1]];
      if (piece.size >= 0.9 * size || piece.text.trim() === '') continue;
      const outRight = piece.x > right + 0.5 * size && before !== undefined && before.size > 1.1 * piece.size && piece.x - before.right > size;
      const outLeft = piece.right < left - 0.5 * size && after !== undefined && after.size > 1.1 * piece.size && after.x - piece.right > size;
      if (outRight || outLeft) return { line, piece };
    }
  }
  return undefined;
}

/** True when a line begins as a table's row does: three numbers, then an amount (a code's cell may break it: "36 1 1714 −260"). */
export function strayRow(text: string): boolean {
  const [a = '', b = '', c = '', d = ''] = text.trim().split(/\s+/u);
  return [a, b, c].every((token) => /^\d{1,4}$/u.test(token)) && c.length === 4 && /^[-\u2212\u2013]\d|^\d{1,3}(,\d{2})?$/u.test(d);
}

/**
 * What a person must check where a word hyphenated at a line's end stands mid-line ("föregå- ende"):
 * only two columns' lines read as one line can put it there.
 */
export function hyphenMidLine(text: string): string | undefined {
  const split = /(\p{L}+)\u00ad\s+(\p{L}+)/u.exec(text);
  return split ? `ordet ”${split[1] ?? ''}-” är avstavat mitt på raden, före ”${split[2] ?? ''}”: raden kan vara två spalters rader som lästes som en. Kontrollera texten.` : undefined;
}
