// The year's dashboard (GET /api/dashboard): grants against approved accruals per committee, project
// and round, the reports' states and punctuality per round, and the previous year's totals.
import { z } from 'zod';
import type { YearDashboard as DomainYearDashboard } from '../domain/dashboard.js';
import { indicatorValueSchema } from '../domain/indicator-value.js';
import { ROUND_KINDS, ROUND_STATES } from '../domain/period.js';
import { REPORT_STATES } from '../domain/workflow.js';
import { dayField, idField, oreField, timestampField } from './common.js';

// A year or a committee in the query string: digits; the use case checks the year's range.
const yearText = z.string().regex(/^\d{4}$/, 'ska vara ett årtal, till exempel 2014.').transform(Number);
const idText = z.string().regex(/^\d{1,10}$/, 'ska vara ett positivt heltal.').transform(Number)
  .pipe(z.number().int().min(1, 'ska vara ett positivt heltal.').max(2_147_483_647, 'ska vara ett positivt heltal.'));

/** GET /api/dashboard?year=2014[&committee=ID]. */
export const dashboardQuery = z.object({
  year: yearText.meta({ description: 'Året, t.ex. 2014.' }),
  committee: idText.optional().meta({ description: 'En nämnds id: bara dess siffror.' }),
});

const kind = z.enum(ROUND_KINDS);
const roundAmount = z.strictObject({ kind, yearToDateOre: oreField.nullable() });
const roundTotal = z.strictObject({ kind, yearToDateOre: oreField, approvedCommittees: z.number().int(), notApprovedCommittees: z.number().int() });

/** The answer: every committee the user may see, or the one asked for. */
export const yearDashboardSchema = z.strictObject({
  year: z.number().int(),
  committeeId: idField.nullable(),
  rounds: z.array(z.strictObject({
    kind, code: z.string(), exists: z.boolean(), periodTo: dayField.nullable(), deadline: dayField.nullable(), state: z.enum(ROUND_STATES).nullable(),
  })),
  committees: z.array(z.strictObject({
    committeeId: idField,
    committeeName: z.string(),
    grantOre: oreField,
    byRound: z.array(roundAmount),
    asOf: kind.nullable(),
    accruedOre: oreField,
    remainingOre: oreField,
    reports: z.array(z.strictObject({
      kind,
      reportId: idField.nullable(),
      status: z.enum([...REPORT_STATES, 'not_started']),
      submittedAt: timestampField.nullable(),
      punctuality: z.enum(['on_time', 'late', 'overdue', 'not_due']).nullable(),
    })),
    projects: z.array(z.strictObject({
      projectId: idField, number: z.number().int(), name: z.string(), projectCode: z.string(), grantOre: oreField.nullable(),
      byRound: z.array(roundAmount), accruedOre: oreField, remainingOre: oreField.nullable(),
    })),
  })),
  totals: z.strictObject({ grantOre: oreField, byRound: z.array(roundTotal), accruedOre: oreField, remainingOre: oreField }),
  previous: z.strictObject({ year: z.number().int(), grantOre: oreField, byRound: z.array(roundTotal) }),
  indicators: z.array(z.strictObject({
    indicatorId: idField, committeeId: idField, committeeName: z.string(),
    projectId: idField, projectNumber: z.number().int(), projectName: z.string(),
    name: z.string(), unit: z.string(),
    baseline: indicatorValueSchema('Utgångsläget').nullable(),
    target: indicatorValueSchema('Målet').nullable(),
    outcome: indicatorValueSchema('Utfallet').nullable()
      .meta({ description: 'Det senaste utfallet i en godkänd redovisning av året, som exakt decimaltal med punkt ("12.5").' }),
    outcomeRound: kind.nullable(),
    outcomeReportId: idField.nullable(),
    againstTarget: z.union([z.literal(-1), z.literal(0), z.literal(1)]).nullable()
      .meta({ description: 'Utfallet mot målet, exakt: -1 under, 0 lika, 1 över; null utan båda.' }),
    sharePercent: z.number().int().nullable()
      .meta({ description: 'Utfallet i procent av målet, avrundat till hela procent (för diagrammet); null utan båda eller med målet 0.' }),
  })).meta({ description: 'Årets indikatorer för de projekt som visas: mål mot senaste godkända utfall.' }),
});
export type YearDashboard = z.infer<typeof yearDashboardSchema>;

// The contract and the domain's figures are one shape: a change to either fails the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<YearDashboard, DomainYearDashboard> = true;
void _sameShape;
