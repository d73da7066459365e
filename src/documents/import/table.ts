import { parseKronor } from '../../domain/money.js';
import { ImportError } from './errors.js';

// The words of the accrual table's header ("Konto IKB Nämndens motpartsnr Belopp Text"), which
// extraction wraps over up to three lines.
const HEADER_WORDS = new Set(['konto', 'ikb', 'nämndens', 'motpartsnr', 'motpartsnr.', 'belopp', 'text']);

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
}

// A cell that is meant as a code: it has a digit. Strictness comes after, in parseRowStart, so that
// a damaged code ("369", "36g9") is an error rather than text appended to the row above.
const CODE_LIKE = /\d/;
const MINUS = /^[-\u2212\u2013]$/;
// A group of an amount is three characters with at least one digit: taking "5OO" as a group lets
// the amount parser say which character is wrong instead of reading "12" and a text "5OO …".
const AMOUNT_GROUP = /^(?=.*\d)[\p{L}\p{N}]{3}(,\S*)?$/u;

/** True when a table line starts a new row (three codes first), not continues the row above. */
export function isRowStart(text: string): boolean {
  const cells = text.includes('\t') ? text.split('\t') : text.split(/\s+/);
  return cells.length >= 4 && cells.slice(0, 3).every((cell) => CODE_LIKE.test(cell) && !cell.includes('-'));
}

/** Reads the first line of a table row; throws ImportError naming what was expected. */
export function parseRowStart(text: string, fileName: string, line: number): RowStart {
  const refuse = (reason: string) => new ImportError(fileName, line, reason);
  let codes: string[];
  let amountText: string;
  let rest: string[];
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
    if (/^[-\u2212\u2013]?\d/u.test(first)) {
      amount.push(first);
      index++;
      while (index < tokens.length && !amount.at(-1)?.includes(',') && AMOUNT_GROUP.test(tokens[index] ?? '')) {
        amount.push(tokens[index++] ?? '');
      }
    }
    amountText = amount.join(' ');
    rest = tokens.slice(index);
  }
  const [account = '', ikb = '', counterparty = ''] = codes;
  checkCode(account, 'Kontot', 'ett konto', '3699', refuse);
  checkCode(ikb, 'IKB-koden', 'IKB', '1771', refuse);
  checkCode(counterparty, 'Nämndens motpartsnr', 'ett motpartsnr', '1704', refuse);
  if (amountText === '') {
    throw refuse(`Beloppet saknas: väntade ett belopp efter motpartsnr ${counterparty}, till exempel 107 000.`);
  }
  const amount = parseKronor(amountText);
  if (!amount.ok) {
    // parseKronor's reason starts by quoting the input; say it once, as "Beloppet … kan inte läsas".
    const why = amount.message.replace(/^".*?" är inget belopp: /u, '');
    throw refuse(`Beloppet "${amountText}" kan inte läsas: ${why}`);
  }
  return { account, ikb, counterparty, amountOre: amount.value, text: rest.join(' ').trim() };
}

function checkCode(value: string, label: string, what: string, example: string, refuse: (reason: string) => ImportError): void {
  if (!/^\d{4}$/.test(value)) {
    throw refuse(`${label} "${value}" kan inte läsas: ${what} skrivs med fyra siffror, till exempel ${example}.`);
  }
}
