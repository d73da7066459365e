// Amounts as charts and their summaries speak of them: rounded, for reading at a glance. The exact
// öre stay in the tables beside every chart (formatSek); these texts never feed a sum.
import { formatKronor } from '../money.js';

const ORE_PER_MILLION = 100_000_000;
const ORE_PER_THOUSAND = 100_000;
let oneDecimal: Intl.NumberFormat | undefined;

/** `12 mnkr`, `9,4 mnkr`, `850 tkr`, `0 kr`: an amount rounded for a summary or an axis. */
export function formatRoundedSek(ore: number): string {
  oneDecimal ??= new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
  const abs = Math.abs(ore);
  const sign = ore < 0 ? '\u2212' : '';
  // Whole tenths of a million (or whole thousands) in integers, then one division to print them.
  if (abs >= ORE_PER_MILLION) return `${sign}${oneDecimal.format(Math.round(abs / (ORE_PER_MILLION / 10)) / 10)}\u00a0mnkr`;
  if (abs >= ORE_PER_THOUSAND) return `${sign}${formatKronor(Math.round(abs / ORE_PER_THOUSAND) * 100)}\u00a0tkr`;
  return `${sign}${formatKronor(Math.round(abs / 100) * 100)}\u00a0kr`;
}

/** The share `part` is of `whole` in whole percent, or null when the whole is zero. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 100) / whole);
}

/** A committee's name as a chart's axis has room for: `Hässelby-Vällingby`, `Skärholmen`. */
export function shortCommitteeName(name: string): string {
  const match = /^(.*?)\s+stadsdelsnämnd$/i.exec(name.trim());
  if (!match) return name.trim();
  const base = match[1]!;
  // The genitive of "Skärholmens stadsdelsnämnd" is not part of the district's name.
  return /(?:n|m|k|r)s$/.test(base) ? base.slice(0, -1) : base;
}
