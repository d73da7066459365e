// The seed and its golden file are copies of ../shared's (the project's shared material, beside the
// repository where it was built). When ../shared is there, the copies must not have drifted; a clone
// without it has nothing to compare, and this test says so instead of being skipped.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/db.js';
import { GOLDEN_NAME, GOLDEN_PATH, SEED_NAME, SEED_PATH } from './support/seed.js';

const shared = path.resolve(repoRoot, '../shared');

describe('the seed shipped in demo/', () => {
  it('equals ../shared\'s seed and golden file byte for byte when ../shared is present', async ({ annotate }) => {
    if (!existsSync(shared)) {
      const note = `${shared} finns inte: inget jämfört (demo/ är den enda kopian).`;
      console.info(note);
      await annotate(note);
      return;
    }
    expect(readFileSync(SEED_PATH)).toEqual(readFileSync(path.join(shared, 'seed', SEED_NAME)));
    expect(readFileSync(GOLDEN_PATH)).toEqual(readFileSync(path.join(shared, 'fixtures', GOLDEN_NAME)));
  });
});
