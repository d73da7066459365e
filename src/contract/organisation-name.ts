// The organisation's name: printed in the footer of every page of every document; the admin sets it.
import { z } from 'zod';
import { MAX_ORGANISATION_NAME_LENGTH } from '../domain/limits.js';

/** GET and PUT /api/organisation-name: the name, and what it is when none is set. */
export const organisationNameSchema = z.strictObject({
  name: z.string().meta({ description: 'Namnet i sidfoten på varje sida av varje dokument, t.ex. Stockholms stad.' }),
  fallback: z.string().meta({ description: 'Namnet när inget är angivet: miljövariabeln ORGANISATION_NAME, annars Stockholms stad.' }),
  set: z.boolean().meta({ description: 'Om en administratör har angett namnet i appen.' }),
});
export type OrganisationName = z.infer<typeof organisationNameSchema>;

/** PUT /api/organisation-name (admin). */
export const organisationNameInput = z.object({
  name: z.string({ error: 'Organisationens namn ska vara text.' })
    .trim()
    .min(1, 'Organisationens namn får inte vara tomt.')
    .max(MAX_ORGANISATION_NAME_LENGTH, `Organisationens namn får vara högst ${MAX_ORGANISATION_NAME_LENGTH} tecken (det står på en rad i sidfoten).`)
    .regex(/^[^\t\n\r]*$/u, 'Organisationens namn ska stå på en rad.'),
});
export type OrganisationNameInput = z.input<typeof organisationNameInput>;
