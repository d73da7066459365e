// snowball-stemmers 0.6 ships JavaScript only: the part of its API Redovisa uses.
declare module 'snowball-stemmers' {
  /** One language's Snowball stemmer; `stem` expects a lower-case word. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** A stemmer for a language Snowball knows (`'swedish'`). */
  export function newStemmer(language: string): Stemmer;
  /** The languages it knows. */
  export function algorithms(): string[];
}
