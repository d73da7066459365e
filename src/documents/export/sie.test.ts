import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.js';
import { formatSieAmount, writeSie4, type SieFile, type SieVoucher } from './sie.js';

/** The file of DESIGN.md §10, as Redovisa's data. */
function designExample(): SieFile {
  return {
    program: { name: 'Redovisa', version: '0.1' },
    generatedOn: '2015-01-15',
    companyName: 'Stockholms stad',
    accounts: [
      { number: '1790', name: 'Upplupna intäkter' },
      { number: '3699', name: 'Övriga intäkter' },
    ],
    dimensions: [{ number: 20, name: 'Motpart' }],
    objects: [
      { dimension: 6, id: '1704-02', name: 'Lärandecenter' },
      { dimension: 20, id: '1771', name: 'Kommunstyrelsen' },
    ],
    vouchers: [
      {
        series: 'A',
        number: 1,
        date: '2014-12-31',
        text: 'Periodisering 2014-VB Hässelby-Vällingby stadsdelsnämnd',
        transactions: [
          { account: '1790', objects: [], amountOre: 262683700 },
          {
            account: '3699',
            objects: [{ dimension: 6, id: '1704-02' }, { dimension: 20, id: '1771' }],
            amountOre: -262683700,
            text: 'Ej fakturerat tom 2014-08-31',
          },
        ],
      },
    ],
  };
}

/** The bytes as one char each: CP437's å, ä, ö … show as \x escapes, so the golden is byte-exact. */
const asBytes = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

const withVoucher = (voucher: Partial<SieVoucher>): SieFile => {
  const file = designExample();
  const first = file.vouchers[0];
  if (!first) throw new Error('the example has a voucher');
  return { ...file, vouchers: [{ ...first, ...voucher }] };
};

function refusal(file: SieFile): AppError {
  try {
    writeSie4(file);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('writeSie4 wrote the file');
}

describe('writeSie4', () => {
  it('writes the file of DESIGN.md §10, byte for byte, with its checksum', () => {
    expect(asBytes(writeSie4(designExample()))).toBe(
      '#FLAGGA 0\r\n' +
        '#KSUMMA\r\n' +
        '#PROGRAM "Redovisa" 0.1\r\n' +
        '#FORMAT PC8\r\n' +
        '#GEN 20150115\r\n' +
        '#SIETYP 4\r\n' +
        '#FNAMN "Stockholms stad"\r\n' +
        '#KONTO 1790 "Upplupna int\x84kter"\r\n' +
        '#KONTO 3699 "\x99vriga int\x84kter"\r\n' +
        '#DIM 20 "Motpart"\r\n' +
        '#OBJEKT 6 "1704-02" "L\x84randecenter"\r\n' +
        '#OBJEKT 20 "1771" "Kommunstyrelsen"\r\n' +
        '#VER "A" "1" 20141231 "Periodisering 2014-VB H\x84sselby-V\x84llingby stadsdelsn\x84mnd"\r\n' +
        '{\r\n' +
        '#TRANS 1790 {} 2626837.00\r\n' +
        '#TRANS 3699 {6 "1704-02" 20 "1771"} -2626837.00 "" "Ej fakturerat tom 2014-08-31"\r\n' +
        '}\r\n' +
        '#KSUMMA 1803447964\r\n',
    );
  });

  it('sums, for #KSUMMA, each record between the two #KSUMMA as label and field contents, no spaces, quotes or braces', () => {
    // Listed by hand from the file above, in CP437 (0x84 = ä, 0x99 = Ö); #FLAGGA and the braces are not in it.
    const contents =
      '#PROGRAMRedovisa0.1' +
      '#FORMATPC8' +
      '#GEN20150115' +
      '#SIETYP4' +
      '#FNAMNStockholms stad' +
      '#KONTO1790Upplupna int\x84kter' +
      '#KONTO3699\x99vriga int\x84kter' +
      '#DIM20Motpart' +
      '#OBJEKT61704-02L\x84randecenter' +
      '#OBJEKT201771Kommunstyrelsen' +
      '#VERA120141231Periodisering 2014-VB H\x84sselby-V\x84llingby stadsdelsn\x84mnd' +
      '#TRANS17902626837.00' +
      '#TRANS369961704-02201771-2626837.00Ej fakturerat tom 2014-08-31';
    const byHand = crc32(Buffer.from(contents, 'latin1'));
    expect(byHand).toBe(1803447964);
    expect(asBytes(writeSie4(designExample()))).toContain(`\r\n#KSUMMA ${byHand}\r\n`);
  });

  it('writes a small file exactly, its checksum above 2^31 as an unsigned number', () => {
    const file: SieFile = { ...designExample(), companyName: 'Malmö stad', accounts: [], dimensions: [], objects: [], vouchers: [] };
    const contents = '#PROGRAMRedovisa0.1#FORMATPC8#GEN20150115#SIETYP4#FNAMNMalm\x94 stad';
    expect(crc32(Buffer.from(contents, 'latin1'))).toBe(2538698718);
    expect(asBytes(writeSie4(file))).toBe(
      '#FLAGGA 0\r\n#KSUMMA\r\n#PROGRAM "Redovisa" 0.1\r\n#FORMAT PC8\r\n#GEN 20150115\r\n#SIETYP 4\r\n#FNAMN "Malm\x94 stad"\r\n#KSUMMA 2538698718\r\n',
    );
  });

  it('writes å, ä, ö and their capitals as the CP437 bytes of PC8', () => {
    const bytes = writeSie4({ ...designExample(), companyName: 'åäöÅÄÖé' });
    const at = asBytes(bytes).indexOf('#FNAMN "') + '#FNAMN "'.length;
    expect([...bytes.subarray(at, at + 7)]).toEqual([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x82]);
  });

  it('writes öre amounts with a decimal point and two decimals, from integers alone', () => {
    expect(formatSieAmount(8341250)).toBe('83412.50');
    expect(formatSieAmount(-262683700)).toBe('-2626837.00');
    expect(formatSieAmount(-50)).toBe('-0.50');
    expect(formatSieAmount(5)).toBe('0.05');
    expect(formatSieAmount(0)).toBe('0.00');
    expect(formatSieAmount(Number.MAX_SAFE_INTEGER)).toBe('90071992547409.91');
    expect(() => formatSieAmount(0.5)).toThrow(RangeError);

    const file = withVoucher({
      transactions: [
        { account: '1790', objects: [], amountOre: 8341250 },
        { account: '3699', objects: [], amountOre: -8341250 },
      ],
    });
    expect(asBytes(writeSie4(file))).toContain('#TRANS 1790 {} 83412.50\r\n#TRANS 3699 {} -83412.50\r\n');
  });

  it('writes a quote inside a text as \\" and keeps the caller’s order of vouchers and rows', () => {
    const first = designExample().vouchers[0];
    if (!first) throw new Error('the example has a voucher');
    const file: SieFile = {
      ...designExample(),
      vouchers: [
        { ...first, number: 9, text: 'Projektet "Lärandecenter"' },
        { ...first, number: 2, transactions: [...first.transactions].reverse() },
      ],
    };
    const text = asBytes(writeSie4(file));
    expect(text).toContain('#VER "A" "9" 20141231 "Projektet \\"L\x84randecenter\\""\r\n');
    expect(text.indexOf('#VER "A" "9"')).toBeLessThan(text.indexOf('#VER "A" "2"'));
    expect(text).toContain('#VER "A" "2" 20141231 "Periodisering 2014-VB H\x84sselby-V\x84llingby stadsdelsn\x84mnd"\r\n{\r\n#TRANS 3699');
  });

  describe('refuses what SIE cannot carry exactly, saying why in Swedish', () => {
    const cases: [string, SieFile, string][] = [
      [
        'an unbalanced voucher',
        withVoucher({
          transactions: [
            { account: '1790', objects: [], amountOre: 262683750 },
            { account: '3699', objects: [], amountOre: -262683700 },
          ],
        }),
        'Verifikation A 1 balanserar inte: raderna summerar till 0,50 kr i stället för 0.',
      ],
      ['a voucher without rows', withVoucher({ transactions: [] }), 'Verifikation A 1 har inga rader: en verifikation utan rader bokför ingenting.'],
      [
        'a character CP437 lacks (iconv-lite would write "?")',
        withVoucher({ text: 'Periodisering 5 000 €' }),
        'Verifikation A 1: texten innehåller tecknet "€" (U+20AC), som inte finns i teckentabellen PC8 (CP437) som SIE 4 skrivs i.',
      ],
      [
        'the minus sign Intl writes',
        { ...designExample(), companyName: 'Stad \u2212 förvaltning' },
        'Företagsnamnet innehåller tecknet "\u2212" (U+2212), som inte finns i teckentabellen PC8 (CP437) som SIE 4 skrivs i.',
      ],
      [
        'a line break',
        withVoucher({ text: 'Två\nrader' }),
        'Verifikation A 1: texten innehåller ett styrtecken (U+000A, till exempel en radbrytning eller tabb), som en SIE-post inte kan bära.',
      ],
      [
        'a backslash before the closing quote',
        withVoucher({ text: 'C:\\' }),
        'Verifikation A 1: texten slutar med ett bakstreck (\\), som SIE skulle läsa som ett citattecken.',
      ],
      [
        'a row on an account without #KONTO',
        withVoucher({ transactions: [{ account: '1510', objects: [], amountOre: 0 }] }),
        'Verifikation A 1, rad 1: konto 1510 saknas i kontolistan (#KONTO).',
      ],
      [
        'an account number that is not digits',
        { ...designExample(), accounts: [{ number: '17 90', name: 'Upplupna intäkter' }] },
        'Kontot "17 90" är inget kontonummer: SIE:s kontonummer är siffror.',
      ],
      [
        'an object without #OBJEKT',
        withVoucher({
          transactions: [
            { account: '1790', objects: [{ dimension: 6, id: '1708-02' }], amountOre: 100 },
            { account: '3699', objects: [], amountOre: -100 },
          ],
        }),
        'Verifikation A 1, rad 1: objekt 1708-02 i dimension 6 saknas i objektlistan (#OBJEKT).',
      ],
      [
        'an object in a dimension from 20 without #DIM',
        { ...designExample(), dimensions: [] },
        'Objekt 1771 i dimension 20: dimension 20 saknas i dimensionslistan (#DIM).',
      ],
      [
        'a #DIM for dimension 6, which SIE defines',
        { ...designExample(), dimensions: [{ number: 6, name: 'Projekt' }] },
        'Dimension 6 kan inte deklareras: dimensionerna 1–19 bestäms av SIE (6 är projekt), egna börjar på 20.',
      ],
      [
        'a fraction of an öre',
        withVoucher({
          transactions: [
            { account: '1790', objects: [], amountOre: 0.5 },
            { account: '3699', objects: [], amountOre: -0.5 },
          ],
        }),
        'Verifikation A 1, rad 1: beloppet 0.5 är inget helt antal öre.',
      ],
      [
        'a row on two objects of one dimension',
        withVoucher({
          transactions: [
            { account: '3699', objects: [{ dimension: 6, id: '1704-02' }, { dimension: 6, id: '1704-02' }], amountOre: -100 },
            { account: '1790', objects: [], amountOre: 100 },
          ],
        }),
        'Verifikation A 1, rad 1: dimension 6 står två gånger i objektlistan; en rad hör till ett objekt per dimension.',
      ],
      ['a date that is not in the calendar', withVoucher({ date: '2014-02-30' }), 'Verifikation A 1: "2014-02-30" är inget datum (ÅÅÅÅ-MM-DD).'],
      [
        'an account listed twice',
        { ...designExample(), accounts: [...designExample().accounts, { number: '1790', name: 'Annat namn' }] },
        'Kontot 1790 finns två gånger i kontolistan.',
      ],
    ];
    it.each(cases)('%s', (_name, file, message) => {
      const error = refusal(file);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe(message);
    });
  });
});
