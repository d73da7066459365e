// Accrual table rows in extracted text, where only spaces separate the codes, the amount's digit
// groups and the text; and rows whose cells arrive apart (PDF and DOCX readers write tabs).
import { describe, expect, it } from 'vitest';
import { parseReportLines, parseReportText } from '../src/documents/import/index.js';
import { splitSourceLines } from '../src/documents/import/lines.js';
import { parseKronor } from '../src/domain/money.js';

/** A one-project report in the seed's extracted style, with the given table lines (line 13 on). */
function legacy(tableLines: string[], after: string[] = []): string {
  const lines = [
    'Redovisning ytterstadsprojekt', 'Tertialrapport', 'Nämnd: Farsta stadsdelsnämnd', ' ',
    'Periodisering From 2016-01-01 tom 2016-04-30', ' ', 'Projekt 1: Fältassistenter', 'Konto IKB Nämndens',
    'motpartsnr', 'Belopp Text', ...tableLines, ...after, ' ',
    'Delredovisning projekt 1: Fältarbete', 'Fältassistenterna har arbetat kvällstid.',
  ];
  // Every line followed by an empty line, as the extraction writes it.
  return lines.map((line) => `${line} \n`).join('\n');
}

const entriesOf = (text: string) => parseReportText(text).projects[0]?.entries;

describe('an amount followed by a text that begins with a number', () => {
  const warning = {
    code: 'amount_ambiguous',
    message:
      'Beloppet kan vara 107 000 kr (text ”120 timmar …”) eller 107 000 120 kr (text ”timmar ej …”); läst som 107 000 kr, kontrollera mot originalet.',
    line: 21,
  };

  it('reads the number as the text when a lower-case word follows it, and warns', () => {
    const report = parseReportText(legacy(['3699 1771 1704 107 000 120 timmar ej fakturerade tom']));
    expect(report.projects[0]?.entries).toStrictEqual([
      { account: '3699', ikb: '1771', counterparty: '1704', amountOre: 10700000, text: '120 timmar ej fakturerade tom' },
    ]);
    expect(report.warnings).toStrictEqual([warning]);
  });

  it('decides the same when the row wraps right after the number', () => {
    const report = parseReportText(legacy(['3699 1771 1704 107 000 120', 'timmar ej fakturerade tom']));
    expect(report.projects[0]?.entries[0]).toMatchObject({ amountOre: 10700000, text: '120 timmar ej fakturerade tom' });
    expect(report.warnings).toStrictEqual([warning]);
  });

  it('keeps the group in the amount before a capitalised word, a date or no text, without a warning', () => {
    const report = parseReportText(
      legacy(['3699 1771 1704 2 626 837 Ej fakturerat', '3699 1771 1704 -1 500 250 2016-04-30', '3699 1771 1704 1 500 250']),
    );
    expect(report.projects[0]?.entries.map((e) => [e.amountOre, e.text])).toStrictEqual([
      [262683700, 'Ej fakturerat'],
      [-150025000, '2016-04-30'],
      [150025000, ''],
    ]);
    expect(report.warnings).toBeUndefined();
  });

  it('keeps a group with a leading zero in the amount: no count is written "050"', () => {
    expect(entriesOf(legacy(['3699 1771 1704 12 050 timmar ej fakturerade']))?.[0]).toMatchObject({ amountOre: 1205000, text: 'timmar ej fakturerade' });
  });

  it('reads öre as the end of the amount', () => {
    expect(entriesOf(legacy(['3699 1771 1704 107 000,50 120 timmar']))?.[0]).toMatchObject({ amountOre: 10700050, text: '120 timmar' });
  });

  it('is not ambiguous when the cells arrive apart', () => {
    const lines = splitSourceLines(legacy([]).replace('Belopp Text \n', 'Belopp Text \n\n3699\t1771\t1704\t107 000 120\ttimmar ej fakturerade\n'));
    const report = parseReportLines(lines, { paragraphs: 'inferred', hyphens: 'extraction' });
    expect(report.projects[0]?.entries[0]).toMatchObject({ amountOre: 10700012000, text: 'timmar ej fakturerade' });
    expect(report.warnings).toBeUndefined();
  });
});

describe('a missing amount', () => {
  it('is named as missing when only a minus sign stands where it should be', () => {
    expect(() => parseReportText(legacy(['3699 1771 1704 - Ej fakturerat tom']), { fileName: 'r.txt' })).toThrow(
      'r.txt:21: Beloppet saknas: väntade ett belopp efter motpartsnr 1704, till exempel 107 000.',
    );
    // The money parser says the same to every other edge.
    expect(parseKronor('\u2212')).toStrictEqual({ ok: false, message: 'Beloppet saknas: det står bara ett minustecken.' });
  });
});

describe('lines after the table', () => {
  it('refuses a line after a paragraph break that is neither a row nor a heading, naming it', () => {
    const text = legacy(['3699 1771 1704 107 000 Ej fakturerat tom', '2016-04-30'], [' ', 'Kommentar: beloppet avser hela året']);
    expect(() => parseReportText(text, { fileName: 'r.txt' })).toThrow(
      'r.txt:27: Väntade en tabellrad, ”Projekt N: …” eller ”Delredovisning projekt N: …”, men raden är ”Kommentar: beloppet avser hela året”.',
    );
  });

  it('still continues a row on the lines before the break, and starts new rows after it', () => {
    const text = legacy(['3699 1771 1704 107 000 Ej fakturerat tom', '2016-04-30', ' ', '3699 1771 1704 -500 Rättelse']);
    expect(entriesOf(text)?.map((e) => e.text)).toStrictEqual(['Ej fakturerat tom 2016-04-30', 'Rättelse']);
  });

  it('skips the heading row a PDF repeats when the table goes on over a page', () => {
    const text = legacy(['3699 1771 1704 107 000 Ej fakturerat', ' ', 'Konto\tIKB\tNämndens motpartsnr\tBelopp\tText', ' ', '3699 1771 1704 500 Porto']);
    expect(entriesOf(text)?.map((e) => e.text)).toStrictEqual(['Ej fakturerat', 'Porto']);
  });
});
