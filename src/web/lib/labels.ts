import type { Translate } from '../i18n/translate.js';

/** "T2 2014" — a round as the tables show it. */
export function roundLabel(round: { year: number; kind: string } | null, t: Translate): string {
  return round ? t('round.label', { kind: round.kind, year: round.year }) : t('round.none');
}

/** "2014-08-01 – 2014-12-31" — a period, both ends inclusive. */
export function periodLabel(period: { from: string; to: string }): string {
  return `${period.from} – ${period.to}`;
}
