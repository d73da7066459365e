// What each chart shows, as facts (for the reader's language at the edge) and as the Swedish text
// summary the PDF prints under its chart. The facts come from the same dashboard figures as the chart.
import { sumOre } from '../money.js';
import { formatRoundedSek, percentOf } from './format.js';

/** A row of a money chart: a committee or a project. */
export interface MoneyRow { name: string; grantOre: number | null; accruedOre: number; remainingOre: number | null }

/** The totals of a money chart, the share accrued, where most remains and where more was accrued than granted. */
export interface MoneyFacts {
  grantOre: number;
  accruedOre: number;
  /** Accrued as a whole percentage of the grant; null without a grant. */
  sharePercent: number | null;
  mostRemaining: { name: string; remainingOre: number } | null;
  overspent: string[];
}

/** The facts of a money chart's rows. */
export function moneyFacts(rows: readonly MoneyRow[]): MoneyFacts {
  const grantOre = sumOre(rows.map((r) => r.grantOre ?? 0));
  const accruedOre = sumOre(rows.map((r) => r.accruedOre));
  let mostRemaining: MoneyFacts['mostRemaining'] = null;
  for (const r of rows) {
    if (r.remainingOre !== null && r.remainingOre > 0 && (mostRemaining === null || r.remainingOre > mostRemaining.remainingOre)) {
      mostRemaining = { name: r.name, remainingOre: r.remainingOre };
    }
  }
  return {
    grantOre, accruedOre, sharePercent: percentOf(accruedOre, grantOre), mostRemaining,
    overspent: rows.filter((r) => r.remainingOre !== null && r.remainingOre < 0).map((r) => r.name),
  };
}

/** `Beviljat 12 mnkr, periodiserat 9,4 mnkr (78 %). Mest kvar: Spånga-Tensta (2,5 mnkr).` */
export function swedishMoneySummary(facts: MoneyFacts): string {
  const share = facts.sharePercent === null ? '' : ` (${facts.sharePercent}\u00a0%)`;
  const parts = [`Beviljat ${formatRoundedSek(facts.grantOre)}, godkänt periodiserat ${formatRoundedSek(facts.accruedOre)}${share}.`];
  if (facts.mostRemaining) parts.push(`Mest kvar: ${facts.mostRemaining.name} (${formatRoundedSek(facts.mostRemaining.remainingOre)}).`);
  if (facts.overspent.length > 0) parts.push(`Mer periodiserat än beviljat: ${facts.overspent.join(', ')}.`);
  return parts.join(' ');
}

/** How the indicators stand against their targets, exactly (by comparison, not by the rounded share). */
export interface IndicatorFacts {
  count: number;
  /** With a target and an approved outcome: on or above the target, and below it. */
  atOrAbove: number;
  below: number;
  /** Without a target or without an approved outcome. */
  incomplete: number;
}

/** The facts of the dashboard's indicators. */
export function indicatorFacts(indicators: ReadonlyArray<{ againstTarget: -1 | 0 | 1 | null }>): IndicatorFacts {
  const atOrAbove = indicators.filter((i) => i.againstTarget !== null && i.againstTarget >= 0).length;
  const below = indicators.filter((i) => i.againstTarget === -1).length;
  return { count: indicators.length, atOrAbove, below, incomplete: indicators.length - atOrAbove - below };
}
