// Projects with their grants per year: run by a committee, financed by a programme.
import { z } from 'zod';
import { projectCodeSchema } from '../domain/project-code.js';
import { grantOutsideYears, isActiveIn, MAX_YEAR, MIN_YEAR, yearsReversed } from '../domain/project-years.js';
import { idField, oreField, referenceInput } from './common.js';
import { grantOreInput, nameInput, yearInput } from './setup-fields.js';

const projectNumber = z.number().int('Projektnumret ska vara ett heltal.').min(1, 'Projektnumret ska vara minst 1.').max(9999, 'Projektnumret får vara högst 9999.');

/** One year's grant of a project. */
export const grantInput = z.object({ year: yearInput, grantOre: grantOreInput });

/** A project's grant for the year in the address (PUT /api/projects/:id/grants/:year). */
export const grantChange = z.object({ grantOre: grantOreInput });
export type GrantChange = z.input<typeof grantChange>;

/** A new project with its grants (POST /api/projects). */
export const projectInput = z.object({
  committeeId: referenceInput('Nämnden'),
  programmeId: referenceInput('Satsningen'),
  name: nameInput('Projektets namn'),
  number: projectNumber,
  activeFromYear: yearInput,
  activeToYear: yearInput.nullable().default(null),
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
export type ProjectInput = z.input<typeof projectInput>;

/** Changes to a project (PATCH /api/projects/:id); its committee stays. */
export const projectChanges = z.object({
  name: nameInput('Projektets namn').optional(),
  number: projectNumber.optional(),
  programmeId: referenceInput('Satsningen').optional(),
  activeFromYear: yearInput.optional(),
  activeToYear: yearInput.nullable().optional(),
  projectCode: projectCodeSchema.optional(),
});
export type ProjectChanges = z.input<typeof projectChanges>;

/** A project in an answer, with its committee's and programme's names and its grants year by year. */
export const projectSchema = z.strictObject({
  id: idField,
  committeeId: idField,
  committeeName: z.string(),
  programmeId: idField,
  programmeName: z.string(),
  name: z.string(),
  number: z.number().int(),
  projectCode: z.string(),
  activeFromYear: z.number().int(),
  activeToYear: z.number().int().nullable(),
  grants: z.array(z.strictObject({ year: z.number().int(), grantOre: oreField })),
});
export type Project = z.infer<typeof projectSchema>;
/** A project's grant for one year. */
export type Grant = Project['grants'][number];

/** GET /api/projects. */
export const projectListSchema = z.strictObject({ projects: z.array(projectSchema) });
export type ProjectList = z.infer<typeof projectListSchema>;
