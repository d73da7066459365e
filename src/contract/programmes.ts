// Programmes (satsningar): the central funds that finance projects.
import { z } from 'zod';
import { idField } from './common.js';
import { fourDigitsInput, nameInput } from './setup-fields.js';

/** A new programme (POST /api/programmes). */
export const programmeInput = z.object({
  name: nameInput('Satsningens namn'),
  ikb: fourDigitsInput('IKB'),
  defaultAccount: fourDigitsInput('Kontot'),
  /** The account the SIE export debits (upplupna intäkter); 1790 when not given. */
  accruedIncomeAccount: fourDigitsInput('Kontot för upplupna intäkter').optional(),
});
export type ProgrammeInput = z.input<typeof programmeInput>;

/** Changes to a programme (PATCH /api/programmes/:id). */
export const programmeChanges = programmeInput.partial();
export type ProgrammeChanges = z.input<typeof programmeChanges>;

/** A programme in an answer. */
export const programmeSchema = z.strictObject({
  id: idField,
  name: z.string(),
  ikb: z.string(),
  defaultAccount: z.string(),
  accruedIncomeAccount: z.string(),
});
export type Programme = z.infer<typeof programmeSchema>;

/** GET /api/programmes. */
export const programmeListSchema = z.strictObject({ programmes: z.array(programmeSchema) });
export type ProgrammeList = z.infer<typeof programmeListSchema>;
