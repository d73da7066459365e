import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors.js';
import { writeSie4, type SieFile, type SieTransaction } from '../export/sie.js';
import { readSie4, type SieDocument } from './sie-reader.js';
import { parseSieAmount } from './sie-syntax.js';

/** DESIGN.md §10's file, with å, ä and ö in every kind of text. */
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
          { account: '3699', objects: [{ dimension: 6, id: '1704-02' }, { dimension: 20, id: '1771' }], amountOre: -262683700, text: 'Ej fakturerat tom 2014-08-31' },
        ],
      },
      {
        series: 'A',
        number: 2,
        date: '2014-12-31',
        text: 'Återföring för Hässelby-Vällingby',
        transactions: [
          { account: '3699', objects: [{ dimension: 6, id: '1704-02' }], amountOre: 8341250, text: 'Återföring för Hässelby-Vällingby' },
          { account: '1790', objects: [], amountOre: -8341250 },
        ],
      },
    ],
  };
}

/** A file from lines given as bytes (one char each; write CP437's ä as \x84), CRLF after each. */
const sie = (...lines: string[]): Uint8Array => new Uint8Array(Buffer.from(lines.map((line) => `${line}\r\n`).join(''), 'latin1'));
const HEAD = ['#FLAGGA 0', '#PROGRAM "Redovisa" 0.1', '#FORMAT PC8', '#GEN 20150115', '#SIETYP 4', '#FNAMN "Stockholms stad"'];
const asBytes = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const fromBytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

function refusal(bytes: Uint8Array): AppError {
  try {
    readSie4(bytes, 'export.si');
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('readSie4 read the file');
}

/** The writer's data as the reader gives it back: the same, plus the line each voucher and row was on. */
function withoutLines(doc: SieDocument): unknown {
  return doc.vouchers.map(({ line: _line, transactions, ...voucher }) => ({
    ...voucher,
    transactions: transactions.map(({ line: _rowLine, ...row }) => row),
  }));
}

describe('readSie4', () => {
  it('reads back the file of DESIGN.md §10 as it was written, å, ä and ö included', () => {
    const file = designExample();
    const doc = readSie4(writeSie4(file), 'export.si');
    expect(doc).toMatchObject({
      flag: 0,
      format: 'PC8',
      sieType: 4,
      generated: { date: '2015-01-15' },
      program: { name: 'Redovisa', version: '0.1' },
      companyName: 'Stockholms stad',
      accounts: file.accounts,
      dimensions: file.dimensions,
      objects: file.objects,
      checksum: { ok: true },
      warnings: [],
    });
    expect(doc.checksum.declared).toBe(doc.checksum.computed);
    expect(withoutLines(doc)).toEqual(file.vouchers);
    expect(doc.objects[0]?.name).toBe('Lärandecenter');
    expect(doc.vouchers[1]?.transactions[0]).toEqual({
      account: '3699', objects: [{ dimension: 6, id: '1704-02' }], amountOre: 8341250, text: 'Återföring för Hässelby-Vällingby', line: 20,
    });
    expect(doc.vouchers[0]?.transactions[1]?.amountOre).toBe(-262683700);
  });

  it('decodes PC8: 0x84 is ä, 0x8F Å, 0x99 Ö, 0x86 å, 0x94 ö', () => {
    const doc = readSie4(sie(...HEAD, '#KONTO 3699 "\x99vriga int\x84kter"', '#OBJEKT 6 "1704-02" "\x8fterf\x94ring p\x86 L\x84randecenter"'));
    expect(doc.accounts).toEqual([{ number: '3699', name: 'Övriga intäkter' }]);
    expect(doc.objects[0]?.name).toBe('Återföring på Lärandecenter');
  });

  it('reads fields as SIE 4B lays them out: tabs, indentation, \\" in quotes, LF alone, unknown labels skipped', () => {
    const doc = readSie4(
      new Uint8Array(Buffer.from(
        [
          '#FLAGGA\t0', '#PROGRAM\t"Redovisa"\t0.1', '#FORMAT PC8', '#GEN 20150115 "Anna"', '#SIETYP 4', '#PROSA "Not read by us: skipped"',
          '#FNAMN "Stockholms \\"stad\\""', '#KONTO 1790 Kassa', '#VER A "" 20141231', '{',
          '\t#TRANS\t1790  {}   100 20141230 "Rad \\"ett\\"" 2.5', '\t#OKAND 1 2 3', '#TRANS 3699 {6 "1704-02"} -100.00 "" "" "" "Sign"', '}', '',
        ].join('\n'),
        'latin1',
      )),
    );
    expect(doc.companyName).toBe('Stockholms "stad"');
    expect(doc.generated).toEqual({ date: '2015-01-15', sign: 'Anna' });
    expect(doc.accounts).toEqual([{ number: '1790', name: 'Kassa' }]);
    expect(doc.vouchers).toEqual([
      {
        series: 'A', number: null, date: '2014-12-31', text: '', line: 9,
        transactions: [
          { account: '1790', objects: [], amountOre: 10000, date: '2014-12-30', text: 'Rad "ett"', quantity: '2.5', line: 11 },
          { account: '3699', objects: [{ dimension: 6, id: '1704-02' }], amountOre: -10000, line: 13 },
        ],
      },
    ]);
    expect(doc.checksum).toEqual({ declared: null, computed: null, ok: false });
  });

  it('reads amounts into öre by their digits', () => {
    expect(parseSieAmount('83412.50')).toEqual({ ok: true, value: 8341250 });
    expect(parseSieAmount('-2626837.00')).toEqual({ ok: true, value: -262683700 });
    expect(parseSieAmount('-0.5')).toEqual({ ok: true, value: -50 });
    expect(parseSieAmount('100')).toEqual({ ok: true, value: 10000 });
    expect(parseSieAmount('-0.00')).toEqual({ ok: true, value: 0 });
    expect(Object.is((parseSieAmount('-0.00') as { value: number }).value, -0)).toBe(false);
    expect(parseSieAmount('90071992547409.91')).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
    expect(parseSieAmount('90071992547409.92')).toEqual({ ok: false, message: 'Beloppet ”90071992547409.92” är för stort.' });
  });

  it('takes the #TRANS rows as the voucher when rows were added (#RTRANS) or removed (#BTRANS)', () => {
    const doc = readSie4(sie(
      ...HEAD, '#VER "A" "1" 20141231 "Rättad"', '{',
      '#TRANS 1790 {} 100.00', '#BTRANS 3699 {} -50.00', '#RTRANS 3699 {} -100.00', '#TRANS 3699 {} -100.00', '}',
    ));
    expect(doc.vouchers[0]?.transactions.map((row) => row.amountOre)).toEqual([10000, -10000]);
  });

  describe('the checksum', () => {
    it('is the CRC-32 of the records between the two #KSUMMA, checked against a sum made by hand', () => {
      const contents = '#PROGRAMRedovisa0.1#FORMATPC8#GEN20150115#SIETYP4#FNAMNMalm\x94 stad';
      const sum = crc32(Buffer.from(contents, 'latin1'));
      expect(sum).toBe(2538698718);
      const file = ['#FLAGGA 0', '#KSUMMA', '#PROGRAM "Redovisa" 0.1', '#FORMAT PC8', '#GEN 20150115', '#SIETYP 4', '#FNAMN "Malm\x94 stad"'];
      expect(readSie4(sie(...file, `#KSUMMA ${sum}`)).checksum).toEqual({ declared: 2538698718, computed: 2538698718, ok: true });
      // A program that prints the sum as a signed 32-bit int writes 2538698718 − 2^32.
      expect(readSie4(sie(...file, '#KSUMMA -1756268578')).checksum).toEqual({ declared: -1756268578, computed: 2538698718, ok: true });
    });

    it('refuses a file changed after it was written, even when its vouchers still balance', () => {
      const tampered = asBytes(writeSie4(designExample())).replaceAll('2626837.00', '2626873.00');
      expect(refusal(fromBytes(tampered)).message).toMatch(
        /^export\.si:23: Kontrollsumman stämmer inte \(filen anger \d+, innehållet ger \d+\): filen har ändrats eller skadats efter att den skrevs\.$/,
      );
    });

    it('leaves #FLAGGA outside the sum, so a ledger may mark the file as read', () => {
      const marked = asBytes(writeSie4(designExample())).replace('#FLAGGA 0', '#FLAGGA 1');
      expect(readSie4(fromBytes(marked)).flag).toBe(1);
    });

    it('refuses a file cut short before its closing #KSUMMA', () => {
      const cut = asBytes(writeSie4(designExample())).replace(/#KSUMMA \d+\r\n$/, '');
      expect(refusal(fromBytes(cut)).message).toBe('export.si:22: Filen slutar utan den avslutande #KSUMMA: den kan vara avkortad.');
    });

    it('refuses anything after the closing #KSUMMA', () => {
      const extended = `${asBytes(writeSie4(designExample()))}#KONTO 1510 "Kundfordringar"\r\n`;
      expect(refusal(fromBytes(extended)).message).toBe('export.si:24: Inget får följa efter den avslutande #KSUMMA (rad 23).');
    });
  });

  describe('refuses, naming the line and saying why', () => {
    const voucher = (...rows: string[]): string[] => ['#VER "A" "1" 20141231 "Periodisering"', '{', ...rows, '}'];
    const cases: [string, Uint8Array, string][] = [
      ['a file that does not start with #FLAGGA', sie(...HEAD.slice(1)), 'export.si:1: En SIE-fil ska börja med #FLAGGA; den här börjar med något annat.'],
      ['an empty file', sie(), 'export.si:1: Filen är tom: en SIE-fil börjar med #FLAGGA.'],
      ['a UTF-8 byte order mark', sie(`\xef\xbb\xbf${HEAD[0]}`, ...HEAD.slice(1)), 'export.si:1: Filen börjar med en UTF-8-markering (BOM): en SIE 4-fil skrivs i PC8 (CP437) och börjar med #FLAGGA.'],
      ['an amount with a decimal comma', sie(...HEAD, ...voucher('#TRANS 1790 {} 12,50', '#TRANS 3699 {} -12,50')), 'export.si:9: ”12,50” är inget belopp: SIE skriver belopp med siffror, minustecken och decimalpunkt (till exempel -2626837.00).'],
      ['an amount with three decimals', sie(...HEAD, ...voucher('#TRANS 1790 {} 1.005', '#TRANS 3699 {} -1.005')), 'export.si:9: Beloppet ”1.005” har fler än två decimaler.'],
      ['#TRANS outside a voucher', sie(...HEAD, '#TRANS 1790 {} 100.00'), 'export.si:7: #TRANS står utanför en verifikation (#VER … { … }).'],
      [
        'an unbalanced voucher',
        sie(...HEAD, ...voucher('#TRANS 1790 {} 2626837.50', '#TRANS 3699 {6 "1704-02"} -2626837.00')),
        'export.si:11: Verifikation A 1 (rad 7) balanserar inte: raderna summerar till 0,50 kr i stället för 0.',
      ],
      ['a date not in the calendar', sie(...HEAD, '#VER "A" "1" 20140231 "Periodisering"', '{', '}'), 'export.si:7: ”20140231” är inget datum: SIE skriver datum som ÅÅÅÅMMDD (till exempel 20141231).'],
      ['an ISO date', sie(...HEAD.slice(0, 3), '#GEN 2015-01-15', ...HEAD.slice(4)), 'export.si:4: ”2015-01-15” är inget datum: SIE skriver datum som ÅÅÅÅMMDD (till exempel 20141231).'],
      ['an unclosed {', sie(...HEAD, ...voucher('#TRANS 3699 {6 "1704-02" -100.00', '#TRANS 1790 {} 100.00')), 'export.si:9: En objektlista öppnas med { men stängs aldrig med } på samma rad.'],
      ['an unclosed quote', sie(...HEAD, '#KONTO 1790 "Upplupna'), 'export.si:7: Ett citattecken öppnar ett fält som aldrig stängs på raden.'],
      ['a #TRANS without its object list', sie(...HEAD, ...voucher('#TRANS 1790 100.00', '#TRANS 3699 -100.00')), 'export.si:9: #TRANS saknar objektlista: efter kontot ska {…} stå, tom om raden inte har några objekt.'],
      ['a #VER without {', sie(...HEAD, '#VER "A" "1" 20141231 "Periodisering"', '#TRANS 1790 {} 0.00'), 'export.si:8: Verifikationen på rad 7 ska följas av en rad med {.'],
      ['a voucher never closed', sie(...HEAD, '#VER "A" "1" 20141231 "Periodisering"', '{', '#TRANS 1790 {} 0.00'), 'export.si:9: Filen slutar mitt i verifikationen från rad 7: } saknas.'],
      ['a file of another SIE type', sie(...HEAD.slice(0, 4), '#SIETYP 2', ...HEAD.slice(5)), 'export.si:5: Filen är SIE typ 2; här läses SIE 4 (verifikationer).'],
      ['a file without #SIETYP (type 1 by the specification)', sie(...HEAD.slice(0, 4), ...HEAD.slice(5)), 'export.si:5: Filen saknar #SIETYP 4: utan den är en SIE-fil typ 1, som inte har några verifikationer.'],
      ['a character set other than PC8', sie(...HEAD.slice(0, 2), '#FORMAT UTF8', ...HEAD.slice(3)), 'export.si:3: #FORMAT är ”UTF8”, men SIE 4 skrivs i PC8 (CP437) och inget annat.'],
      ['a control character', sie(...HEAD, '#KONTO 1790 "Upp\x00lupna"'), 'export.si:7: Raden innehåller ett styrtecken (kod 0), som inte får stå i en SIE-fil.'],
      ['an account number that is not digits', sie(...HEAD, '#KONTO DIFF "Differens"'), 'export.si:7: ”DIFF” är inget kontonummer: SIE:s kontonummer är siffror.'],
      ['a quote inside a bare field', sie(...HEAD, '#KONTO 1288 F"rskott'), 'export.si:7: Ett citattecken står mitt i ett fält: fält med citattecken ska omges av citattecken.'],
      ['#FLAGGA twice', sie(...HEAD, '#FLAGGA 1'), 'export.si:7: #FLAGGA förekommer mer än en gång.'],
      ['a known label in lower case', sie(...HEAD, ...voucher('#TRANS 1790 {} 100.00', '#trans 3699 {} -100.00')), 'export.si:10: Etiketten #trans ska skrivas med versaler: #TRANS.'],
      [
        'a row on two objects of one dimension',
        sie(...HEAD, ...voucher('#TRANS 3699 {6 "1704-02" 6 "1708-02"} -100.00', '#TRANS 1790 {} 100.00')),
        'export.si:9: Objektlistan har dimension 6 två gånger; en rad hör till ett objekt per dimension.',
      ],
    ];
    it.each(cases)('%s', (_name, bytes, message) => {
      const error = refusal(bytes);
      expect(error.code).toBe('unreadable_document');
      expect(error.message).toBe(message);
    });
  });

  it('reads objects it cannot find defined, with a warning for each that names the line', () => {
    const doc = readSie4(
      sie(...HEAD, '#OBJEKT 6 "1704-02" "Lärandecenter"', '#VER "A" "1" 20141231 "Periodisering"', '{',
        '#TRANS 1790 {6 "1704-02" 20 "1771"} 100.00', '#TRANS 3699 {6 "1708-02" 20 "1771"} -100.00', '}'),
      'export.si',
    );
    expect(doc.vouchers[0]?.transactions[1]?.objects).toEqual([{ dimension: 6, id: '1708-02' }, { dimension: 20, id: '1771' }]);
    expect(doc.warnings).toEqual([
      'export.si:10: Dimension 20 används men definieras inte med #DIM.',
      'export.si:10: Objekt 1771 i dimension 20 används men definieras inte med #OBJEKT.',
      'export.si:11: Objekt 1708-02 i dimension 6 används men definieras inte med #OBJEKT.',
    ]);
  });

  it('warns when a file that says PC8 reads as UTF-8', () => {
    const doc = readSie4(new Uint8Array(Buffer.from([...HEAD, '#KONTO 3699 "Övriga intäkter"'].join('\r\n'), 'utf8')), 'export.si');
    expect(doc.accounts[0]?.name).toBe('├ûvriga int├ñkter');
    expect(doc.warnings).toEqual([
      'export.si:7: Filen ser ut att vara skriven i UTF-8, inte i PC8 (CP437) som SIE 4 kräver: å, ä och ö i namn och texter kan ha blivit andra tecken. Kontrollera texterna.',
    ]);
  });

  it('reads back exactly any balanced set of vouchers the writer writes', () => {
    const char = fc.constantFrom('a', 'Z', '0', ' ', '-', '"', '\\', '{', '}', '#', 'å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'é', 'ü', '½');
    const text = fc.string({ unit: char, maxLength: 12 }).filter((value) => !value.endsWith('\\'));
    const filled = text.filter((value) => value !== '');
    const catalogue = fc.record({
      accounts: fc.uniqueArray(fc.stringMatching(/^\d{4}$/), { minLength: 1, maxLength: 5 }),
      objects: fc.uniqueArray(fc.record({ dimension: fc.constantFrom(6, 20, 21), id: filled }), {
        maxLength: 6,
        selector: (object) => `${object.dimension} ${object.id}`,
      }),
    });
    const files: fc.Arbitrary<SieFile> = catalogue.chain(({ accounts, objects }) => {
      const row: fc.Arbitrary<SieTransaction> = fc.record({
        account: fc.constantFrom(...accounts),
        // One object per dimension: a row belongs to one project.
        objects: fc.subarray(objects).map((refs) => refs.filter((ref, index) => refs.findIndex((other) => other.dimension === ref.dimension) === index)),
        amountOre: fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        text: fc.option(filled, { nil: undefined }),
      });
      const voucher = fc.record({
        series: text,
        number: fc.nat({ max: 1_000_000 }),
        date: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
        text,
        transactions: fc.tuple(row, fc.array(row, { maxLength: 4 })).map(([first, rest]): SieTransaction[] => {
          const rows = [first, ...rest];
          const balance = rows.reduce((sum, value) => sum + value.amountOre, 0);
          // A last row on the first row's account balances the voucher (|| 0: SIE has no -0).
          return [...rows, { account: first.account, objects: first.objects, amountOre: -balance || 0 }];
        }),
      });
      return fc.record({
        program: fc.record({ name: text, version: text }),
        generatedOn: fc.constant('2015-01-15'),
        companyName: text,
        accounts: fc.constant(accounts.map((number) => ({ number, name: `Konto ${number}` }))),
        dimensions: fc.constant<SieFile['dimensions']>([{ number: 20, name: 'Motpart' }, { number: 21, name: 'Övrigt' }]),
        objects: fc.constant(objects.map((object) => ({ ...object, name: `Objekt ${object.id}` }))),
        vouchers: fc.array(voucher, { maxLength: 4 }),
      });
    });

    fc.assert(
      fc.property(files, (file) => {
        const doc = readSie4(writeSie4(file), 'export.si');
        expect(withoutLines(doc)).toEqual(file.vouchers);
        expect(doc).toMatchObject({
          program: file.program, companyName: file.companyName, accounts: file.accounts, dimensions: file.dimensions, objects: file.objects,
          warnings: [], checksum: { ok: true },
        });
      }),
      { numRuns: 300 },
    );
  });
});

