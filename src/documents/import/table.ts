import { MINUS_SIGN, formatKronor, parseKronor } from '../../domain/money.js';
import type { ReportWarning } from '../../domain/report.js';
import { ImportError } from './errors.js';
import type { SourceLocation } from './lines.js';

// The words of the accrual table's header ("Konto IKB Nämndens motpartsnr Belopp Text"), which
// extraction wraps over up to three lines.
// "Belopp (kr)", "Belopp kr" and "Belopp, kr" name the unit in the header; the columns go by other
// names too, as the PDF reader knows them (pdf/table-header.ts): "Motpart", "Kronor", "Kommentar".
const HEADER_WORDS = new Set([
  'konto', 'ikb', 'nämndens', 'motpartsnr', 'motpartsnr.', 'motpart', 'motpartsnummer', 'belopp', 'belopp,', 'text', 'kommentar', 'beskrivning',
  'kr', '(kr)', 'kronor', '(kronor)', 'sek', '(sek)',
]);

/** True for a line (or one wrapped piece of it) of the accrual table's header. */
export function isTableHeaderLine(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length > 0 && words.every((word) => HEADER_WORDS.has(word.toLowerCase()));
}

/** The first line of a table row: codes, amount and the start of the text. */
export interface RowStart {
  account: string;
  ikb: string;
  counterparty: string;
  amountOre: number;
  text: string;
  /** Set when the amount's last digit group could instead be a number that begins the text. */
  shorter?: { amountOre: number; group: string };
}

// A cell that is meant as a code: it has a digit. Strictness comes after, in parseRowStart, so that
// a damaged code ("369", "36g9") is an error rather than text appended to the row above.
const CODE_LIKE = /\d/;
const MINUS = new RegExp(`^${MINUS_SIGN}$`, 'u');
const AMOUNT_START = new RegExp(`^${MINUS_SIGN}?\\d`, 'u');
// A three-digit number that may begin a text ("120 timmar"): a count has no leading zero, so a
// group such as "000" always belongs to the amount.
const COUNT = /^[1-9]\d\d$/;
// A group of an amount is three characters with at least one digit: taking "5OO" as a group lets
// the amount parser say which character is wrong instead of reading "12" and a text "5OO …".
const AMOUNT_GROUP = /^(?=.*\d)[\p{L}\p{N}]{3}(,\S*)?$/u;
// A token of a number alone: digits, perhaps with a sign, separators or a mark ("25", "250-",
// "000,50", "000:-"), or a mark alone (":-", ",-").
const NUMBER_TOKEN = /^(?:[-\u2212\u2013]?\d|[.,:](?=[\d-]|$))[\d.,:\u2212\u2013-]*$/u;
// Units of thousands or millions of kronor: an amount in them is not in kronor. The short forms
// in any case ("tkr", "Tkr", "KSEK", "tSEK", "T SEK", "MSEK", "Mkr", "mnkr"), the words ("tusental
// kronor", "miljoner kr"), "1000-tal kr" / "1 000-tal kronor", "’000 kr" and "kr × 1 000".
const KRONOR = String.raw`(?:kr|kronor|sek)`;
const SPACE = String.raw`[\s\u00a0\u2009\u202f]`;
const THOUSAND = String.raw`1${SPACE}?000`;
const MILLION = String.raw`1${SPACE}?000${SPACE}?000`;
const TIMES = String.raw`(?:${MILLION}|${THOUSAND})`;
const SCALE_UNITS = [
  String.raw`tkr|mkr|mnkr|kkr|ksek|tsek|msek|mnsek|[tkm]${SPACE}sek|mn${SPACE}kr`,
  String.raw`tusen(?:tals?)?(?:\s+${KRONOR})?|miljoner(?:\s+${KRONOR})?`,
  String.raw`${TIMES}-tals?(?:\s+${KRONOR})?`,
  String.raw`[’'‘]000(?:[’'‘]000)?\s*${KRONOR}`,
  String.raw`${KRONOR}\s*[×x*]\s*${TIMES}`,
  // ("× 1 000 kr" alone, not a count's "12 x 1 000 kr")
  String.raw`(?<!\p{N}\s*)[×x*]\s*${TIMES}\s*${KRONOR}`,
].join('|');
const SCALE = new RegExp(`^(?:${SCALE_UNITS})\\.?$`, 'iu');
/** A unit of thousands or millions named in a line (a header's "Belopp (tkr)", a heading's "(belopp i KSEK)"). */
export const SCALE_IN_LINE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SCALE_UNITS})(?![\\p{L}\\p{N}])`, 'iu');

/** What a unit of SCALE_IN_LINE counts in: "tusental kronor" or "miljoner kronor". */
export function scaleMeaning(unit: string): string {
  const millions = /^(m|miljon)/iu.test(unit.trim()) || new RegExp(MILLION, 'u').test(unit) || /000\D*000/u.test(unit);
  return millions ? 'miljoner kronor' : 'tusental kronor';
}

/** The reason a table whose amounts are in a unit of thousands or millions is refused, in the message style of the others. */
export function scaleReason(unit: string, where: string, fix = 'försök igen'): string {
  return `Tabellens belopp anges i ${unit} (${where}), det vill säga i ${scaleMeaning(unit)}; Redovisa läser belopp i kronor. Skriv beloppen i kronor och ören och ${fix}.`;
}

/** "1 250:-" (or "1 250,-"), whole kronor as Swedish writes them, as "1 250"; anything else as it is. */
export function wholeKronor(amount: string): string {
  return amount.replace(/^([^,]*\d)\s*[:,]-$/u, '$1');
}

/** True when a table line starts a new row (three codes first), not continues the row above. */
export function isRowStart(text: string): boolean {
  const cells = text.includes('\t') ? text.split('\t') : text.split(/\s+/);
  return cells.length >= 4 && cells.slice(0, 3).every((cell) => CODE_LIKE.test(cell) && !cell.includes('-'));
}

/** Reads the first line of a table row; throws ImportError naming what was expected. */
export function parseRowStart(text: string, fileName: string, location: SourceLocation): RowStart {
  const refuse = (reason: string) => new ImportError(fileName, location, reason);
  let codes: string[];
  let amountText: string;
  let rest: string[];
  let shorterText: string | undefined;
  let group = '';
  if (text.includes('\t')) {
    // Cells from a DOCX table or a PDF's column gaps: no guessing where the amount ends.
    const cells = text.split('\t');
    codes = cells.slice(0, 3);
    amountText = cells[3] ?? '';
    rest = cells.slice(4);
  } else {
    const tokens = text.split(/\s+/);
    codes = tokens.slice(0, 3);
    let index = 3;
    const amount: string[] = [];
    if (MINUS.test(tokens[index] ?? '')) amount.push(tokens[index++] ?? '');
    const first = tokens[index] ?? '';
    if (AMOUNT_START.test(first)) {
      amount.push(first);
      index++;
      while (index < tokens.length && !amount.at(-1)?.includes(',') && AMOUNT_GROUP.test(tokens[index] ?? '')) {
        amount.push(tokens[index++] ?? '');
      }
    }
    // What goes on an amount though no digit group of it — its öre after a point ("1 250 000.50"),
    // Swedish whole kronor ("1 250 000:-"), a sign after it ("1 250-"), numbers grouped otherwise
    // ("1 25 000"), a unit of thousands ("1 250 tkr") — is the amount's: read as the text, it would
    // leave the amount short; in the amount, it is read or refused there. A text may begin with one
    // number of what it counts ("12 timmar"), never with two, nor with one marked as an amount's.
    if (amount.length > 0) {
      const numbers = tokens.slice(index).findIndex((token) => !NUMBER_TOKEN.test(token));
      const following = numbers < 0 ? tokens.length - index : numbers;
      if (following >= 2 || (following === 1 && /[-\u2212\u2013]$|[.,:]/u.test(tokens[index] ?? ''))) {
        amount.push(...tokens.slice(index, index + following));
        index += following;
      }
      if (SCALE.test(tokens[index] ?? '')) amount.push(tokens[index++] ?? '');
    }
    // "107 000 kr Ej fakturerat": the unit belongs to the amount, not the text.
    const unit = amount.length > 0 && /^(kr|kr\.|kronor|SEK)$/iu.test(tokens[index] ?? '');
    if (unit) index++;
    amountText = amount.join(' ');
    rest = tokens.slice(index);
    const digits = amount.filter((token) => !MINUS.test(token));
    if (!unit && digits.length >= 2 && COUNT.test(digits.at(-1) ?? '')) {
      group = amount.at(-1) ?? '';
      shorterText = amount.slice(0, -1).join(' ');
    }
  }
  const [account = '', ikb = '', counterparty = ''] = codes;
  checkCode(account, 'Kontot', 'ett konto', '3699', refuse);
  checkCode(ikb, 'IKB-koden', 'IKB', '1771', refuse);
  checkCode(counterparty, 'Nämndens motpartsnr', 'ett motpartsnr', '1704', refuse);
  const missing = `Beloppet saknas: väntade ett belopp efter motpartsnr ${counterparty}, till exempel 107 000.`;
  // Digits of another script where the amount stands ("９４ ０９６", "٩٤ ٠٩٦"): an amount, written otherwise.
  const foreign = /^[-\u2212\u2013]?\p{Nd}[\p{Nd}\s,.]*/u.exec((amountText === '' ? rest.join(' ') : amountText).trim())?.[0];
  if (foreign !== undefined && /[^\d\s,.\-\u2212\u2013]/u.test(foreign)) {
    throw refuse(`Beloppet ”${foreign.trim()}” är skrivet med andra siffertecken än 0–9: skriv beloppet med vanliga siffror, till exempel 107 000.`);
  }
  // A lone minus sign is a missing amount too.
  if (!/\d/u.test(amountText)) throw refuse(missing);
  const scale = amountText.split(/\s+/u).at(-1) ?? '';
  if (SCALE.test(scale)) {
    throw refuse(`Beloppet ”${amountText}” anges i ${scale} och inte i kronor: skriv beloppet i kronor och ören, till exempel 1 250 000 för 1 250 tkr.`);
  }
  const amount = parseKronor(wholeKronor(amountText));
  if (!amount.ok) {
    // parseKronor's reason starts by quoting the input; say it once, as "Beloppet … kan inte läsas".
    const why = amount.message.replace(/^”.*?” är inget belopp: /u, '');
    throw refuse(`Beloppet ”${amountText}” kan inte läsas: ${why}`);
  }
  const shorter = shorterText === undefined ? undefined : parseKronor(shorterText);
  return {
    account,
    ikb,
    counterparty,
    amountOre: amount.value,
    text: rest.join(' ').trim(),
    ...(shorter?.ok ? { shorter: { amountOre: shorter.value, group } } : {}),
  };
}

/*
 * In extracted text only spaces separate the amount from the text, and the amount's digit groups
 * too: "107 000 120 timmar ej fakturerade tom" is 107 000 kr and "120 timmar …", or 107 000 120 kr
 * and "timmar …". Entry texts begin like sentences, with a capital letter or a number ("Ej
 * fakturerat …", "120 timmar …"), and a number inside a text is followed by what it counts, in
 * lower case. So a last group followed by a lower-case word begins the text; that is a judgement,
 * so it comes with a warning that names both readings. A capitalised word, a number or no text
 * after the group leaves it in the amount: "2 626 837 Ej fakturerat" is not ambiguous. PDF and
 * DOCX rows come with their cells apart (tabs) and are never ambiguous.
 */

/** The row's amount and text once its whole text is known, and a warning if the amount was a judgement. */
export function settleAmount(start: RowStart, text: string, line: number): { amountOre: number; text: string; warning?: ReportWarning } {
  const { shorter } = start;
  if (shorter === undefined || !/^\p{Ll}/u.test(text)) return { amountOre: start.amountOre, text };
  const shortText = `${shorter.group} ${text}`;
  const kronor = (ore: number) => formatKronor(ore, { plainSpaces: true });
  const message =
    `Beloppet kan vara ${kronor(shorter.amountOre)} kr (text ”${preview(shortText)}”) eller ` +
    `${kronor(start.amountOre)} kr (text ”${preview(text)}”); läst som ${kronor(shorter.amountOre)} kr, kontrollera mot originalet.`;
  return { amountOre: shorter.amountOre, text: shortText, warning: { code: 'amount_ambiguous', message, line } };
}

// The first two words of a text, enough to tell the readings apart.
function preview(text: string): string {
  const words = text.split(' ');
  return words.length > 2 ? `${words.slice(0, 2).join(' ')} …` : text;
}

function checkCode(value: string, label: string, what: string, example: string, refuse: (reason: string) => ImportError): void {
  if (!/^\d{4}$/.test(value)) {
    throw refuse(`${label} ”${value}” kan inte läsas: ${what} skrivs med fyra siffror, till exempel ${example}.`);
  }
}
