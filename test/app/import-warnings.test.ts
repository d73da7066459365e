// Where an import's warnings say they are: a PDF's page and the line on it, a text file's line, and
// nothing for a Word file, whose paragraph count is the reader's own and no one can find in Word.
import { describe, expect, it } from 'vitest';
import { warningsShown } from '../../src/app/reports/import-into-report.js';

const warnings = [
  { code: 'project_without_narrative', message: 'Projekt 3 saknar delredovisning.', page: 1, line: 31 },
  { code: 'project_without_entries', message: 'Projekt 4 har inga periodiseringar.', line: 35 },
  { code: 'project_not_in_report', message: 'Projekt 5 i filen finns inte i redovisningen.' },
];

describe('an import’s warnings and their places', () => {
  it('keeps a PDF’s page and line, and no line without its page', () => {
    expect(warningsShown('rapport.PDF', warnings)).toEqual([warnings[0], { code: 'project_without_entries', message: 'Projekt 4 har inga periodiseringar.' }, warnings[2]]);
  });

  it('keeps a text file’s line', () => {
    expect(warningsShown('rapport.txt', warnings.slice(1))).toEqual(warnings.slice(1));
  });

  it('gives a Word file’s warnings no place', () => {
    expect(warningsShown('rapport.docx', warnings)).toEqual(warnings.map(({ code, message }) => ({ code, message })));
  });
});
