// The central side's booked-entries file (DESIGN.md §10): every accepted form read exactly, every
// refusal with its file, line and column in Swedish.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readBookedCsv } from '../src/documents/import/booked-entries.js';
import { AppError } from '../src/domain/errors.js';
import { reconcile } from '../src/domain/reconciliation.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/booked');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readBookedCsv(utf8(text), 'bokfört.csv');
const amounts = (text: string) => read(text).entries.map((e) => e.amountOre);
const HEADER_HINT = 'Första raden ska namnge kolumnerna Motpart, Projekt och Belopp (Text, Datum, Konto och IKB får finnas), åtskilda med semikolon (;) eller komma (,).';

/** The message of the refusal, after checking it is an AppError with the document code. */
function refusal(input: string | Uint8Array, fileName = 'bokfört.csv'): string {
  try {
    readBookedCsv(typeof input === 'string' ? utf8(input) : input, fileName);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('unreadable_document');
    return (error as AppError).message;
  }
  throw new Error('readBookedCsv accepted the file');
}

describe('readBookedCsv: the fixtures', () => {
  it('reads UTF-8 with semicolons, Swedish amounts and every known column', () => {
    expect(readBookedCsv(fixture('utf8-semikolon.csv'), 'utf8-semikolon.csv')).toEqual({
      entries: [
        { counterparty: '1704', project: '1704-02', amountOre: 262683700, text: 'Periodisering Hässelby-Vällingby', line: 2, date: '2014-12-31', account: '3699', ikb: '1771' },
        { counterparty: '1708', project: '1708-02', amountOre: 8341250, text: 'Lärandecenter, del 2', line: 3, date: '2014-12-31', account: '3699', ikb: '1771' },
        { counterparty: '1708', project: '1708-02', amountOre: -120000, text: 'Rättelse', line: 5 },
        { counterparty: '1771', project: '1771-01', amountOre: 1, text: 'Ett öre', line: 6, date: '2014-12-31' },
      ],
      warnings: [],
    });
  });

  it('reads UTF-8 with a BOM, commas, CRLF and quoted decimal commas; a formula is only text', () => {
    expect(readBookedCsv(fixture('utf8-bom-komma.csv'), 'utf8-bom-komma.csv')).toEqual({
      entries: [
        { counterparty: '1704', project: '1704-02', amountOre: 262683700, text: 'Periodisering Hässelby-Vällingby', line: 2 },
        { counterparty: '1708', project: '1708-02', amountOre: 8341250, text: 'Text med "citat", och komma', line: 3 },
        { counterparty: '1708', project: '1708-03', amountOre: 262683701, text: '=HYPERLINK("https://example.org","klicka")', line: 4 },
      ],
      warnings: [{ line: 4, message: 'Beloppen skrivs med decimalkomma (rad 2) och med decimalpunkt (rad 4): kontrollera att filen kommer från ett och samma system.' }],
    });
  });

  it('reads Windows-1252 with decimal points and upper-case names, and says which column it left out', () => {
    const bytes = fixture('windows-1252-punkt.csv');
    expect(bytes.includes(0xe4)).toBe(true); // ä as one Windows-1252 byte: the fixture is not UTF-8
    expect(readBookedCsv(bytes, 'windows-1252-punkt.csv')).toEqual({
      entries: [
        { counterparty: '1704', project: '1704-02', amountOre: 262683700, text: 'Periodisering Hässelby-Vällingby', line: 2 },
        { counterparty: '1704', project: '1704-02', amountOre: -50, text: 'Öresavrundning', line: 3 },
      ],
      warnings: [{ line: 1, message: 'Kolumnen ”Verifikation” känns inte igen och lästes inte.' }],
    });
  });
});

describe('readBookedCsv: encodings and separators', () => {
  it('reads Hässelby the same from UTF-8 and from Windows-1252', () => {
    const text = 'Motpart;Projekt;Belopp;Text\r\n1704;1704-02;1;Hässelby-Vällingby ÅÄÖ åäö é\r\n';
    const fromUtf8 = readBookedCsv(utf8(text), 'a.csv').entries[0]?.text;
    const fromWindows = readBookedCsv(iconv.encode(text, 'windows-1252'), 'b.csv').entries[0]?.text;
    expect(fromUtf8).toBe('Hässelby-Vällingby ÅÄÖ åäö é');
    expect(fromWindows).toBe('Hässelby-Vällingby ÅÄÖ åäö é');
  });

  it('detects the separator from the header, even when the header also holds the other one in quotes', () => {
    expect(read('Motpart,Projekt,Belopp,"Text; fri"\n1704,1704-02,12.50,a;b\n')).toEqual({
      entries: [{ counterparty: '1704', project: '1704-02', amountOre: 1250, text: '', line: 2 }],
      warnings: [{ line: 1, message: 'Kolumnen ”Text; fri” känns inte igen och lästes inte.' }],
    });
    expect(read('Motpart;Projekt;Belopp;"Text, fri"\n1704;1704-02;12,50;a,b\n')).toEqual({
      entries: [{ counterparty: '1704', project: '1704-02', amountOre: 1250, text: '', line: 2 }],
      warnings: [{ line: 1, message: 'Kolumnen ”Text, fri” känns inte igen och lästes inte.' }],
    });
  });

  it('reads quoted fields: separators, doubled quotes, a line break, spaces around the quotes', () => {
    const result = read('Motpart;Projekt;Belopp;Text\n"1704"; "1704-02" ;"1 200,50";"rad ett\nrad två; ""citat"""\n1708;1708-02;1;sist\n');
    expect(result.entries).toEqual([
      { counterparty: '1704', project: '1704-02', amountOre: 120050, text: 'rad ett\nrad två; "citat"', line: 2 },
      { counterparty: '1708', project: '1708-02', amountOre: 100, text: 'sist', line: 4 },
    ]);
  });

  it('skips empty lines and the blank rows of a spreadsheet, and keeps counting lines', () => {
    const result = read('\n;;;\nMotpart;Projekt;Belopp\r\n\r\n;;\r\n  ;  ;  \r\n1704;1704-02;5\r\n,,\r\n1708;1708-02;6\r\n');
    expect(result.entries.map((e) => [e.line, e.amountOre])).toEqual([[7, 500], [9, 600]]);
  });

  it('takes a column it does not know, and a nameless one, without reading them, and says so', () => {
    const result = read('Motpart;Verifikation;Projekt;Belopp;Serie;\n1704;V1;1704-02;1;A;\n1704;V2;1704-02;2;A;x\n1704;V3;1704-02;3;A;y\n');
    expect(result.entries.map((e) => e.amountOre)).toEqual([100, 200, 300]);
    expect(result.warnings).toEqual([
      { line: 1, message: 'Kolumnerna ”Verifikation”, ”Serie” känns inte igen och lästes inte.' },
      { line: 3, message: 'Kolumn 6 saknar namn i rubrikraden, så dess innehåll lästes inte.' },
    ]);
  });

  it('reads a header alone as no entries, with a warning', () => {
    expect(read('Motpart;Projekt;Belopp\n\n')).toEqual({
      entries: [],
      warnings: [{ line: 1, message: 'Filen har inga bokförda poster, bara rubrikraden.' }],
    });
  });
});

describe('readBookedCsv: amounts', () => {
  const file = (amount: string) => `Motpart;Projekt;Belopp\n1704;1704-02;${amount}\n`;

  it.each([
    ['2 626 837,00', 262683700],
    ['2\u00a0626\u00a0837,00', 262683700],
    ['2\u202f626\u202f837,00', 262683700],
    ['2\u2009626\u2009837,00', 262683700],
    ['\u00a083 412,50\u00a0', 8341250],
    ['-1 200', -120000],
    ['\u22121 200', -120000],
    ['\u20131 200', -120000],
    ['83 412,5', 8341250],
    ['2626837.00', 262683700],
    ['2 626 837.00', 262683700],
    ['-0.50', -50],
    ['0.5', 50],
    ['-0', 0],
    ['10 000 000 000', 1_000_000_000_000],
  ])('reads %j as %i öre', (amount, ore) => {
    expect(amounts(file(amount))).toEqual([ore]);
  });

  it('keeps a one-öre difference exactly, through to the reconciliation', () => {
    const booked = read('Motpart;Projekt;Belopp\n1704;1704-02;2 626 836,99\n1708;1708-02;83412.49\n1708;1708-02;0.01\n').entries;
    expect(booked.map((e) => e.amountOre)).toEqual([262683699, 8341249, 1]);
    const result = reconcile({
      round: '2014-VB', closingDate: '2014-12-31', booked,
      reported: [{ counterparty: '1704', project: '1704-02', amountOre: 262683700 }, { counterparty: '1708', project: '1708-02', amountOre: 8341250 }],
    });
    expect(result.lines.map((l) => [l.project, l.differenceOre, l.status])).toEqual([['1704-02', 1, 'differs'], ['1708-02', 0, 'matched']]);
  });

  it.each([
    ['1.234', '”1.234” är inget belopp som kan läsas säkert: med decimalpunkt skrivs en eller två siffror efter punkten (till exempel 1234.50), och punkt som tusentalsavgränsare läses inte.'],
    ['1.234.567', '”1.234.567” är inget belopp som kan läsas säkert: med decimalpunkt skrivs en eller två siffror efter punkten (till exempel 1234.50), och punkt som tusentalsavgränsare läses inte.'],
    ['.50', '”.50” är inget belopp som kan läsas säkert: med decimalpunkt skrivs en eller två siffror efter punkten (till exempel 1234.50), och punkt som tusentalsavgränsare läses inte.'],
    ['1.234,50', '”1.234,50” har både punkt och komma, så det går inte att veta vilket som skiljer ören från kronor: skriv 1 234,50 eller 1234.50.'],
    ['1,234.50', '”1,234.50” har både punkt och komma, så det går inte att veta vilket som skiljer ören från kronor: skriv 1 234,50 eller 1234.50.'],
    ['1,234', '”1,234” är inget belopp: ören skrivs med en eller två siffror efter kommat.'],
    ['12 34,50', '”12 34,50” är inget belopp: siffrorna ska grupperas tre och tre (till exempel 1 234 567).'],
    ['=1+1', '”=1+1” är inget belopp: tecknet ”=” är ingen siffra.'],
    ['', 'Beloppet är tomt.'],
    ['10 000 000 000,01', '”10 000 000 000,01” är större än en post får vara: högst 10 000 000 000 kr, plus eller minus.'],
    ['-99999999999.99', '”-99999999999.99” är större än en post får vara: högst 10 000 000 000 kr, plus eller minus.'],
    ['99999999999999999999.00', '”99999999999999999999.00” är ett för stort belopp.'],
  ])('refuses %j on its line, naming the column', (amount, reason) => {
    expect(refusal(file(amount))).toBe(`bokfört.csv:2: Kolumnen ”Belopp”: ${reason}`);
  });

  it('warns once when a file mixes decimal commas and points', () => {
    expect(read('Motpart;Projekt;Belopp\n1704;1704-02;1\n1704;1704-02;1.50\n1704;1704-02;1,50\n1704;1704-02;2,50\n').warnings).toEqual([
      { line: 4, message: 'Beloppen skrivs med decimalpunkt (rad 3) och med decimalkomma (rad 4): kontrollera att filen kommer från ett och samma system.' },
    ]);
  });
});

describe('readBookedCsv: refusals name the file, the line and the column', () => {
  it('an empty file, and one with only blank lines', () => {
    expect(refusal('')).toBe(`bokfört.csv:1: Filen är tom: kolumnen ”Motpart” saknas. ${HEADER_HINT}`);
    expect(refusal('\r\n;;;\r\n\r\n')).toBe(`bokfört.csv:1: Filen är tom: kolumnen ”Motpart” saknas. ${HEADER_HINT}`);
  });

  it.each([
    ['Projekt;Belopp;Text', 'Motpart'],
    ['Motpart;Belopp', 'Projekt'],
    ['Motpart,Projekt,Summa', 'Belopp'],
    ['Motpart\tProjekt\tBelopp', 'Motpart'],
  ])('a header %j without %s', (header, column) => {
    expect(refusal(`\n${header}\n1704;1704-02;1\n`)).toBe(`bokfört.csv:2: Kolumnen ”${column}” saknas i rubrikraden. ${HEADER_HINT}`);
  });

  it('a column named twice', () => {
    expect(refusal('Motpart;Projekt;Belopp;belopp\n1704;1704-02;1;2\n')).toBe('bokfört.csv:1: Kolumnen ”Belopp” finns två gånger i rubrikraden: ta bort den ena.');
  });

  it('an unquoted decimal comma in a comma file: too many fields, never a guess', () => {
    expect(refusal('Motpart,Projekt,Belopp,Text\n1704,1704-02,"1,00",a\n1704,1704-02,2 626 837,00,Hässelby\n')).toBe(
      'bokfört.csv:3: Raden har 5 fält men rubrikraden har 4. Med komma mellan fälten måste ett belopp med decimalkomma stå inom citattecken ("2 626 837,00"), annars delas det i två fält.',
    );
    // Without a text column the split amount would still be refused, not read as 2 626 837 kr.
    expect(refusal('Motpart,Projekt,Belopp\n1704,1704-02,2 626 837,00\n')).toBe(
      'bokfört.csv:2: Raden har 4 fält men rubrikraden har 3. Med komma mellan fälten måste ett belopp med decimalkomma stå inom citattecken ("2 626 837,00"), annars delas det i två fält.',
    );
  });

  it('too many or too few fields in a semicolon file', () => {
    expect(refusal('Motpart;Projekt;Belopp;Text\n1704;1704-02;1;a;b\n')).toBe(
      'bokfört.csv:2: Raden har 5 fält men rubrikraden har 4. Ett fält som innehåller avgränsaren (;) måste stå inom citattecken.',
    );
    expect(refusal('Motpart;Projekt;Belopp;Text\n1704;1704-02;1\n')).toBe('bokfört.csv:2: Raden har 3 fält men rubrikraden har 4.');
  });

  it.each([
    ['', 'Kolumnen ”Motpart” är tom: varje rad behöver motpartens fyra siffror (till exempel 1704).'],
    ['170', 'Kolumnen ”Motpart”: ”170” är ingen motpart: den ska vara fyra siffror (till exempel 1704).'],
    ['17040', 'Kolumnen ”Motpart”: ”17040” är ingen motpart: den ska vara fyra siffror (till exempel 1704).'],
    ['17O4', 'Kolumnen ”Motpart”: ”17O4” är ingen motpart: den ska vara fyra siffror (till exempel 1704).'],
    ['1704.0', 'Kolumnen ”Motpart”: ”1704.0” är ingen motpart: den ska vara fyra siffror (till exempel 1704).'],
  ])('a counterparty %j', (counterparty, reason) => {
    expect(refusal(`Motpart;Projekt;Belopp\n1708;1708-02;1\n\n${counterparty};1704-02;1\n`)).toBe(`bokfört.csv:4: ${reason}`);
  });

  it('an empty project code', () => {
    expect(refusal('Motpart;Projekt;Belopp\n1704; ;1\n')).toBe('bokfört.csv:2: Kolumnen ”Projekt” är tom: varje rad behöver en projektkod (till exempel 1704-02).');
  });

  it('a quote that never closes, on the line where its row starts', () => {
    // CRLF inside quotes too: the parser's own line count takes it for two lines.
    expect(refusal('Motpart;Projekt;Belopp;Text\r\n1704;1704-02;1;"två\r\nrader"\r\n\r\n1708;1708-02;2;"öppen\r\n\r\n1771;1771-01;3;x\r\n')).toBe(
      'bokfört.csv:5: Ett citattecken (") öppnar ett fält som aldrig stängs.',
    );
  });

  it('text after a closing quote', () => {
    expect(refusal('Motpart;Projekt;Belopp;Text\r\n\r\n1704;1704-02;1;"a"b\r\n')).toBe(
      'bokfört.csv:3: Efter ett fält inom citattecken kommer mer text före avgränsaren: ett citattecken inuti ett fält skrivs som två ("").',
    );
  });

  it('UTF-16, and bytes that are no text in either encoding', () => {
    expect(refusal(iconv.encode('Motpart;Projekt;Belopp\n', 'utf-16le', { addBOM: true }))).toBe(
      'bokfört.csv:1: Filen är sparad som UTF-16 (Unicode-text): spara den som CSV i UTF-8 och försök igen.',
    );
    const notText = 'bokfört.csv:2: Filen innehåller tecken som inte är text i UTF-8 eller Windows-1252 (den är kanske ett annat slags fil): spara den som CSV och försök igen.';
    expect(refusal('Motpart;Projekt;Belopp\n1704;1704-02;1\u0000\n')).toBe(notText);
    // 0x81 is one of the five bytes Windows-1252 leaves undefined (and is not UTF-8 alone).
    expect(refusal(new Uint8Array([...utf8('Motpart;Projekt;Belopp\n1704;1704-02;1'), 0x81, 0x0a]))).toBe(notText);
  });

  it('a UTF-8 file with one damaged byte, which Windows-1252 would turn into other letters', () => {
    const bytes = utf8('Motpart;Projekt;Belopp;Text\n1704;1704-02;1;Hässelby\n1704;1704-02;2;Vällingby\n');
    bytes[bytes.lastIndexOf(0xc3)] = 0xe4; // "ä" of Vällingby as Windows-1252 amid UTF-8
    expect(refusal(bytes)).toBe('bokfört.csv:3: Filen är UTF-8 men har en byte som inte är UTF-8 (ett tecken är skadat): spara den som UTF-8 igen och försök igen.');
  });

  it('more than 200 000 entries, on the line of the first one too many; 200 000 are read', () => {
    const rows = Array.from({ length: 200_001 }, (_, i) => `1704;1704-02;${i % 10}`);
    const file = (count: number) => utf8(['Motpart;Projekt;Belopp', ...rows.slice(0, count)].join('\n'));
    expect(refusal(file(200_001))).toBe('bokfört.csv:200002: Filen har fler än 200 000 poster: dela upp den i flera filer.');
    expect(readBookedCsv(file(200_000), 'bokfört.csv').entries).toHaveLength(200_000);
  });
});

describe('readBookedCsv: hostile cells are text', () => {
  it('keeps formulas and markup in the text as written', () => {
    const result = read('Motpart;Projekt;Belopp;Text\n1704;1704-02;1;"=HYPERLINK(""http://evil.example"";""klicka"")"\n1704;1704-02;2;+SUM(A1:A9)\n1704;1704-02;3;<script>alert(1)</script>\n');
    expect(result.entries.map((e) => e.text)).toEqual(['=HYPERLINK("http://evil.example";"klicka")', '+SUM(A1:A9)', '<script>alert(1)</script>']);
  });

  it('refuses a formula whose separator is not quoted: it is not CSV', () => {
    expect(refusal('Motpart;Projekt;Belopp;Text\n1704;1704-02;1;=HYPERLINK("http://evil.example";"klicka")\n')).toBe(
      'bokfört.csv:2: Efter ett fält inom citattecken kommer mer text före avgränsaren: ett citattecken inuti ett fält skrivs som två ("").',
    );
  });

  it('refuses a formula where a number or a counterparty belongs', () => {
    expect(refusal('Motpart;Projekt;Belopp\n=1704;1704-02;1\n')).toBe('bokfört.csv:2: Kolumnen ”Motpart”: ”=1704” är ingen motpart: den ska vara fyra siffror (till exempel 1704).');
    expect(refusal('Motpart;Projekt;Belopp\n1704;1704-02;@SUM(1)\n')).toBe('bokfört.csv:2: Kolumnen ”Belopp”: ”@SUM(1)” är inget belopp: tecknet ”@” är ingen siffra.');
  });
});
