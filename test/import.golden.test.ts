// The seed, read by the legacy importer, is exactly the reviewed golden fixture (DESIGN.md §4).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../src/documents/import/index.js';
import { goldenReport, SEED_PATH } from './support/seed.js';

describe('parseReportText on the seed', () => {
  const seed = readFileSync(SEED_PATH, 'utf8');
  const expected = goldenReport();

  it('equals the golden fixture', () => {
    expect(parseReportText(seed, { fileName: '000_103637c2e0986dfa.txt' })).toStrictEqual(expected);
  });

  it('reads the same report with CRLF line ends and a byte order mark', () => {
    expect(parseReportText('\uFEFF' + seed.replace(/\n/g, '\r\n'))).toStrictEqual(expected);
  });

  it('reads amounts grouped with no-break and narrow no-break spaces', () => {
    const spaced = seed.replace('2 626 837', '2\u00a0626\u202f837').replace('107 000', '107\u00a0000');
    expect(parseReportText(spaced)).toStrictEqual(expected);
  });
});
