// The indicator table as the text parser reads it from our PDF and DOCX readers' lines: exact, or
// refused at the row with the reason, never a number read some other way.
import { describe, expect, it } from 'vitest';
import { parseReportLines } from '../src/documents/import/parse-text.js';
import type { SourceLine } from '../src/documents/import/lines.js';

const HEAD = ['Redovisning ytterstadsprojekt', 'Tertialrapport 2', 'Nämnd: Farsta stadsdelsnämnd', 'Periodisering From 2014-01-01 tom 2014-08-31',
  'Projekt 1: Sommarjobb', 'Konto\tIKB\tNämndens motpartsnr\tBelopp\tText', '3699\t1771\t1712\t10 000\tEj fakturerat tom 2014-08-31',
  'Indikator\tEnhet\tUtgångsläge\tMål 2014\tUtfall\tKommentar'];

function lines(rows: string[]): SourceLine[] {
  return [...HEAD, ...rows].flatMap((text, i): SourceLine[] => [{ kind: 'text', text, line: i + 1 }, { kind: 'break', line: i + 1 }]);
}
const parse = (rows: string[]) => parseReportLines(lines(rows), { fileName: 'rapport.docx', paragraphs: 'explicit', hyphens: 'as-written' });

describe('indicator tables', () => {
  it('reads values exactly and leaves out what is absent', () => {
    const report = parse(['Unga i jobb\tdeltagare\t1\u00a0200\t1 500,5\t−3\tFler än väntat', 'Andel tjejer\t%\t–\t50\t–']);
    expect(report.projects[0]?.indicators).toEqual([
      { name: 'Unga i jobb', unit: 'deltagare', baseline: '1200', target: '1500.5', outcome: '-3', comment: 'Fler än väntat' },
      { name: 'Andel tjejer', unit: '%', target: '50' },
    ]);
  });

  it.each([
    [['Unga i jobb\tdeltagare\t12.5\t15\t14'], /rapport\.docx:9: Projekt 1, indikatortabellen, ”Unga i jobb”: utgångsläget ”12\.5” kan inte läsas exakt/u],
    [['Unga i jobb\tdeltagare\t12\t15\tcirka 14'], /rapport\.docx:9: .*utfallet ”cirka 14” kan inte läsas exakt/u],
    [['Unga i jobb deltagare 12 15 14'], /rapport\.docx:9: Projekt 1, indikatortabellen: väntade en rad/u],
    [['Unga i jobb\t\t12\t15\t14'], /rapport\.docx:9: .*saknar enhet/u],
    [['Unga i jobb\tdeltagare\t1\t2\t3', 'Unga i jobb\tst\t1\t2\t3'], /rapport\.docx:10: Projekt 1 kan inte sparas: Indikatorn ”Unga i jobb” finns två gånger/u],
  ])('refuses %j at its row', (rows, message) => {
    expect(() => parse(rows)).toThrow(message);
  });
});
