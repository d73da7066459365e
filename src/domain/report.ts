import { z } from 'zod';

// Users read Swedish: every message zod writes itself (type errors, limits without our own
// message) comes in Swedish too.
z.config(z.locales.sv());

/** The name and version of the interchange format (DESIGN.md §4). */
export const REPORT_FORMAT = 'redovisa.report/1';

/** The title every report in the outer-city programme carries. */
export const DEFAULT_REPORT_TITLE = 'Redovisning ytterstadsprojekt';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum skrivs ÅÅÅÅ-MM-DD.');
const fourDigits = (field: string) => z.string().regex(/^\d{4}$/, `${field} ska vara fyra siffror.`);

/** The longest text an accrual entry may carry. */
export const MAX_ENTRY_TEXT = 500;

/** An accrual entry: work done but not yet invoiced, booked in the round. */
export const accrualEntrySchema = z.object({
  account: fourDigits('Konto'),
  ikb: fourDigits('IKB'),
  counterparty: fourDigits('Nämndens motpartsnr'),
  amountOre: z.number().int('Beloppet ska vara ett helt antal öre.').refine(Number.isSafeInteger, 'Beloppet är för stort.'),
  text: z.string().max(MAX_ENTRY_TEXT, `Texten får vara högst ${MAX_ENTRY_TEXT} tecken.`),
});
export type AccrualEntry = z.infer<typeof accrualEntrySchema>;

/** The narrative progress report (delredovisning) for one project in one round. */
export const narrativeSchema = z.object({
  title: z.string().max(300, 'Rubriken får vara högst 300 tecken.'),
  paragraphs: z.array(z.string().max(20_000, 'Ett stycke får vara högst 20 000 tecken.')),
});
export type Narrative = z.infer<typeof narrativeSchema>;

/** A warning or error found while reading or checking a report. */
export const reportIssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().int().positive().optional(),
});
export type ReportWarning = z.infer<typeof reportIssueSchema>;

/** One project's part of a report: its accrual entries and its narrative. */
export const projectSectionSchema = z.object({
  number: z.number().int().positive('Projektnumret ska vara ett positivt heltal.'),
  name: z.string().min(1, 'Projektet saknar namn.').max(200, 'Projektnamnet får vara högst 200 tecken.'),
  entries: z.array(accrualEntrySchema),
  narrative: narrativeSchema.nullable(),
});
export type ProjectSection = z.infer<typeof projectSectionSchema>;

/** The accrual period, both ends inclusive (`tom` = till och med). */
export const accrualPeriodSchema = z.object({ from: isoDate, to: isoDate });
export type AccrualPeriod = z.infer<typeof accrualPeriodSchema>;

/** One report in the interchange format `redovisa.report/1`. */
export const reportDocumentSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  title: z.string().min(1, 'Rapporten saknar rubrik.').max(200, 'Rubriken får vara högst 200 tecken.'),
  reportType: z.string().min(1, 'Rapporttyp saknas.').max(200, 'Rapporttypen får vara högst 200 tecken.'),
  committee: z.string().min(1, 'Nämnd saknas.').max(200, 'Nämndens namn får vara högst 200 tecken.'),
  accrualPeriod: accrualPeriodSchema,
  projects: z.array(projectSectionSchema),
  warnings: z.array(reportIssueSchema).optional(),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
