// A round's approved reports as open data: `redovisa.open-data/1` JSON and a CSV of its entries.
// Pure functions from what storage read to what is published; docs/open-data.md is their manual.
import { OPEN_DATA_FORMAT, type OpenDataRound } from '../../contract/public.js';
import { ORE_PER_KRONA, isSafeOre } from '../../domain/money.js';
import { ROUND_KIND_NAMES, type RoundKind } from '../../domain/period.js';
import type { ReportDocument } from '../../domain/report.js';
import { toCsv, type Column } from './spreadsheet.js';

/** The licence every piece of open data carries: public domain dedication, free to reuse for anything. */
export const OPEN_DATA_LICENCE = {
  name: 'CC0 1.0 Universell (fri att återanvända, inget upphovsrättsligt skydd)',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.sv',
} as const;

/** Öre as an exact decimal string of kronor with a point, `2626837.00`; integer arithmetic only. */
export function kronorDecimal(ore: number): string {
  if (!isSafeOre(ore)) throw new RangeError(`Inget helt antal öre: ${ore}`);
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / ORE_PER_KRONA)}.${String(abs % ORE_PER_KRONA).padStart(2, '0')}`;
}

/** One approved report of the round, as storage read it. */
export interface OpenDataReport {
  reportId: number;
  version: number;
  approvedAt: string;
  counterparty: string;
  document: ReportDocument;
}

/** One project's figures in the round (from round-figures, committees with an approved report only). */
export interface OpenDataProjectFigures {
  committee: string;
  number: number;
  name: string;
  projectCode: string;
  programme: string;
  grantOre: number | null;
  accruedThisRoundOre: number;
  yearToDateOre: number;
  remainingOre: number | null;
}

/** One entry of an approved report, with its section's project code where the section has a project. */
export interface OpenDataEntry {
  committee: string;
  reportId: number;
  projectNumber: number;
  projectName: string;
  projectCode: string | null;
  account: string;
  ikb: string;
  counterparty: string;
  amountOre: number;
  text: string;
}

/** Everything a round's open data is made of. */
export interface OpenDataInput {
  publisher: string;
  round: { code: string; year: number; kind: RoundKind; periodFrom: string; periodTo: string };
  reports: readonly OpenDataReport[];
  projects: readonly OpenDataProjectFigures[];
  entries: readonly OpenDataEntry[];
}

const orNull = (ore: number | null) => (ore === null ? null : kronorDecimal(ore));

/** The round as `redovisa.open-data/1`. */
export function openDataJson(input: OpenDataInput): OpenDataRound {
  const { round } = input;
  return {
    format: OPEN_DATA_FORMAT,
    licence: { ...OPEN_DATA_LICENCE },
    publisher: input.publisher,
    round: { code: round.code, year: round.year, kind: round.kind, name: ROUND_KIND_NAMES[round.kind], periodFrom: round.periodFrom, periodTo: round.periodTo },
    committees: input.reports.map((r) => ({
      name: r.document.committee,
      counterparty: r.counterparty,
      reportId: r.reportId,
      reportVersion: r.version,
      approvedOn: r.approvedAt.slice(0, 10),
      accrualPeriod: { from: r.document.accrualPeriod.from, to: r.document.accrualPeriod.to },
    })),
    projects: input.projects.map((p) => ({
      ...p,
      grantKronor: orNull(p.grantOre),
      accruedThisRoundKronor: kronorDecimal(p.accruedThisRoundOre),
      yearToDateKronor: kronorDecimal(p.yearToDateOre),
      remainingKronor: orNull(p.remainingOre),
    })),
    entries: input.entries.map((e) => ({ ...e, amountKronor: kronorDecimal(e.amountOre) })),
    narratives: input.reports.flatMap((r) =>
      r.document.projects.flatMap((p) =>
        p.narrative === null ? [] : [{
          committee: r.document.committee, reportId: r.reportId, projectNumber: p.number, projectName: p.name,
          title: p.narrative.title, paragraphs: [...p.narrative.paragraphs],
        }],
      ),
    ),
  };
}

type CsvRow = OpenDataEntry & { round: string };

/** The CSV's columns, in order; docs/open-data.md names them the same way. */
export const OPEN_DATA_CSV_COLUMNS: readonly Column<CsvRow>[] = [
  { header: 'Omgång', kind: 'text', value: (r) => r.round },
  { header: 'Nämnd', kind: 'text', value: (r) => r.committee },
  { header: 'Redovisning', kind: 'integer', value: (r) => r.reportId },
  { header: 'Projektnummer', kind: 'integer', value: (r) => r.projectNumber },
  { header: 'Projekt', kind: 'text', value: (r) => r.projectName },
  { header: 'Projektkod', kind: 'text', value: (r) => r.projectCode },
  { header: 'Konto', kind: 'text', value: (r) => r.account },
  { header: 'IKB', kind: 'text', value: (r) => r.ikb },
  { header: 'Nämndens motpartsnr', kind: 'text', value: (r) => r.counterparty },
  { header: 'Belopp (kr)', kind: 'ore', value: (r) => r.amountOre },
  { header: 'Belopp (öre)', kind: 'integer', value: (r) => r.amountOre },
  { header: 'Text', kind: 'text', value: (r) => r.text },
];

/** One row per approved entry: UTF-8 with BOM, `;`, CRLF, `2626837,00`, no cell that can become a formula. */
export function openDataCsv(input: OpenDataInput): string {
  return toCsv(OPEN_DATA_CSV_COLUMNS, input.entries.map((e) => ({ ...e, round: input.round.code })));
}
