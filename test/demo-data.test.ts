import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/db.js';
import { SEED_PATH } from './support/seed.js';

describe('demo data', () => {
  it('ships the seed unchanged, so `npm start` shows the real report even without ../shared', () => {
    expect(readFileSync(path.join(repoRoot, 'demo/000_103637c2e0986dfa.txt'))).toEqual(readFileSync(SEED_PATH));
  });
});
