// The shapes and rules of the set-up's inputs, in one place: the routes declare them as their body
// schemas (so OpenAPI shows them) and the use cases parse with them again, so the command line and
// any other caller meet the same Swedish messages.
import { z } from 'zod';
import { AppError } from '../../domain/errors.js';
import { parseIsoDate, ROUND_KINDS, roundPeriod } from '../../domain/period.js';
import { projectCodeSchema } from '../../domain/project-code.js';

/** The years the set-up accepts: wide enough for old reports and long plans, narrow enough to catch typos. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
// Ids are 32-bit identities on both engines (see server/params.ts).
const MAX_ID = 2_147_483_647;

const text = (label: string) =>
  z.string().trim().min(1, `${label} får inte vara tomt.`).max(200, `${label} får vara högst 200 tecken.`);
const fourDigits = (label: string) => z.string().trim().regex(/^\d{4}$/, `${label} ska vara fyra siffror.`);
const reference = (label: string) =>
  z.number().int(`${label} ska vara ett id (ett positivt heltal).`).min(1, `${label} ska vara ett id (ett positivt heltal).`)
    .max(MAX_ID, `${label} ska vara ett id (ett positivt heltal).`);

/** A calendar year within MIN_YEAR–MAX_YEAR. */
export const yearSchema = z.number()
  .int('Året ska vara ett heltal.')
  .min(MIN_YEAR, `Året ska vara mellan ${MIN_YEAR} och ${MAX_YEAR}.`)
  .max(MAX_YEAR, `Året ska vara mellan ${MIN_YEAR} och ${MAX_YEAR}.`);

/** A grant in whole öre, zero or more. */
export const grantOreSchema = z.number()
  .int('Bidraget ska vara ett helt antal öre.')
  .min(0, 'Bidraget får inte vara negativt.')
  .refine(Number.isSafeInteger, 'Bidraget är för stort.');

const projectNumber = z.number().int('Projektnumret ska vara ett heltal.').min(1, 'Projektnumret ska vara minst 1.').max(9999, 'Projektnumret får vara högst 9999.');

/** A new committee. */
export const committeeInput = z.object({
  name: text('Nämndens namn'),
  counterpartyNumber: fourDigits('Nämndens motpartsnummer'),
});

/** Changes to a committee; absent fields stay as they are. */
export const committeeChanges = committeeInput.partial().extend({ active: z.boolean().optional() });

/** A new programme. */
export const programmeInput = z.object({
  name: text('Satsningens namn'),
  ikb: fourDigits('IKB'),
  defaultAccount: fourDigits('Kontot'),
  /** The account the SIE export debits (upplupna intäkter); 1790 when not given. */
  accruedIncomeAccount: fourDigits('Kontot för upplupna intäkter').optional(),
});

/** Changes to a programme. */
export const programmeChanges = programmeInput.partial();

/** One year's grant of a project. */
export const grantInput = z.object({ year: yearSchema, grantOre: grantOreSchema });

/** A new project with its grants. */
export const projectInput = z.object({
  committeeId: reference('Nämnden'),
  programmeId: reference('Satsningen'),
  name: text('Projektets namn'),
  number: projectNumber,
  activeFromYear: yearSchema,
  activeToYear: yearSchema.nullable().default(null),
  /** The ledger project code; without one the project gets `<committee counterparty>-<number, two digits>`. */
  projectCode: projectCodeSchema.optional(),
  grants: z.array(grantInput).max(MAX_YEAR - MIN_YEAR + 1, 'Ett projekt kan ha ett bidrag per år.').default([]),
}).superRefine((project, ctx) => {
  if (project.activeToYear !== null && project.activeToYear < project.activeFromYear) {
    ctx.addIssue({ code: 'custom', path: ['activeToYear'], message: yearsReversed(project.activeFromYear, project.activeToYear) });
  }
  const seen = new Set<number>();
  project.grants.forEach((grant, i) => {
    if (seen.has(grant.year)) ctx.addIssue({ code: 'custom', path: ['grants', i, 'year'], message: `Året ${grant.year} har redan ett bidrag.` });
    seen.add(grant.year);
    if (!isActiveIn(project, grant.year)) {
      ctx.addIssue({ code: 'custom', path: ['grants', i, 'year'], message: grantOutsideYears(project, grant.year) });
    }
  });
});

/** Changes to a project; its committee stays. */
export const projectChanges = z.object({
  name: text('Projektets namn').optional(),
  number: projectNumber.optional(),
  programmeId: reference('Satsningen').optional(),
  activeFromYear: yearSchema.optional(),
  activeToYear: yearSchema.nullable().optional(),
  projectCode: projectCodeSchema.optional(),
});

/** An ISO date that exists in the calendar, e.g. 2014-09-15. */
export const isoDateSchema = z.string().transform((value, ctx) => {
  const parsed = parseIsoDate(value);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});

/** A new round: its period follows from year and kind; the deadline is not before the period ends. */
export const roundInput = z.object({
  year: yearSchema,
  kind: z.enum(ROUND_KINDS, { error: 'Omgångens typ ska vara T1, T2 eller VB.' }),
  deadline: isoDateSchema,
}).superRefine((round, ctx) => {
  const periodEnd = roundPeriod(round.year, round.kind).to;
  if (round.deadline < periodEnd) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: `Sista dag (${round.deadline}) kan inte ligga före periodens slut ${periodEnd}.` });
  }
});

/** True when a project runs in the year (no end year: still running). */
export function isActiveIn(project: { activeFromYear: number; activeToYear: number | null }, year: number): boolean {
  return project.activeFromYear <= year && (project.activeToYear === null || year <= project.activeToYear);
}

/** "Slutåret (2013) kan inte ligga före startåret (2014)." */
export function yearsReversed(from: number, to: number): string {
  return `Slutåret (${to}) kan inte ligga före startåret (${from}).`;
}

/** Why a grant cannot be given for a year the project does not run. */
export function grantOutsideYears(project: { activeFromYear: number; activeToYear: number | null }, year: number): string {
  const span = `${project.activeFromYear}–${project.activeToYear ?? ''}`;
  return `Projektet pågår ${span}; ett bidrag för ${year} kan inte anges.`;
}

/**
 * Parses input with a schema, or throws invalid_input naming the first field that is wrong, in the
 * same `field: message` form the HTTP layer gives schema errors.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'innehållet';
  throw new AppError('invalid_input', `${field}: ${issue?.message ?? 'ogiltigt värde.'}`, { field });
}
