// A narrative's paragraphs are stored as a JSON list of strings (schema.ts): read back, checked.

/** The stored paragraphs of a narrative; a value that is not a list of texts is a storage fault. */
export function parseParagraphs(text: string): string[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((p): p is string => typeof p === 'string')) {
    throw new Error('Lagrade stycken är inte en lista av texter.');
  }
  return value;
}
