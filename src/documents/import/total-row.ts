import { formatKronor, parseKronor } from '../../domain/money.js';
import { ImportError } from './errors.js';
import type { TextLine } from './lines.js';
import { wholeKronor } from './table.js';

/*
 * Many committees end a table with its total ("Summa", "Totalt"). It is no entry, and it is a
 * check on the entries: a total that does not match them means an amount was read wrong (or is
 * wrong in the original), which is refused; a total that matches confirms the read.
 */

const TOTAL = /^(summa|totalt|total|totalsumma|s:a)\b\s*:?/iu;

/** True for a table's total row. */
export function isTotalLine(text: string): boolean {
  return TOTAL.test(text);
}

/** The total a total row states, in öre; throws ImportError when it has no single readable amount. */
export function readTotal(line: TextLine, fileName: string): number {
  const rest = line.text.replace(TOTAL, '');
  const cells = rest.includes('\t') ? rest.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '') : [rest.trim()].filter((cell) => cell !== '');
  const [cell] = cells;
  if (cell === undefined || cells.length > 1) {
    throw new ImportError(fileName, line, `Summaraden ”${line.text.replace(/\t+/gu, ' ')}” ska ha ett belopp, men har ${cells.length === 0 ? 'inget' : 'flera'}.`);
  }
  const amount = parseKronor(wholeKronor(cell));
  if (!amount.ok) throw new ImportError(fileName, line, `Summaradens belopp ”${cell}” kan inte läsas: ${amount.message.replace(/^”.*?” är inget belopp: /u, '')}`);
  return amount.value;
}

/** Refuses a total that differs from the sum of the entries above it. */
export function checkTotal(total: number, sum: number, line: TextLine, fileName: string): void {
  if (total === sum) return;
  const kronor = (ore: number) => formatKronor(ore, { plainSpaces: true });
  throw new ImportError(
    fileName,
    line,
    `Summaraden anger ${kronor(total)} kr, men raderna ovanför summerar till ${kronor(sum)} kr: något belopp är fel läst eller fel i originalet. Kontrollera beloppen.`,
  );
}
