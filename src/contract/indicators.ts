// A project's indicators: what it wants to achieve, with a target per year. Values are exact
// decimals in canonical form ("12.5", domain/indicator-value.ts); the screens parse and format
// Swedish ("12,5") at their edge.
import { z } from 'zod';
import { indicatorValueSchema } from '../domain/indicator-value.js';
import { indicatorNameSchema, indicatorUnitSchema } from '../domain/report.js';
import { idField } from './common.js';
import { yearInput } from './setup-fields.js';

/** A new indicator (POST /api/projects/:id/indicators). */
export const indicatorInput = z.object({
  name: indicatorNameSchema,
  unit: indicatorUnitSchema,
  baseline: indicatorValueSchema('Utgångsläget').nullable().default(null),
});
export type IndicatorInput = z.input<typeof indicatorInput>;

/** Changes to an indicator (PATCH /api/projects/:id/indicators/:indicatorId); `active: false` retires it. */
export const indicatorChanges = z.object({
  name: indicatorNameSchema.optional(),
  unit: indicatorUnitSchema.optional(),
  baseline: indicatorValueSchema('Utgångsläget').nullable().optional(),
  active: z.boolean({ error: 'Ange ja eller nej (true eller false).' }).optional(),
});
export type IndicatorChanges = z.input<typeof indicatorChanges>;

/** An indicator's target for the year in the address (PUT …/targets/:year); null removes it. */
export const targetChange = z.object({ target: indicatorValueSchema('Målet').nullable() });
export type TargetChange = z.input<typeof targetChange>;

/** Checks a target's year like a grant's. */
export const targetYear = yearInput;

/** An indicator in an answer. */
export const indicatorSchema = z.strictObject({
  id: idField,
  projectId: idField,
  name: z.string(),
  unit: z.string(),
  baseline: z.string().nullable(),
  active: z.boolean(),
  targets: z.array(z.strictObject({ year: z.number().int(), target: z.string() })),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** GET /api/projects/:id/indicators. */
export const indicatorListSchema = z.strictObject({ indicators: z.array(indicatorSchema) });
export type IndicatorList = z.infer<typeof indicatorListSchema>;
