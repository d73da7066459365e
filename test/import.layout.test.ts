// What committees write that the seed does not: written dates and a dash in the period line, a
// running head above the title, "kr" after amounts and in the header, total rows (checked against
// the entries), a table set with tabs in Word.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TabStopType, TextRun } from 'docx';
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

  it('reads a period line wrapped inside a date, after its hyphen', () => {
    expect(parseReportText(report('Periodisering From 2016-01-01 tom 2016-\n04-30', [row])).accrualPeriod).toStrictEqual({ from: '2016-01-01', to: '2016-04-30' });
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

describe('amounts written otherwise than in kronor and öre', () => {
  const period = 'Periodisering From 2016-01-01 tom 2016-04-30';
  it('reads whole kronor written "1 250 000:-" or "1 250,-", as text and in cells', () => {
    for (const table of [['3699 1771 1736 1 250 000:- Ej fakturerat'], ['3699\t1771\t1736\t1 250 000,-\tEj fakturerat'], ['3699\t1771\t1736\t-1 250 000:-\tEj fakturerat']]) {
      expect(Math.abs(parseReportText(report(period, table)).projects[0]?.entries[0]?.amountOre ?? 0)).toBe(125000000);
    }
  });

  it('refuses a decimal point and thousands or millions of kronor, in the row or the header, naming the line', () => {
    const refused = (table: string[]) => refusalOf(() => parseReportText(report(period, table), { fileName: 'r.txt' })).toString();
    // Read word by word, the first groups alone would be the amount ("1 250 000.50": 1 250 kr).
    expect(refused(['3699 1771 1736 1 250 000.50 Ej fakturerat'])).toBe(
      'r.txt:8: Beloppet ”1 250 000.50” kan inte läsas: använd mellanslag mellan tusental och komma före ören (till exempel 1 234,50).',
    );
    expect(refused(['3699 1771 1736 1 250 tkr Ej fakturerat'])).toBe(
      'r.txt:8: Beloppet ”1 250 tkr” anges i tkr och inte i kronor: skriv beloppet i kronor och ören, till exempel 1 250 000 för 1 250 tkr.',
    );
    expect(refused(['3699\t1771\t1736\t1,5 mkr\tEj fakturerat'])).toMatch(/^r\.txt:8: Beloppet ”1,5 mkr” anges i mkr och inte i kronor/u);
    // A sign after the amount, digits grouped otherwise: the amount, refused, never "1" and a text "250- …".
    expect(refused(['3699 1771 1736 1 250- Ej fakturerat'])).toBe('r.txt:8: Beloppet ”1 250-” kan inte läsas: tecknet ”-” är ingen siffra.');
    expect(refused(['3699 1771 1736 1 25 000 Ej fakturerat'])).toBe('r.txt:8: Beloppet ”1 25 000” kan inte läsas: siffrorna ska grupperas tre och tre (till exempel 1 234 567).');
    // A text may still begin with a number of what it counts.
    expect(parseReportText(report(period, ['3699 1771 1736 5 000 12 timmar ej fakturerade'])).projects[0]?.entries[0]).toMatchObject({ amountOre: 500000, text: '12 timmar ej fakturerade' });
    // A header that names another unit is never the project's name, its amounts never kronor.
    const header = (text: string) =>
      refusalOf(() => parseReportText(report(period, ['3699 1771 1736 1 250 Ej fakturerat']).replace('Konto IKB Nämndens motpartsnr Belopp (kr) Text', text), { fileName: 'r.txt' })).toString();
    expect(header('Konto IKB Nämndens motpartsnr Belopp (tkr) Text')).toBe(
      'r.txt:7: Tabellens belopp anges i tkr (rubrikraden ”Konto IKB Nämndens motpartsnr Belopp (tkr) Text”), det vill säga i tusental kronor; Redovisa läser belopp i kronor. Skriv beloppen i kronor och ören och rubriken ”Belopp”.',
    );
    expect(header('Konto\tIKB\tMotpart\tTkr\tText')).toMatch(/^r\.txt:7: Tabellens belopp anges i Tkr/u);
    // Other names of thousands and millions, in any case.
    expect(header('Konto IKB Nämndens motpartsnr Belopp (KSEK) Text')).toMatch(/^r\.txt:7: Tabellens belopp anges i KSEK \(rubrikraden .*\), det vill säga i tusental kronor;/u);
    expect(header('Konto IKB Nämndens motpartsnr Belopp (MSEK) Text')).toMatch(/^r\.txt:7: Tabellens belopp anges i MSEK .*, det vill säga i miljoner kronor;/u);
    for (const unit of ['tSEK', 'T SEK', 'Mkr', 'MNKR', '1000-tal kr', '1 000-tal kronor', '’000 kr', "'000 kr", 'kr × 1 000', 'kr x 1000']) {
      expect(header(`Konto IKB Nämndens motpartsnr Belopp (${unit}) Text`)).toContain(`r.txt:7: Tabellens belopp anges i ${unit} (rubrikraden`);
    }
    expect(refused(['3699 1771 1736 1 250 KSEK Ej fakturerat'])).toMatch(/^r\.txt:8: Beloppet ”1 250 KSEK” anges i KSEK och inte i kronor/u);
    expect(header('Konto\tIKB\tMotpart\tSumma\tText')).toMatch(/^r\.txt:7: Tabellens rubrikrad kan inte läsas/u);
  });

  it('refuses a Word table whose header gives the amounts in tkr', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const document = new Document({
      sections: [
        {
          children: [
            ...['Redovisning ytterstadsprojekt', 'Tertialrapport', 'Nämnd: Farsta stadsdelsnämnd', period, 'Projekt 1: Fältassistenter'].map((text) => new Paragraph(text)),
            new Table({
              rows: [
                new TableRow({ children: ['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp (tkr)', 'Text'].map(cell) }),
                new TableRow({ children: ['3699', '1771', '1736', '1 250', 'Ej fakturerat'].map(cell) }),
              ],
            }),
          ],
        },
      ],
    });
    await expect(readReportFile(new Uint8Array(await Packer.toBuffer(document)), 'r.docx')).rejects.toThrow(/Tabellens belopp anges i tkr/u);
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

describe('a narrative heading', () => {
  const narrative = (heading: string) =>
    `${report('Periodisering From 2016-01-01 tom 2016-04-30', [row])}\n${heading}\n\nUnder perioden har verksamheten pågått.\n`;
  it.each([
    ['Delredovisning projekt 1: Läxhjälp i Farsta'],
    ['Delredovisning projekt 1 – Läxhjälp i Farsta'],
    ['Delredovisning projekt 1 - Läxhjälp i Farsta'],
    ['Delredovisning projekt 1. Läxhjälp i Farsta'],
    ['Delredovisning projekt 1 –\nLäxhjälp i Farsta'],
  ])('takes the title after a colon, a dash or a full stop: %j', (heading) => {
    expect(parseReportText(narrative(heading)).projects[0]?.narrative?.title).toBe('Läxhjälp i Farsta');
  });
});
