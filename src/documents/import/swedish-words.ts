import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readWordTable, WORD_TABLE_FILE } from './word-table.js';

/*
 * Why not nspell: nspell 2.1.5 implements COMPOUNDRULE but not COMPOUNDBEGIN/MIDDLE/END, and with
 * dictionary-sv's rules (`0*` and friends) its compound check accepts any string at all —
 * `nspell(dictionarySv).correct('xyzqq')` is true. Swedish builds most words by compounding
 * (`socialtjänst`, `familje`+`behandlare`), so the hyphenation repair needs exactly the part nspell
 * lacks. This file reads the subset of Hunspell that dictionary-sv uses for that: suffix rules
 * (there are no prefix rules), continuation classes and the compound flags. It reads the npm
 * package's files, so it works after `npm ci` with no system dictionary.
 */

const STANDALONE = 1; // may stand alone as a word
const BEGIN = 2; // may start a compound
const MIDDLE = 4; // may sit inside a compound
const END = 8; // may end a compound
const LISTED = 16; // the form itself is in the word list (stem or stem + suffixes)

// Flag letters as declared in dictionary-sv's index.aff.
const FLAG = { begin: 'X', middle: 'U', end: 'Y', onlyInCompound: 'Z', permit: 'W', needAffix: '¤', forbidden: '%' };

// Compounds of one-letter parts are legal in the .aff (COMPOUNDMIN 1) but would let almost any
// string through; real compound parts have at least two letters.
const MIN_PART = 2;
const MAX_PARTS = 4;

interface SuffixEntry {
  strip: string;
  add: string;
  continuation: string;
  condition: RegExp;
}

/** A Swedish word list able to tell whether a (possibly compound) word exists. */
export interface SwedishWords {
  /** True when the word is listed or is a compound the dictionary's compound flags allow. */
  isWord(word: string): boolean;
}

let loaded: SwedishWords | undefined;

/**
 * The Swedish word list, kept for the process. The built command line (dist/cli) finds the forms
 * precomputed beside it (word-table.ts; expanding the dictionary takes most of a second); from the
 * sources, or when that table is missing or made from another dictionary-sv, they are expanded here.
 */
export function swedishWords(): SwedishWords {
  if (loaded) return loaded;
  const dictionary = dictionaryDirectory();
  const table = readWordTable(new URL(WORD_TABLE_FILE, import.meta.url), dictionaryVersion(dictionary));
  loaded = table ? wordsFromLookup(table) : buildWords(readDictionaryFiles(dictionary));
  return loaded;
}

/** dictionary-sv's folder in node_modules. */
export function dictionaryDirectory(): string {
  return dirname(createRequire(import.meta.url).resolve('dictionary-sv'));
}

/** dictionary-sv's version, which a precomputed table must have been made from. */
export function dictionaryVersion(directory: string): string {
  const { version } = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { version: string };
  return version;
}

/** The text of dictionary-sv's .aff and .dic. */
export function readDictionaryFiles(directory: string): { aff: string; dic: string } {
  // Read synchronously so that parsing stays a synchronous pure function; the package's own
  // entry point uses top-level await.
  return {
    aff: readFileSync(join(directory, 'index.aff'), 'utf8'),
    dic: readFileSync(join(directory, 'index.dic'), 'utf8'),
  };
}

function parseSuffixRules(aff: string): Map<string, SuffixEntry[]> {
  const rules = new Map<string, SuffixEntry[]>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag = '', strip = '', addField = '', condition = '.'] = parts;
    const [add = '', continuation = ''] = addField.split('/');
    const list = rules.get(flag) ?? [];
    list.push({
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      continuation,
      condition: new RegExp(`${condition}$`, 'u'),
    });
    rules.set(flag, list);
  }
  return rules;
}

/** Builds the word index from the text of a Hunspell .aff and .dic pair (exported for tests). */
export function buildWords(files: { aff: string; dic: string }): SwedishWords {
  const forms = expandForms(files);
  return wordsFromLookup((form) => forms.get(form) ?? 0);
}

/**
 * Every form the dictionary lists (stems and their suffixed forms), each with its bits: whether it
 * stands alone and where in a compound it may sit.
 */
export function expandForms(files: { aff: string; dic: string }): Map<string, number> {
  const rules = parseSuffixRules(files.aff);
  const forms = new Map<string, number>();
  const mark = (form: string, bits: number) => forms.set(form, (forms.get(form) ?? 0) | bits);

  const expand = (stem: string, stemFlags: string, word: string, flags: string, depth: number) => {
    for (const flag of flags) {
      const entries = rules.get(flag);
      if (!entries) continue;
      for (const entry of entries) {
        if (!entry.condition.test(word) || !word.endsWith(entry.strip)) continue;
        const form = word.slice(0, word.length - entry.strip.length) + entry.add;
        const cont = entry.continuation;
        let bits = LISTED;
        if (!cont.includes(FLAG.onlyInCompound)) bits |= STANDALONE;
        // Hunspell: the last part of a compound may carry ordinary suffixes; a suffixed form starts
        // or continues a compound only when the suffix permits it (flag W).
        if (stemFlags.includes(FLAG.end) || cont.includes(FLAG.end)) bits |= END;
        if (cont.includes(FLAG.begin) || (cont.includes(FLAG.permit) && stemFlags.includes(FLAG.begin))) bits |= BEGIN;
        if (cont.includes(FLAG.middle) || (cont.includes(FLAG.permit) && stemFlags.includes(FLAG.middle))) bits |= MIDDLE;
        mark(form, bits);
        if (depth < 1 && cont !== '') expand(stem, stemFlags, form, cont, depth + 1);
      }
    }
  };

  const lines = files.dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '' || line.includes(' ')) continue;
    const slash = line.indexOf('/', 1);
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    if (flags.includes(FLAG.forbidden)) continue;
    let bits = LISTED;
    if (!flags.includes(FLAG.onlyInCompound) && !flags.includes(FLAG.needAffix)) bits |= STANDALONE;
    if (flags.includes(FLAG.begin)) bits |= BEGIN;
    if (flags.includes(FLAG.middle)) bits |= MIDDLE;
    if (flags.includes(FLAG.end)) bits |= END;
    mark(stem, bits);
    expand(stem, flags, stem, flags, 0);
  }
  return forms;
}

/** The word test over a form lookup (a Map's, or a precomputed table's): listed, or a compound. */
export function wordsFromLookup(bitsOf: (form: string) => number): SwedishWords {
  const isCompound = (word: string, parts: number): boolean => {
    for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
      const head = bitsOf(word.slice(0, cut));
      if (!(head & (parts === 0 ? BEGIN : MIDDLE))) continue;
      const tail = word.slice(cut);
      if (bitsOf(tail) & END) return true;
      if (parts + 2 < MAX_PARTS && isCompound(tail, parts + 1)) return true;
    }
    return false;
  };

  const known = (word: string): boolean =>
    (bitsOf(word) & STANDALONE) !== 0 || isCompound(word, 0);

  return {
    isWord(word: string): boolean {
      if (word.length < 1) return false;
      if (known(word)) return true;
      // Like Hunspell: a capitalised or upper-case word is also right when its lower-case form is.
      const lower = word.toLowerCase();
      return lower !== word && known(lower);
    },
  };
}
