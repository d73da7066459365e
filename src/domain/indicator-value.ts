// An indicator's value (baseline, target, outcome) is an exact decimal, never a float: "12.5" stays
// 12.5 and "0.1" never becomes 0.1000000000000000055. Inside Redovisa a value is a canonical decimal
// string — an optional minus, digits without leading zeros, a point and at most four decimals
// without trailing zeros ("12.5", "-3", "1200", "0.25") — in the interchange format, the API,
// storage and comparisons alike. Swedish writing ("12,5", "1 200") is parsed and formatted only at
// the edges, here.
import { z } from 'zod';
import { fail, ok, type Result } from './errors.js';
import { DIGIT_GROUP_SPACE, MINUS_SIGN } from './money.js';
import { MAX_INDICATOR_DECIMALS, MAX_INDICATOR_WHOLE_DIGITS } from './limits.js';

const CANONICAL = new RegExp(`^-?(0|[1-9]\\d{0,${MAX_INDICATOR_WHOLE_DIGITS - 1}})(\\.\\d{0,${MAX_INDICATOR_DECIMALS - 1}}[1-9])?$`);
const GROUP_SPACES = new RegExp(DIGIT_GROUP_SPACE, 'g');
const LEADING_MINUS = new RegExp(`^${MINUS_SIGN}`);
const GROUPED = new RegExp(`^\\d{1,3}(${DIGIT_GROUP_SPACE}\\d{3})*$`);

/** True when the text is an indicator value in canonical form ("12.5", never "12.50" or "12,5"). */
export function isIndicatorValue(text: string): boolean {
  return CANONICAL.test(text) && text !== '-0';
}

/** The schema of a value in the interchange format and the API; `field` names it in the message ("Utfallet"). */
export function indicatorValueSchema(field: string) {
  return z.string().refine(isIndicatorValue, {
    error: `${field} ska vara ett tal med punkt som decimaltecken och högst ${MAX_INDICATOR_DECIMALS} decimaler, till exempel 12.5.`,
  });
}

/** The canonical form of a sign, whole digits and decimal digits (leading and trailing zeros dropped). */
function canonical(negative: boolean, whole: string, decimals: string): string {
  const w = whole.replace(/^0+(?=\d)/u, '');
  const d = decimals.replace(/0+$/u, '');
  const text = d === '' ? w : `${w}.${d}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * Reads a value as Swedish users and documents write it — "12,5", "1 200", "−3", "0,25" — into its
 * canonical form. A point is refused (it is a thousands separator to some and a decimal point to
 * others), as are more than four decimals and more than twelve whole digits.
 */
export function parseIndicatorValue(input: string): Result<string> {
  const shown = input.trim();
  let text = shown;
  if (text === '') return fail('Värdet är tomt.');
  let negative = false;
  if (LEADING_MINUS.test(text)) {
    negative = true;
    text = text.slice(1).trimStart();
  }
  if (text.includes('.')) return fail(`”${shown}” är inget tal: skriv decimaler med komma (till exempel 12,5) och tusental med mellanslag.`);
  const [whole = '', decimals = '', ...rest] = text.split(',');
  if (rest.length > 0) return fail(`”${shown}” är inget tal: det har mer än ett decimalkomma.`);
  if (!/^\d+$/u.test(whole) && !GROUPED.test(whole)) return fail(`”${shown}” är inget tal.`);
  if (!/^\d*$/u.test(decimals) || (text.includes(',') && decimals === '')) return fail(`”${shown}” är inget tal: skriv siffror efter decimalkommat.`);
  const digits = whole.replace(GROUP_SPACES, '');
  const value = canonical(negative, digits, decimals);
  const [wholeOut = '', decimalsOut = ''] = value.replace(/^-/u, '').split('.');
  if (wholeOut.length > MAX_INDICATOR_WHOLE_DIGITS) return fail(`”${shown}” är ett för stort tal: högst ${MAX_INDICATOR_WHOLE_DIGITS} siffror före decimalkommat.`);
  if (decimalsOut.length > MAX_INDICATOR_DECIMALS) return fail(`”${shown}” har för många decimaler: högst ${MAX_INDICATOR_DECIMALS}.`);
  return ok(value);
}

let groupFormat: Intl.NumberFormat | undefined;

/** Formats a canonical value the Swedish way, "1 200,5" (no-break group spaces, U+2212 minus); exact, through BigInt. */
export function formatIndicatorValue(value: string, options: { plainSpaces?: boolean } = {}): string {
  if (!isIndicatorValue(value)) throw new RangeError(`Inget indikatorvärde: ${value}`);
  const negative = value.startsWith('-');
  const [whole = '0', decimals] = value.replace(/^-/u, '').split('.');
  groupFormat ??= new Intl.NumberFormat('sv-SE', { useGrouping: true, maximumFractionDigits: 0 });
  let text = groupFormat.format(BigInt(whole)).replace(GROUP_SPACES, '\u00a0');
  if (decimals !== undefined) text += `,${decimals}`;
  if (negative) text = `\u2212${text}`;
  return options.plainSpaces ? text.replace(/\u00a0/gu, ' ').replace('\u2212', '-') : text;
}

/** A value as a whole number of ten-thousandths, exact: for comparing two values. */
function scaled(value: string): bigint {
  const negative = value.startsWith('-');
  const [whole = '0', decimals = ''] = value.replace(/^-/u, '').split('.');
  const n = BigInt(whole) * 10n ** BigInt(MAX_INDICATOR_DECIMALS) + BigInt(decimals.padEnd(MAX_INDICATOR_DECIMALS, '0'));
  return negative ? -n : n;
}

/** Compares two canonical values exactly: negative when a < b, 0 when equal, positive when a > b. */
export function compareIndicatorValues(a: string, b: string): -1 | 0 | 1 {
  const d = scaled(a) - scaled(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * The outcome as a whole percentage of the target, for a chart's bar and the table's rounded share:
 * computed in integers (BigInt) and rounded half away from zero, so `99.5` of `100` is 100 % while
 * `compareIndicatorValues` still says it is below. Null for a target of zero, or a share too large to
 * be a safe integer (more than 2^53 %: nothing a chart or a reader can use).
 */
export function indicatorSharePercent(outcome: string, target: string): number | null {
  const t = scaled(target);
  if (t === 0n) return null;
  const numerator = scaled(outcome) * 100n;
  const negative = numerator < 0n !== t < 0n;
  const [n, d] = [numerator < 0n ? -numerator : numerator, t < 0n ? -t : t];
  const rounded = (2n * n + d) / (2n * d);
  const percent = negative ? -rounded : rounded;
  if (percent > BigInt(Number.MAX_SAFE_INTEGER) || percent < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(percent) || 0;
}
