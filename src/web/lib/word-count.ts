// Words as a reader counts them: runs of letters or digits, so "13-18" or "IT-utbildning" is one
// word and a lone dash or bullet is none.
const WORD = /[\p{L}\p{N}]+(?:[-'’.:/][\p{L}\p{N}]+)*/gu;

/** The number of words in a text. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The number of words in a narrative's paragraphs (the title not included). */
export function countNarrativeWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + countWords(p), 0);
}
