import { fail, ok, type Result } from './errors.js';

/**
 * Money is an integer number of öre everywhere inside Redovisa. The exponent is declared once,
 * here; parsing and formatting happen only at the edges.
 */
export const ORE_PER_KRONA = 100;
const DECIMALS = 2;

/** A whole number of öre within JavaScript's exactly representable integers. */
export function isSafeOre(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Every space Swedish text, Word and Intl sv-SE put between digit groups: a RegExp character class. */
export const DIGIT_GROUP_SPACE = '[\\u0020\\u00a0\\u202f\\u2009\\u2007]';
/** A minus sign: Intl sv-SE writes U+2212, documents also carry en dashes. A RegExp character class. */
export const MINUS_SIGN = '[-\\u2212\\u2013]';
const GROUP_SPACES = new RegExp(DIGIT_GROUP_SPACE, 'g');
const MINUS_SIGNS = new RegExp(`^${MINUS_SIGN}`);
const GROUPED = new RegExp(`^\\d{1,3}(${DIGIT_GROUP_SPACE}\\d{3})*$`);
const NOT_DIGIT = new RegExp(`(?!${DIGIT_GROUP_SPACE})\\D`);

/**
 * Parses an amount as Swedish users and documents write it (`2 626 837`, `83 412,50`,
 * `-12 500`, `1 234 567 kr`) into öre. Refuses anything else with a message that says why.
 */
export function parseKronor(input: string): Result<number> {
  let text = input.trim().replace(/\s*(kr|kronor|SEK)\.?$/i, '').trim();
  if (text === '') return fail('Beloppet är tomt.');
  let sign = 1;
  if (MINUS_SIGNS.test(text)) {
    sign = -1;
    text = text.slice(1).trimStart();
    if (text === '') return fail('Beloppet saknas: det står bara ett minustecken.');
  }
  if (/[.]/.test(text)) {
    return fail(`”${input.trim()}” är inget belopp: använd mellanslag mellan tusental och komma före ören (till exempel 1 234,50).`);
  }
  const [whole = '', fraction, ...rest] = text.split(',');
  if (rest.length > 0) return fail(`”${input.trim()}” är inget belopp: det har mer än ett decimalkomma.`);
  if (!GROUPED.test(whole) && !/^\d+$/.test(whole)) {
    const bad = NOT_DIGIT.exec(whole);
    return fail(
      bad
        ? `”${input.trim()}” är inget belopp: tecknet ”${bad[0]}” är ingen siffra.`
        : `”${input.trim()}” är inget belopp: siffrorna ska grupperas tre och tre (till exempel 1 234 567).`,
    );
  }
  if (fraction !== undefined && !/^\d{1,2}$/.test(fraction)) {
    return fail(`”${input.trim()}” är inget belopp: ören skrivs med en eller två siffror efter kommat.`);
  }
  const kronor = Number(whole.replace(GROUP_SPACES, ''));
  const ore = Number((fraction ?? '').padEnd(DECIMALS, '0'));
  const total = kronor * ORE_PER_KRONA + ore;
  if (!Number.isSafeInteger(total)) return fail(`”${input.trim()}” är ett för stort belopp.`);
  return ok(sign * total === 0 ? 0 : sign * total);
}

// Made on first use: the first sv-SE NumberFormat loads ICU's locale data (some 30 ms), which a
// command that formats no money (`redovisa --help`) should not wait for.
let wholeFormat: Intl.NumberFormat | undefined;

/** Formats öre as Swedish kronor, `2 626 837` or `83 412,50` (öre shown only when present). */
export function formatKronor(ore: number, options: { plainSpaces?: boolean } = {}): string {
  if (!isSafeOre(ore)) throw new RangeError(`Inget helt antal öre: ${ore}`);
  const negative = ore < 0;
  const abs = Math.abs(ore);
  // Integer arithmetic on the two parts: no float ever holds a fraction of a krona.
  const kronor = Math.floor(abs / ORE_PER_KRONA);
  const rest = abs % ORE_PER_KRONA;
  wholeFormat ??= new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0, useGrouping: true });
  let text = wholeFormat.format(kronor);
  if (rest !== 0) text += ',' + String(rest).padStart(DECIMALS, '0');
  if (negative) text = '\u2212' + text;
  return options.plainSpaces ? text.replace(GROUP_SPACES, ' ').replace('\u2212', '-') : text;
}

/** Formats öre with the currency, `2 626 837 kr`, for screens. */
export function formatSek(ore: number): string {
  return `${formatKronor(ore)}\u00a0kr`;
}

/** Parses an integer öre value that arrives as text or number (PostgreSQL bigint comes as text). */
export function parseStoredOre(value: unknown): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (!isSafeOre(n)) throw new RangeError(`Ogiltigt lagrat belopp: ${String(value)}`);
  return n;
}

/** Adds öre amounts, refusing to leave the exact integer range. */
export function sumOre(amounts: readonly number[]): number {
  let total = 0;
  for (const a of amounts) {
    total += a;
    if (!Number.isSafeInteger(total)) throw new RangeError('Summan är för stor.');
  }
  return total;
}
