// The public record: the switch an admin turns, and the open data format `redovisa.open-data/1`
// (docs/open-data.md describes every field; a change that breaks a reader gets a new version).
import { z } from 'zod';
import { dayField, idField, oreField } from './common.js';

/** GET /api/public-site: whether the public part is on, and whether the environment forces it. */
export const publicSiteSchema = z.strictObject({
  enabled: z.boolean(),
  forcedByEnvironment: z.boolean().meta({ description: 'PUBLIC_SITE=1 är satt: den offentliga delen är på oavsett inställningen.' }),
  setting: z.boolean().meta({ description: 'Administratörens inställning.' }),
});
export type PublicSite = z.infer<typeof publicSiteSchema>;

/** PUT /api/public-site (admin). */
export const publicSiteInput = z.object({
  enabled: z.boolean({ error: 'enabled ska vara true eller false.' }),
});

/** The open data format's name and version. */
export const OPEN_DATA_FORMAT = 'redovisa.open-data/1';

/** An amount in kronor as an exact decimal string with a point, `2626837.00`, `-1200.50`. */
const kronorField = z.string().regex(/^-?\d+\.\d{2}$/).meta({ description: 'Belopp i kronor som exakt decimaltal med punkt, t.ex. 2626837.00.' });

const openDataCommittee = z.strictObject({
  name: z.string(),
  counterparty: z.string(),
  reportId: idField,
  reportVersion: z.number().int().positive(),
  approvedOn: dayField,
  accrualPeriod: z.strictObject({ from: dayField, to: dayField }),
});

const openDataProject = z.strictObject({
  committee: z.string(),
  number: z.number().int().positive(),
  name: z.string(),
  projectCode: z.string(),
  programme: z.string(),
  grantOre: oreField.nullable(),
  grantKronor: kronorField.nullable(),
  accruedThisRoundOre: oreField,
  accruedThisRoundKronor: kronorField,
  yearToDateOre: oreField,
  yearToDateKronor: kronorField,
  remainingOre: oreField.nullable(),
  remainingKronor: kronorField.nullable(),
});

const openDataEntry = z.strictObject({
  committee: z.string(),
  reportId: idField,
  projectNumber: z.number().int().positive(),
  projectName: z.string(),
  projectCode: z.string().nullable(),
  account: z.string(),
  ikb: z.string(),
  counterparty: z.string(),
  amountOre: oreField,
  amountKronor: kronorField,
  text: z.string(),
});

const openDataNarrative = z.strictObject({
  committee: z.string(),
  reportId: idField,
  projectNumber: z.number().int().positive(),
  projectName: z.string(),
  title: z.string(),
  paragraphs: z.array(z.string()),
});

/** One round's approved reports as open data (`/oppna-data/2014-VB.json`). */
export const openDataRoundSchema = z.strictObject({
  format: z.literal(OPEN_DATA_FORMAT),
  licence: z.strictObject({ name: z.string(), url: z.string() }),
  publisher: z.string(),
  round: z.strictObject({
    code: z.string(), year: z.number().int(), kind: z.enum(['T1', 'T2', 'VB']), name: z.string(), periodFrom: dayField, periodTo: dayField,
  }),
  committees: z.array(openDataCommittee),
  projects: z.array(openDataProject),
  entries: z.array(openDataEntry),
  narratives: z.array(openDataNarrative),
});
export type OpenDataRound = z.infer<typeof openDataRoundSchema>;
