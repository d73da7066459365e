import { z } from 'zod';
import { indicatorValueSchema } from './indicator-value.js';
import {
  MAX_REPORT_TEXT_LENGTH, reportTextLength,
  codeLengthMessage, INDICATOR_LIMIT_MESSAGES, MAX_INDICATOR_COMMENT_LENGTH, MAX_INDICATOR_NAME_LENGTH, MAX_INDICATOR_UNIT_LENGTH,
  MAX_INDICATORS_PER_PROJECT, LIMIT_MESSAGES, MAX_CODE_LENGTH, MAX_ENTRIES_PER_PROJECT, MAX_ENTRY_ORE, MAX_ENTRY_TEXT_LENGTH,
  MAX_NAME_LENGTH, MAX_NARRATIVE_TITLE_LENGTH, MAX_PARAGRAPH_LENGTH, MAX_PARAGRAPHS, MAX_PROJECTS_PER_REPORT, nameLengthMessage,
} from './limits.js';

// Users read Swedish: every message zod writes itself (type errors, limits without our own
// message) comes in Swedish too.
z.config(z.locales.sv());

/** The name and version of the interchange format (DESIGN.md §4). */
export const REPORT_FORMAT = 'redovisa.report/1';

/** The title every report in the outer-city programme carries. */
export const DEFAULT_REPORT_TITLE = 'Redovisning ytterstadsprojekt';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum skrivs ÅÅÅÅ-MM-DD.');
const fourDigits = (field: string) => z.string().regex(/^\d{4}$/, `${field} ska vara fyra siffror.`);

/** A whole number of öre that storage holds exactly (a safe integer): the rule for any stored amount. */
export const wholeOreSchema = z.number().int('Beloppet ska vara ett helt antal öre.').refine(Number.isSafeInteger, 'Beloppet är för stort.');

/** An entry's amount: whole öre, at most MAX_ENTRY_ORE either way. */
export const entryAmountSchema = wholeOreSchema.refine((ore) => Math.abs(ore) <= MAX_ENTRY_ORE, LIMIT_MESSAGES.entryOre);

/** An accrual entry: work done but not yet invoiced, booked in the round. */
export const accrualEntrySchema = z.object({
  account: fourDigits('Konto'),
  ikb: fourDigits('IKB'),
  counterparty: fourDigits('Nämndens motpartsnr'),
  amountOre: entryAmountSchema,
  text: z.string().max(MAX_ENTRY_TEXT_LENGTH, LIMIT_MESSAGES.entryTextLength),
});
export type AccrualEntry = z.infer<typeof accrualEntrySchema>;

/** An entry code in a draft: it may still be being typed; that it is four digits is the pre-submit check's rule. */
export const draftCodeSchema = (field: string) => z.string().max(MAX_CODE_LENGTH, codeLengthMessage(field));

/** An accrual entry in a draft: the entry's limits, with codes that may be incomplete. */
export const draftEntrySchema = accrualEntrySchema.extend({
  account: draftCodeSchema('Konto'),
  ikb: draftCodeSchema('IKB'),
  counterparty: draftCodeSchema('Nämndens motpartsnr'),
});

/** A project's accrual entries: at most MAX_ENTRIES_PER_PROJECT of them. */
export const entryListSchema = <T extends z.ZodType>(entry: T) => z.array(entry).max(MAX_ENTRIES_PER_PROJECT, LIMIT_MESSAGES.entriesPerProject);

/** The narrative progress report (delredovisning) for one project in one round. */
export const narrativeSchema = z.object({
  title: z.string().max(MAX_NARRATIVE_TITLE_LENGTH, LIMIT_MESSAGES.narrativeTitleLength),
  paragraphs: z.array(z.string().max(MAX_PARAGRAPH_LENGTH, LIMIT_MESSAGES.paragraphLength)).max(MAX_PARAGRAPHS, LIMIT_MESSAGES.paragraphs),
});
export type Narrative = z.infer<typeof narrativeSchema>;

/** A warning or error found while reading or checking a report. */
export const reportIssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** The source's line; in a PDF, the line on `page` as a person counts them. */
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
});
export type ReportWarning = z.infer<typeof reportIssueSchema>;

/** An indicator's name: what the project measures ("Antal deltagare"). */
export const indicatorNameSchema = z.string().trim().min(1, 'Indikatorn saknar namn.').max(MAX_INDICATOR_NAME_LENGTH, INDICATOR_LIMIT_MESSAGES.nameLength);
/** An indicator's unit ("deltagare", "%", "st"). */
export const indicatorUnitSchema = z.string().trim().min(1, 'Ange indikatorns enhet, till exempel st eller %.').max(MAX_INDICATOR_UNIT_LENGTH, INDICATOR_LIMIT_MESSAGES.unitLength);
/** A comment on an indicator's outcome. */
export const indicatorCommentSchema = z.string().max(MAX_INDICATOR_COMMENT_LENGTH, INDICATOR_LIMIT_MESSAGES.commentLength);

/**
 * One indicator in a project's part of a report: what is measured, the baseline, the target for
 * the report's year and the outcome so far. Values are exact decimals in canonical form
 * (indicator-value.ts: "12.5"); an absent value or an empty comment is left out.
 */
export const reportIndicatorSchema = z.object({
  name: indicatorNameSchema,
  unit: indicatorUnitSchema,
  baseline: indicatorValueSchema('Utgångsläget').optional(),
  target: indicatorValueSchema('Målet').optional(),
  outcome: indicatorValueSchema('Utfallet').optional(),
  comment: indicatorCommentSchema.min(1, 'En tom kommentar utelämnas.').optional(),
});
export type ReportIndicator = z.infer<typeof reportIndicatorSchema>;

/** A project's indicators in a report: at most MAX_INDICATORS_PER_PROJECT, each name once. */
export const indicatorListSchema = z.array(reportIndicatorSchema).max(MAX_INDICATORS_PER_PROJECT, INDICATOR_LIMIT_MESSAGES.perProject)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((indicator, i) => {
      if (seen.has(indicator.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Indikatorn ”${indicator.name}” finns två gånger.` });
      seen.add(indicator.name);
    });
  });

/** One project's part of a report: its accrual entries, its indicators (optional) and its narrative. */
export const projectSectionSchema = z.object({
  number: z.number().int().positive('Projektnumret ska vara ett positivt heltal.'),
  name: z.string().min(1, 'Projektet saknar namn.').max(MAX_NAME_LENGTH, nameLengthMessage('Projektnamnet')),
  entries: entryListSchema(accrualEntrySchema),
  /** Left out when the project carries no indicators: files without the field stay readable as they are. */
  indicators: indicatorListSchema.optional(),
  narrative: narrativeSchema.nullable(),
});
export type ProjectSection = z.infer<typeof projectSectionSchema>;

/** The accrual period, both ends inclusive (`tom` = till och med). */
export const accrualPeriodSchema = z.object({ from: isoDate, to: isoDate });
export type AccrualPeriod = z.infer<typeof accrualPeriodSchema>;

/** One report in the interchange format `redovisa.report/1`. */
export const reportDocumentSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  title: z.string().min(1, 'Rapporten saknar rubrik.').max(MAX_NAME_LENGTH, nameLengthMessage('Rubriken')),
  reportType: z.string().min(1, 'Rapporttyp saknas.').max(MAX_NAME_LENGTH, nameLengthMessage('Rapporttypen')),
  committee: z.string().min(1, 'Nämnd saknas.').max(MAX_NAME_LENGTH, nameLengthMessage('Nämndens namn')),
  accrualPeriod: accrualPeriodSchema,
  projects: z.array(projectSectionSchema).max(MAX_PROJECTS_PER_REPORT, LIMIT_MESSAGES.projectsPerReport)
    .refine((projects) => reportTextLength(projects) <= MAX_REPORT_TEXT_LENGTH, LIMIT_MESSAGES.reportText),
  warnings: z.array(reportIssueSchema).optional(),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
