// What committees write that the seed does not: written dates and a dash in the period line, a
// running head above the title, "kr" after amounts and in the header, total rows (checked against
// the entries), a table set with tabs in Word.
import { Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { ImportError, parseReportText, readReportFile } from '../src/documents/import/index.js';

const report = (period: string, table: string[], head: string[] = []) =>
  [...head, 'Redovisning ytterstadsprojekt', 'Tertialrapport', 'Nämnd: Farsta stadsdelsnämnd', period, ' ', 'Projekt 1: Fältassistenter', 'Konto IKB Nämndens motpartsnr Belopp (kr) Text', ...table, ' '].join('\n');
const row = '3699 1771 1736 12 500 kr Ej fakturerat tom 2016-04-30';

function refusalOf(action: () => unknown): ImportError {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('the period line', () => {
  it.each([
    ['Periodisering From 1 januari 2016 tom 30 april 2016'],
    ['Periodisering 2016-01-01 – 2016-04-30'],
    ['Periodisering fr.o.m. 1 jan 2016 t.o.m. 30 april 2016'],
  ])('reads "%s"', (period) => {
    expect(parseReportText(report(period, [row])).accrualPeriod).toStrictEqual({ from: '2016-01-01', to: '2016-04-30' });
  });

  it('refuses a written date that is no date, naming the line', () => {
    expect(refusalOf(() => parseReportText(report('Periodisering From 31 april 2016 tom 30 juni 2016', [row]), { fileName: 'r.txt' })).toString()).toBe(
      'r.txt:4: Periodiseringens datum kan inte läsas: ”2016-04-31” är inget datum: 2016-04 har inte dag 31.',
    );
  });
});

describe('the accrual table', () => {
  it('reads "kr" after an amount as its unit, not as the text', () => {
    expect(parseReportText(report('Periodisering From 2016-01-01 tom 2016-04-30', [row])).projects[0]?.entries).toStrictEqual([
      { account: '3699', ikb: '1771', counterparty: '1736', amountOre: 1250000, text: 'Ej fakturerat tom 2016-04-30' },
    ]);
  });

  it('takes a total that matches the entries as a check, not an entry', () => {
    const read = parseReportText(report('Periodisering From 2016-01-01 tom 2016-04-30', [row, '3699 1771 1736 -2 500 Korrigering', 'Summa 10 000 kr']));
    expect(read.projects[0]?.entries.map((e) => e.amountOre)).toStrictEqual([1250000, -250000]);
  });

  it('refuses a total that does not match, naming its line', () => {
    const text = report('Periodisering From 2016-01-01 tom 2016-04-30', [row, 'Summa 12 000']);
    expect(refusalOf(() => parseReportText(text, { fileName: 'r.txt' })).toString()).toBe(
      'r.txt:9: Summaraden anger 12 000 kr, men raderna ovanför summerar till 12 500 kr: något belopp är fel läst eller fel i originalet. Kontrollera beloppen.',
    );
  });
});

describe('a running head above the title', () => {
  it('is left out with a warning that names it', () => {
    const read = parseReportText(report('Periodisering From 2016-01-01 tom 2016-04-30', [row], ['Farsta stadsdelsförvaltning']));
    expect(read.title).toBe('Redovisning ytterstadsprojekt');
    expect(read.warnings).toContainEqual({
      code: 'page_head_skipped',
      message: 'Raden ”Farsta stadsdelsförvaltning” (rad 1) står före rapportens rubrik och lästes som sidhuvud; den är inte med i rapporten.',
      line: 1,
    });
  });
});

describe('a Word report whose table is set with tabs', () => {
  it('reads each tabbed paragraph as a row of cells', async () => {
    const tabbed = (cells: string[]) =>
      new Paragraph({ tabStops: [1, 2, 3.5, 5].map((cm) => ({ type: TabStopType.LEFT, position: cm * 567 })), children: [new TextRun(cells.join('\t'))] });
    const document = new Document({
      sections: [
        {
          children: [
            ...['Redovisning ytterstadsprojekt', 'Tertialrapport', 'Nämnd: Farsta stadsdelsnämnd', 'Periodisering 2016-01-01 – 2016-04-30', 'Projekt 1: Fältassistenter'].map(
              (text) => new Paragraph({ children: [new TextRun(text)] }),
            ),
            tabbed(['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp', 'Text']),
            tabbed(['3699', '1771', '1736', '107 000', '120 timmar ej fakturerade']),
            tabbed(['Summa', '', '', '107 000']),
          ],
        },
      ],
    });
    const read = await readReportFile(new Uint8Array(await Packer.toBuffer(document)), 'r.docx');
    expect(read.projects[0]?.entries).toStrictEqual([{ account: '3699', ikb: '1771', counterparty: '1736', amountOre: 10700000, text: '120 timmar ej fakturerade' }]);
  });
});
