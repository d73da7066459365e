// Amounts in a ledger export: Swedish (`2 626 837,00`) as users write them, or with a decimal point
// (`2626837.00`) as systems write them. Both are read exactly; a form that could mean two numbers is refused.
import { fail, type Result } from '../../domain/errors.js';
import { DIGIT_GROUP_SPACE, MINUS_SIGN, parseKronor } from '../../domain/money.js';

// Whole kronor (plain or grouped three and three), a point, one or two öre digits.
const DECIMAL_POINT = new RegExp(`^(${MINUS_SIGN}?\\s*(?:\\d+|\\d{1,3}(?:${DIGIT_GROUP_SPACE}\\d{3})+))\\.(\\d{1,2})$`, 'u');

/** Parses a booked amount, Swedish or with a decimal point, into öre; refuses what is ambiguous. */
export function parseBookedAmount(input: string): Result<number> {
  const text = input.trim();
  if (!text.includes('.')) return parseKronor(text);
  if (text.includes(',')) {
    return fail(`”${text}” har både punkt och komma, så det går inte att veta vilket som skiljer ören från kronor: skriv 1 234,50 eller 1234.50.`);
  }
  const match = DECIMAL_POINT.exec(text);
  if (!match) {
    // `1.234` is 1 234 kr to a German ledger and 1,234 kr to an English one: never guess which.
    return fail(`”${text}” är inget belopp som kan läsas säkert: med decimalpunkt skrivs en eller två siffror efter punkten (till exempel 1234.50), och punkt som tusentalsavgränsare läses inte.`);
  }
  const read = parseKronor(`${match[1]},${match[2]}`);
  return read.ok ? read : fail(`”${text}” är ett för stort belopp.`);
}
