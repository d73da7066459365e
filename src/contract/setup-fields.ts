// The fields the central set-up's forms share (committees, programmes, projects, rounds): one rule
// and one Swedish message each. The use cases parse with the same schemas again (app/setup/inputs.ts),
// so the command line and any other caller meet the same words as the API.
import { z } from 'zod';
import { MAX_NAME_LENGTH, nameLengthMessage } from '../domain/limits.js';
import { parseIsoDate } from '../domain/period.js';
import { MAX_YEAR, MIN_YEAR } from '../domain/project-years.js';

/** A name: trimmed, not empty, at most MAX_NAME_LENGTH characters; `label` names it in the message. */
export function nameInput(label: string) {
  return z.string().trim().min(1, `${label} får inte vara tomt.`).max(MAX_NAME_LENGTH, nameLengthMessage(label));
}

/** A four-digit code (counterparty number, IKB, account). */
export function fourDigitsInput(label: string) {
  return z.string().trim().regex(/^\d{4}$/, `${label} ska vara fyra siffror.`);
}

/** A calendar year within MIN_YEAR–MAX_YEAR. */
export const yearInput = z.number()
  .int('Året ska vara ett heltal.')
  .min(MIN_YEAR, `Året ska vara mellan ${MIN_YEAR} och ${MAX_YEAR}.`)
  .max(MAX_YEAR, `Året ska vara mellan ${MIN_YEAR} och ${MAX_YEAR}.`);

/** A grant in whole öre, zero or more. */
export const grantOreInput = z.number()
  .int('Bidraget ska vara ett helt antal öre.')
  .min(0, 'Bidraget får inte vara negativt.')
  .refine(Number.isSafeInteger, 'Bidraget är för stort.');

/** An ISO date that exists in the calendar, e.g. 2014-09-15. */
export const isoDateInput = z.string().transform((value, ctx) => {
  const parsed = parseIsoDate(value);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});
