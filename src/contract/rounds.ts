// Reporting rounds (T1, T2, VB of a year) and their overview.
import { z } from 'zod';
import { ROUND_KINDS, ROUND_STATES, roundPeriod } from '../domain/period.js';
import { REPORT_STATES } from '../domain/workflow.js';
import { MAX_REASON_LENGTH } from '../domain/limits.js';
import { dayField, idField, oreField, timestampField } from './common.js';
import { isoDateInput, yearInput } from './setup-fields.js';

/** A new round (POST /api/rounds): its period follows from year and kind; the deadline is not before the period ends. */
export const roundInput = z.object({
  year: yearInput,
  kind: z.enum(ROUND_KINDS, { error: 'Omgångens typ ska vara T1, T2 eller VB.' }),
  deadline: isoDateInput,
}).superRefine((round, ctx) => {
  const periodEnd = roundPeriod(round.year, round.kind).to;
  if (round.deadline < periodEnd) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: `Sista dag (${round.deadline}) kan inte ligga före periodens slut ${periodEnd}.` });
  }
});
export type RoundInput = z.input<typeof roundInput>;

/** The kind of a round in an answer. */
export const roundKindSchema = z.enum(ROUND_KINDS);
export type RoundKind = z.infer<typeof roundKindSchema>;
/** The state of a round in an answer. */
export const roundStateSchema = z.enum(ROUND_STATES);
export type RoundState = z.infer<typeof roundStateSchema>;

/** A round in an answer. */
export const roundSchema = z.strictObject({
  id: idField,
  /** The round as people type it: `2014-VB`. */
  code: z.string(),
  year: z.number().int(),
  kind: roundKindSchema,
  kindName: z.string(),
  periodFrom: dayField,
  periodTo: dayField,
  deadline: dayField,
  state: roundStateSchema,
});
export type Round = z.infer<typeof roundSchema>;

/** GET /api/rounds. */
export const roundListSchema = z.strictObject({ rounds: z.array(roundSchema) });
export type RoundList = z.infer<typeof roundListSchema>;

/** A committee's status in a round's overview: its report's state, or not started. */
export const overviewStatusSchema = z.enum(['not_started', ...REPORT_STATES]);
export type OverviewStatus = z.infer<typeof overviewStatusSchema>;

/** One committee's line in the round overview. */
export const overviewLineSchema = z.strictObject({
  committeeId: idField,
  committeeName: z.string(),
  reportId: idField.nullable(),
  status: overviewStatusSchema,
  statusName: z.string(),
  late: z.boolean(),
  submittedAt: timestampField.nullable(),
  updatedAt: timestampField.nullable(),
  totalOre: oreField,
  remind: z.boolean().meta({ description: 'Om du kan påminna nämnden om redovisningen (omgången är öppen och redovisningen inte inskickad).' }),
});
export type OverviewLine = z.infer<typeof overviewLineSchema>;

/** GET /api/rounds/:id/overview: the round, then one line per committee. */
export const roundOverviewSchema = z.strictObject({ round: roundSchema, committees: z.array(overviewLineSchema) });
export type RoundOverview = z.infer<typeof roundOverviewSchema>;

/** POST /api/rounds/:id/reminders: one committee, or (committeeId left out or null) every one that has not handed in. */
export const reminderInput = z.object({
  committeeId: idField.nullable().optional(),
  message: z.string({ error: 'Meddelandet ska vara en text.' }).max(MAX_REASON_LENGTH, `Meddelandet får vara högst ${MAX_REASON_LENGTH} tecken.`),
});
export type ReminderInput = z.input<typeof reminderInput>;

/** The answer to a reminder: each committee reminded and how many of its people were told. */
export const reminderResultSchema = z.strictObject({
  reminded: z.array(z.strictObject({ committeeId: idField, committeeName: z.string(), notified: z.number().int().nonnegative() })),
});
export type ReminderResult = z.infer<typeof reminderResultSchema>;
