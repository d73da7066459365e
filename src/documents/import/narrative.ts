import type { Narrative } from '../../domain/report.js';
import type { Hyphenation } from './hyphenation.js';
import type { SourceLine } from './lines.js';
import { joinText, nextWordFits, paragraphsOf } from './prose.js';
import { typesetWidth } from './typeset-width.js';

/*
 * A narrative's title shares its line with "Delredovisning projekt N:" and may wrap onto the next
 * line, which nothing marks. The next line continues the title when the title cannot have ended:
 * its last word is one a Swedish heading does not end on (a preposition, conjunction or article:
 * "…insatser i" / "Hässelby-Vällingby."), or it ends in a hyphen or comma. A heading may also wrap
 * at any word; then the next line is short and followed by the start of a sentence (or a break),
 * and either starts in lower case, which a paragraph never does, or starts with a word that would
 * not have fitted on the heading's line and does not end a sentence. Otherwise the next line is the first paragraph.
 */
const OPEN_ENDINGS = new Set([
  'i', 'och', 'av', 'för', 'med', 'till', 'på', 'om', 'inom', 'mot', 'samt', 'eller', 'en', 'ett',
  'den', 'det', 'de', 'vid', 'från', 'under', 'över', 'genom', 'hos', 'mellan', 'utan', 'efter',
  'åt', 'som', 'att', 'kring', 'bland', 'via', 'enligt', 'inför', 'ur', 'utanför', 'runt', 'trots',
]);
const SHORT_SHARE = 0.6;

/** True when `next` (followed by `after`) is the second line of a heading that starts with `title`. */
export function titleContinues(
  headingLine: string,
  title: string,
  next: string,
  after: SourceLine | undefined,
  width: number,
): boolean {
  if (/[-,]$/u.test(title)) return true;
  const lastWord = title.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (OPEN_ENDINGS.has(lastWord)) return true;
  if (/[.!?]$/u.test(title) || typesetWidth(next) > width * SHORT_SHARE) return false;
  const newSentenceAfter = after === undefined || after.kind === 'break' || /^[\p{Lu}\p{N}"'”»(]/u.test(after.text);
  if (!newSentenceAfter) return false;
  // Upper case: a one-line paragraph after a long heading looks the same, except that it ends
  // with a full stop.
  return /^\p{Ll}/u.test(next) || (!/[.!?:]$/u.test(next) && !nextWordFits(headingLine, next, width));
}

/** Reads a narrative section: the title from its heading (perhaps wrapped) and the paragraphs. */
export function readNarrative(
  headingLine: string,
  headingTitle: string,
  body: readonly SourceLine[],
  width: number,
  inferParagraphs: boolean,
  hyphens: Hyphenation,
): Narrative {
  let rest = body;
  const title = [headingTitle];
  const first = body[0];
  if (headingTitle === '' && !inferParagraphs) {
    // "Delredovisning projekt 4:" alone on its line, in a layout that ends the heading with a
    // break: the title is every line before it.
    const end = body.findIndex((line) => line.kind === 'break');
    const headingLines = end < 0 ? [] : body.slice(0, end);
    title.splice(0, 1, ...headingLines.flatMap((line) => (line.kind === 'text' ? [line.text] : [])));
    rest = body.slice(headingLines.length);
  } else if (headingTitle === '') {
    // "Delredovisning projekt 4:" alone on its line: the title is the next line.
    const index = body.findIndex((line) => line.kind === 'text');
    const line = body[index];
    title[0] = line?.kind === 'text' ? line.text : '';
    rest = body.slice(index + 1);
  } else if (!inferParagraphs) {
    // A reader that sees the layout (PDF, DOCX) ends the heading with a break: every line before
    // it belongs to the heading.
    const end = body.findIndex((line) => line.kind === 'break');
    const headingLines = end < 0 ? [] : body.slice(0, end);
    for (const line of headingLines) if (line.kind === 'text') title.push(line.text);
    rest = body.slice(headingLines.length);
  } else if (first?.kind === 'text' && titleContinues(headingLine, headingTitle, first.text, body[1], width)) {
    title.push(first.text);
    rest = body.slice(1);
  }
  // A heading is not a sentence: the full stop the wrapped line carried is dropped.
  return { title: joinText(title, hyphens).replace(/(?<!\.)\.$/u, ''), paragraphs: paragraphsOf(rest, width, inferParagraphs, hyphens) };
}
