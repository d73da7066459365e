// Committees (nämnder): the reporting units.
import { z } from 'zod';
import { fourDigitsInput, nameInput } from './setup-fields.js';
import { idField } from './common.js';

/** A new committee (POST /api/committees). */
export const committeeInput = z.object({
  name: nameInput('Nämndens namn'),
  counterpartyNumber: fourDigitsInput('Nämndens motpartsnummer'),
});
export type CommitteeInput = z.input<typeof committeeInput>;

/** Changes to a committee (PATCH /api/committees/:id); absent fields stay as they are. */
export const committeeChanges = committeeInput.partial().extend({ active: z.boolean().optional() });
export type CommitteeChanges = z.input<typeof committeeChanges>;

/** A committee in an answer. */
export const committeeSchema = z.strictObject({
  id: idField,
  name: z.string(),
  counterpartyNumber: z.string(),
  active: z.boolean(),
});
export type Committee = z.infer<typeof committeeSchema>;

/** GET /api/committees. */
export const committeeListSchema = z.strictObject({ committees: z.array(committeeSchema) });
export type CommitteeList = z.infer<typeof committeeListSchema>;
