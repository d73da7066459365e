// Central finance after approval: grants against accruals, SIE export batches, reconciliations and
// the city-wide report (DESIGN.md §10).
import { z } from 'zod';
import { base64Input, dayField, idField, MAX_FILE_BASE64_LENGTH, oreField, timestampField } from './common.js';

/**
 * A round as people type it in a URL: `/api/rounds/2014-VB/figures`. The parameter keeps the name `id`
 * that the rounds' other routes give the same place in the path (one route tree, one name).
 */
export const roundCodeParams = z.object({
  id: z.string().max(20).meta({ description: 'Omgången, t.ex. 2014-VB.' }),
});

/** One project's figures in a round: grant, change this round, year to date, remaining; null where the report is not approved. */
export const projectFiguresSchema = z.strictObject({
  projectId: idField,
  number: z.number().int(),
  name: z.string(),
  projectCode: z.string(),
  programmeName: z.string(),
  grantOre: oreField.nullable(),
  accruedThisRoundOre: oreField.nullable(),
  yearToDateOre: oreField.nullable(),
  remainingOre: oreField.nullable(),
  source: z.strictObject({ reportId: idField, version: z.number().int() }).nullable(),
});

/** GET /api/rounds/:round/figures: every committee the actor may see, with its report's state and projects. */
export const roundFiguresSchema = z.strictObject({
  round: z.string(),
  committees: z.array(z.strictObject({
    committeeId: idField,
    committeeName: z.string(),
    counterparty: z.string(),
    status: z.string(),
    statusName: z.string(),
    reportId: idField.nullable(),
    projects: z.array(projectFiguresSchema),
  })),
});
export type RoundFigures = z.infer<typeof roundFiguresSchema>;

/** An SIE export batch. */
export const exportBatchSchema = z.strictObject({
  id: idField,
  round: z.string(),
  createdAt: timestampField,
  createdBy: z.string(),
  again: z.boolean(),
  voucherCount: z.number().int(),
  entryCount: z.number().int(),
  totalOre: oreField,
  fileSha256: z.string(),
  fileName: z.string(),
});
export type ExportBatch = z.infer<typeof exportBatchSchema>;

/** GET /api/rounds/:round/exports. */
export const exportBatchListSchema = z.strictObject({ batches: z.array(exportBatchSchema) });
export type ExportBatchList = z.infer<typeof exportBatchListSchema>;

/** POST /api/rounds/:round/exports: `again` exports reports an earlier batch already carried. */
export const exportInput = z.object({ again: z.boolean().default(false) });
export type ExportInput = z.input<typeof exportInput>;

/** A booked-entries file sent for reconciliation: its name and its bytes in base64. */
export const bookedFileInput = z.object({
  fileName: z.string().trim().min(1, 'Filnamn saknas.').max(255, 'Filnamnet får vara högst 255 tecken.'),
  contentBase64: base64Input(MAX_FILE_BASE64_LENGTH, 'Filen är för stor: högst 10 MB.'),
});
export type BookedFileInput = z.input<typeof bookedFileInput>;

const lineStatus = z.enum(['matched', 'differs', 'only_reported', 'only_booked']);

/** A reconciliation's worklist: the result, notes on lines, sign-offs, and whether it is stale. */
export const reconciliationSchema = z.strictObject({
  id: idField,
  round: z.string(),
  createdAt: timestampField,
  createdBy: z.string(),
  bookedFileName: z.string(),
  closingDate: dayField,
  lines: z.array(z.strictObject({
    counterparty: z.string(), project: z.string(), reportedOre: oreField, bookedOre: oreField, differenceOre: oreField, status: lineStatus,
  })),
  summary: z.strictObject({ matched: z.number().int(), differs: z.number().int(), onlyReported: z.number().int(), onlyBooked: z.number().int() }),
  notes: z.array(z.strictObject({
    counterparty: z.string(), project: z.string(), resolution: z.enum(['explained', 'corrected']), body: z.string(), by: z.string(), at: timestampField,
  })),
  signoffs: z.array(z.strictObject({ party: z.string(), partyName: z.string(), by: z.string(), at: timestampField })),
  committees: z.array(z.strictObject({ id: idField, name: z.string(), counterparty: z.string(), signed: z.boolean() })),
  stale: z.boolean(),
  staleReasons: z.array(z.string()),
  warnings: z.array(z.strictObject({ line: z.number().int(), message: z.string() })),
  abilities: z.strictObject({ annotate: z.boolean(), signOffCentral: z.boolean(), signOffCommittee: z.boolean() }),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

/** GET /api/rounds/:round/reconciliations. */
export const reconciliationListSchema = z.strictObject({
  reconciliations: z.array(z.strictObject({ id: idField, createdAt: timestampField, createdBy: z.string(), bookedFileName: z.string() })),
});
export type ReconciliationList = z.infer<typeof reconciliationListSchema>;

/** PUT /api/reconciliations/:id/notes: how one line's difference is explained or corrected. */
export const reconciliationNoteInput = z.object({
  counterparty: z.string().trim().min(1, 'Motpart saknas.').max(20, 'Motparten får vara högst 20 tecken.'),
  project: z.string().trim().min(1, 'Projekt saknas.').max(40, 'Projektkoden får vara högst 40 tecken.'),
  resolution: z.enum(['explained', 'corrected'], { error: 'Välj förklarad eller rättad.' }),
  body: z.string().trim().min(1, 'Skriv en förklaring.').max(2000, 'Förklaringen får vara högst 2 000 tecken.'),
});
export type ReconciliationNoteInput = z.input<typeof reconciliationNoteInput>;
