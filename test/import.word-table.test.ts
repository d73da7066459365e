// The precomputed word table (dist/cli) must answer exactly as the word list expanded from
// dictionary-sv does: the built command line repairs hyphens with it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildWords, dictionaryDirectory, dictionaryVersion, expandForms, readDictionaryFiles, wordsFromLookup,
} from '../src/documents/import/swedish-words.js';
import { openWordTable, packWordTable, readWordTable } from '../src/documents/import/word-table.js';

const directory = dictionaryDirectory();
const version = dictionaryVersion(directory);
const files = readDictionaryFiles(directory);
const forms = expandForms(files);
const packed = packWordTable(forms, version);

describe('the packed word table', () => {
  it('gives every form the dictionary lists its bits, and nothing else any', () => {
    const lookup = openWordTable(packed, version)!;
    const wrong = [...forms].filter(([form, bits]) => lookup(form) !== bits);
    expect(wrong).toEqual([]);
    expect(forms.size).toBeGreaterThan(800_000);
    for (const absent of ['', 'xyzqq', 'ungdo', 'socialtjänstx', 'Ωxyz', 'a'.repeat(300), 'soc\u0000ial']) {
      expect(forms.has(absent), absent).toBe(false);
      expect(lookup(absent), absent).toBe(0);
    }
  });

  it('tells words as the expanded list does, compounds and capitals included', () => {
    const fromTable = wordsFromLookup(openWordTable(packed, version)!);
    const fromDictionary = buildWords(files);
    const sample = [
      'socialtjänst', 'familjebehandlare', 'Stockholms', 'ungdomen', 'ungdomarnas', 'ungdomstjänst', 'fritidsgårdarna',
      'feriearbetet', 'xyzqq', 'ungdo', 'miljebehandlare', 'budgetoch', 'studieoch', 'Stockholsmsfaddrar', 'omsesidigt',
      'Hässelbyvällingby', 'SOCIALTJÄNST', 'Fritidsgård',
    ];
    const all = [...forms.keys()];
    // Every 997th form, and pairs of forms run together: compounds the test must also agree on.
    for (let i = 0; i < all.length; i += 997) sample.push(all[i]!, all[i]! + all[(i * 7) % all.length]!);
    const disagreements = sample.filter((word) => fromTable.isWord(word) !== fromDictionary.isWord(word));
    expect(disagreements).toEqual([]);
    // The sample holds both kinds in numbers: agreeing on words only, or on non-words only, would prove little.
    const words = sample.filter((word) => fromTable.isWord(word)).length;
    expect(words).toBeGreaterThan(800);
    expect(sample.length - words).toBeGreaterThan(800);
  });

  it('is refused when made from another dictionary-sv version, or damaged', () => {
    expect(openWordTable(packed, `${version}-annan`)).toBeNull();
    expect(openWordTable(packed.subarray(0, packed.byteLength - 4), version)).toBeNull();
    expect(openWordTable(new Uint8Array(16), version)).toBeNull();
  });
});

describe('the word table read from its file', () => {
  it('answers as the packed bytes do, reading forms where they lie and then, past the limit, the whole file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'redovisa-words-'));
    try {
      const file = path.join(dir, 'swedish-words.table');
      writeFileSync(file, packed);
      const sample = [...forms.keys()].filter((_, i) => i % 4999 === 0);
      sample.push('', 'xyzqq', 'socialtjänstx', 'Ωxyz', 'a'.repeat(300));
      const expected = sample.map((form) => forms.get(form) ?? 0);
      // A limit below the sample's size: the first lookups read where the forms lie, the rest the whole file.
      const lookup = readWordTable(file, version, 100)!;
      expect(sample.map((form) => lookup(form))).toEqual(expected);
      expect(expected.filter((bits) => bits !== 0).length).toBeGreaterThan(150);
      expect(readWordTable(file, `${version}-annan`)).toBeNull();
      expect(readWordTable(path.join(dir, 'saknas.table'), version)).toBeNull();
      writeFileSync(file, packed.subarray(0, packed.byteLength - 4));
      expect(readWordTable(file, version)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
