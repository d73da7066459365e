import { formatSek } from './money.js';
import { parseIsoDate, spanContains, yearOf } from './period.js';
import type { ReportDocument } from './report.js';

/** Blocking problems stop a submission; warnings are shown but allowed. */
export type Severity = 'error' | 'warning';

/** One finding of the report check: a stable code, a Swedish message and where it is. */
export interface ValidationIssue {
  readonly code: ValidationCode;
  readonly severity: Severity;
  readonly message: string;
  /** A path into the report document, e.g. `projects.1.entries.0.amountOre`. */
  readonly path: string;
}

/** The stable codes of the report rules. */
export type ValidationCode =
  | 'period_invalid_date'
  | 'period_reversed'
  | 'period_spans_years'
  | 'account_format'
  | 'ikb_format'
  | 'counterparty_format'
  | 'counterparty_not_committee'
  | 'amount_not_integer_ore'
  | 'entry_date_outside_period'
  | 'project_without_entries'
  | 'project_without_narrative'
  | 'project_number_duplicate'
  | 'period_outside_round'
  | 'entry_without_text'
  | 'accrued_over_grant'
  | 'indicator_without_outcome';

/** What the rules need to know beyond the report itself. */
export interface ValidationContext {
  /** The committee's own counterparty number (motpartsnr), when known. */
  readonly committeeCounterparty?: string;
  /** The round the report belongs to: its name and the period it covers. */
  readonly round?: { readonly code: string; readonly from: string; readonly to: string };
  /** Per project, in report order: the grant for the year and what the year's earlier approved rounds accrued. */
  readonly projectFigures?: readonly ({ readonly grantOre: number | null; readonly accruedBeforeOre: number } | undefined)[];
}

const FOUR_DIGITS = /^\d{4}$/;
// Entry texts name a date as "tom 2014-08-31" (through) or "per 2014-08-31"; any ISO date counts.
const DATE_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** Checks a report against the accrual rules; returns every error and warning found. */
export function validateReport(report: ReportDocument, context: ValidationContext = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (code: ValidationCode, severity: Severity, path: string, message: string) =>
    issues.push({ code, severity, path, message });

  const { from, to } = report.accrualPeriod;
  const fromOk = parseIsoDate(from);
  const toOk = parseIsoDate(to);
  if (!fromOk.ok) add('period_invalid_date', 'error', 'accrualPeriod.from', `Periodisering från: ${fromOk.message}`);
  if (!toOk.ok) add('period_invalid_date', 'error', 'accrualPeriod.to', `Periodisering tom: ${toOk.message}`);
  const periodOk = fromOk.ok && toOk.ok;
  if (periodOk && from > to) {
    add('period_reversed', 'error', 'accrualPeriod', `Periodiseringen börjar ${from}, efter att den slutar ${to}.`);
  }
  if (periodOk && yearOf(from) !== yearOf(to)) {
    add('period_spans_years', 'error', 'accrualPeriod', `Periodiseringen ska ligga inom ett år, men går från ${from} till ${to}.`);
  }

  const { round } = context;
  if (periodOk && round && (from < round.from || to > round.to)) {
    add('period_outside_round', 'warning', 'accrualPeriod',
      `Periodiseringen ${from}–${to} ligger utanför omgången ${round.code} (${round.from}–${round.to}).`);
  }

  const seenNumbers = new Set<number>();
  report.projects.forEach((project, p) => {
    const at = `projects.${p}`;
    const label = `Projekt ${project.number} (${project.name})`;
    if (seenNumbers.has(project.number)) {
      add('project_number_duplicate', 'error', `${at}.number`, `${label}: projektnummer ${project.number} finns redan i rapporten.`);
    }
    seenNumbers.add(project.number);
    if (project.entries.length === 0) {
      add('project_without_entries', 'warning', `${at}.entries`, `${label} har inga periodiseringar.`);
    }
    if (project.narrative === null || project.narrative.paragraphs.every((t) => t.trim() === '')) {
      add('project_without_narrative', 'warning', `${at}.narrative`, `${label} saknar delredovisning.`);
    }
    const figures = context.projectFigures?.[p];
    if (figures && figures.grantOre !== null && project.entries.every((e) => Number.isSafeInteger(e.amountOre))) {
      const accrued = figures.accruedBeforeOre + project.entries.reduce((sum, e) => sum + e.amountOre, 0);
      if (accrued > figures.grantOre) {
        add('accrued_over_grant', 'warning', `${at}.entries`,
          `${label}: periodiserat hittills i år (${formatSek(accrued)}) är ${formatSek(accrued - figures.grantOre)} mer än bidraget ${formatSek(figures.grantOre)}.`);
      }
    }
    (project.indicators ?? []).forEach((indicator, i) => {
      if (indicator.outcome === undefined) {
        add('indicator_without_outcome', 'warning', `${at}.indicators.${i}.outcome`, `${label}: indikatorn ”${indicator.name}” saknar utfall.`);
      }
    });
    project.entries.forEach((entry, e) => {
      const row = `${at}.entries.${e}`;
      const where = `${label}, rad ${e + 1}`;
      if (entry.text.trim() === '') add('entry_without_text', 'warning', `${row}.text`, `${where}: raden saknar text.`);
      if (!FOUR_DIGITS.test(entry.account)) add('account_format', 'error', `${row}.account`, `${where}: Konto ska vara fyra siffror, inte ”${entry.account}”.`);
      if (!FOUR_DIGITS.test(entry.ikb)) add('ikb_format', 'error', `${row}.ikb`, `${where}: IKB ska vara fyra siffror, inte ”${entry.ikb}”.`);
      if (!FOUR_DIGITS.test(entry.counterparty)) {
        add('counterparty_format', 'error', `${row}.counterparty`, `${where}: Nämndens motpartsnr ska vara fyra siffror, inte ”${entry.counterparty}”.`);
      } else if (context.committeeCounterparty !== undefined && entry.counterparty !== context.committeeCounterparty) {
        add('counterparty_not_committee', 'error', `${row}.counterparty`,
          `${where}: Nämndens motpartsnr ska vara nämndens eget nummer ${context.committeeCounterparty}, inte ${entry.counterparty}.`);
      }
      if (!Number.isSafeInteger(entry.amountOre)) {
        add('amount_not_integer_ore', 'error', `${row}.amountOre`, `${where}: Beloppet ska vara ett helt antal öre.`);
      }
      if (periodOk && from <= to) {
        for (const match of entry.text.matchAll(DATE_IN_TEXT)) {
          const date = match[1] ?? '';
          if (parseIsoDate(date).ok && !spanContains({ from, to }, date)) {
            add('entry_date_outside_period', 'warning', `${row}.text`,
              `${where}: texten nämner ${date}, som ligger utanför periodiseringen ${from}–${to}.`);
          }
        }
      }
    });
  });
  return issues;
}

/** True when no issue blocks submission. */
export function isSubmittable(issues: readonly ValidationIssue[]): boolean {
  return issues.every((i) => i.severity !== 'error');
}
