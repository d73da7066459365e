// Reports: the list, one report with its content (redovisa.report/1), sections, comments and
// abilities, the save, the pre-submit check, the review workflow, the history and file imports.
import { z } from 'zod';
import { LIMIT_MESSAGES, MAX_PROJECTS_PER_REPORT, MAX_REASON_LENGTH } from '../domain/limits.js';
import { parseIsoDate } from '../domain/period.js';
import { indicatorValueSchema } from '../domain/indicator-value.js';
import { INDICATOR_LIMIT_MESSAGES, MAX_INDICATORS_PER_PROJECT } from '../domain/limits.js';
import { draftEntrySchema, entryListSchema, indicatorCommentSchema, narrativeSchema, REPORT_FORMAT } from '../domain/report.js';
import { HISTORY_KINDS } from '../domain/history.js';
import { REPORT_STATES } from '../domain/workflow.js';
import { base64Input, dayField, idField, MAX_FILE_BASE64_LENGTH, oreField, timestampField } from './common.js';
import { roundKindSchema, roundStateSchema } from './rounds.js';

// ─── Requests ─────────────────────────────────────────────────────────────────────────────────

const version = z.number({ error: 'Ange versionen du utgick från.' }).int('Versionen ska vara ett heltal.').min(1, 'Versionen ska vara ett positivt heltal.');
const reason = z.string().max(MAX_REASON_LENGTH, LIMIT_MESSAGES.reasonLength);
const isoDay = z.string().refine((text) => parseIsoDate(text).ok, { error: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2014-08-31.' });
const sectionId = z.number().int().positive('Avsnittets id ska vara ett positivt heltal.');

/** PUT /api/reports/:id: a draft's period, and each section's entries and narrative, from the version the client loaded. */
export const saveReportInput = z.object({
  version,
  accrualPeriod: z.object({ from: isoDay, to: isoDay }),
  sections: z.array(z.object({
    id: sectionId,
    entries: entryListSchema(draftEntrySchema),
    narrative: narrativeSchema.nullable(),
    /** The outcome so far (canonical decimal, "12.5"; null when none) and a comment, per indicator of the section by name. */
    indicators: z.array(z.object({
      name: z.string(),
      outcome: indicatorValueSchema('Utfallet').nullable(),
      comment: indicatorCommentSchema,
    })).max(MAX_INDICATORS_PER_PROJECT, INDICATOR_LIMIT_MESSAGES.perProject).optional(),
  })).max(MAX_PROJECTS_PER_REPORT, LIMIT_MESSAGES.projectsPerReport),
});
export type SaveReportInput = z.input<typeof saveReportInput>;

/** POST /api/reports/:id/submit and /approve: the version the client loaded. */
export const versionInput = z.object({ version });
export type VersionInput = z.input<typeof versionInput>;

/** POST /api/reports/:id/restore: the version the client loaded, and the earlier version to restore as a new save. */
export const restoreVersionInput = z.object({
  version,
  restoreVersion: z.number({ error: 'Ange vilken version som ska återställas.' }).int('Versionen som ska återställas ska vara ett heltal.')
    .min(1, 'Versionen som ska återställas ska vara ett positivt heltal.'),
});
export type RestoreVersionInput = z.input<typeof restoreVersionInput>;

/** POST /api/reports/:id/reopen: the version and the reason. */
export const reasonInput = z.object({ version, reason: reason.optional() });
export type ReasonInput = z.input<typeof reasonInput>;

/** POST /api/reports/:id/comments: a remark on the report or one of its projects, perhaps answering another. */
export const commentInput = z.object({
  body: z.string().max(MAX_REASON_LENGTH, `Kommentaren får vara högst ${MAX_REASON_LENGTH} tecken.`),
  sectionId: sectionId.nullable().optional(),
  parentId: idField.nullable().optional(),
});
export type CommentInput = z.input<typeof commentInput>;

/** POST /api/reports/:id/return: the version, the reason, and reasons per section. */
export const returnReportInput = reasonInput.extend({
  sectionReasons: z.array(z.object({ sectionId, reason })).max(MAX_PROJECTS_PER_REPORT, 'För många skäl per avsnitt.').optional(),
});
export type ReturnReportInput = z.input<typeof returnReportInput>;

/** POST /api/reports/:id/import/preview: a legacy .txt, .pdf or .docx file of up to 10 MB, base64-encoded, to read without storing. */
export const importPreviewInput = z.object({
  fileName: z.string().trim().min(1, 'Ange filens namn.').max(255, 'Filnamnet får vara högst 255 tecken.'),
  contentBase64: base64Input(MAX_FILE_BASE64_LENGTH, 'Filen är för stor: högst 10 MB.'),
});
export type ImportPreviewInput = z.input<typeof importPreviewInput>;

/** POST /api/reports/:id/import: the file, from the version the client loaded; with `digest`, only the file the preview read. */
export const importFileInput = importPreviewInput.extend({
  version,
  digest: z.string().regex(/^[0-9a-f]{64}$/u, 'Ange förhandsgranskningens kontrollsumma (64 hexadecimala tecken).').optional()
    .meta({ description: 'Förhandsgranskningens digest (SHA-256 av filen): importen läser bara samma fil.' }),
});
export type ImportFileInput = z.input<typeof importFileInput>;

// ─── Answers ──────────────────────────────────────────────────────────────────────────────────

const reportStateSchema = z.enum(REPORT_STATES);
const accrualPeriodSchema = z.strictObject({ from: dayField, to: dayField });

/** An accrual entry as stored: in a draft its codes may be incomplete. */
export const entrySchema = z.strictObject({
  account: z.string(),
  ikb: z.string(),
  counterparty: z.string(),
  amountOre: oreField,
  text: z.string(),
});
export type Entry = z.infer<typeof entrySchema>;

/** A project's narrative (delredovisning). */
export const narrativeAnswerSchema = z.strictObject({ title: z.string(), paragraphs: z.array(z.string()) });
export type Narrative = z.infer<typeof narrativeAnswerSchema>;

/** An indicator as a report states it: values are canonical decimals ("12.5"); absent ones are left out. */
export const reportIndicatorAnswerSchema = z.strictObject({
  name: z.string(),
  unit: z.string(),
  baseline: z.string().optional(),
  target: z.string().optional(),
  outcome: z.string().optional(),
  comment: z.string().optional(),
});
export type ReportIndicator = z.infer<typeof reportIndicatorAnswerSchema>;

/** The report's content in redovisa.report/1 (without warnings); `projects` follows `sections` one to one. */
export const reportContentSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  title: z.string(),
  reportType: z.string(),
  committee: z.string(),
  accrualPeriod: accrualPeriodSchema,
  projects: z.array(z.strictObject({
    number: z.number().int(),
    name: z.string(),
    entries: z.array(entrySchema),
    indicators: z.array(reportIndicatorAnswerSchema).optional(),
    narrative: narrativeAnswerSchema.nullable(),
  })),
});

/** A report section: the project behind content.projects[i], with its grant, what was accrued before, and the defaults for new rows. */
export const sectionSchema = z.strictObject({
  id: idField,
  projectId: idField.nullable(),
  number: z.number().int(),
  name: z.string(),
  grantOre: oreField.nullable(),
  accruedBeforeOre: oreField,
  defaults: z.strictObject({ account: z.string(), ikb: z.string(), counterparty: z.string() }),
});
export type Section = z.infer<typeof sectionSchema>;

/** A comment on a report or one of its sections: a remark, or the reason it was returned or reopened. */
export const commentSchema = z.strictObject({
  id: idField,
  sectionId: idField.nullable(),
  parentId: idField.nullable().meta({ description: 'Kommentaren som den här svarar på.' }),
  kind: z.enum(['comment', 'return_reason', 'reopen_reason']),
  body: z.string(),
  authorName: z.string(),
  createdAt: timestampField,
});
export type Comment = z.infer<typeof commentSchema>;

/** What the user may do with this report; the screens show only these buttons. */
export const reportAbilitiesSchema = z.strictObject({
  edit: z.boolean(),
  submit: z.boolean(),
  return: z.boolean(),
  approve: z.boolean(),
  reopen: z.boolean(),
  importFile: z.boolean(),
  viewHistory: z.boolean(),
  comment: z.boolean(),
});
export type ReportAbilities = z.infer<typeof reportAbilitiesSchema>;

/** GET /api/reports/:id, and the answer to every change of a report: workflow facts, content, sections, comments, abilities. */
export const reportSchema = z.strictObject({
  id: idField,
  state: reportStateSchema,
  stateName: z.string(),
  version: z.number().int(),
  committeeId: idField,
  committee: z.string(),
  round: z.strictObject({
    id: idField, year: z.number().int(), kind: roundKindSchema, kindName: z.string(), deadline: dayField, state: roundStateSchema,
  }).nullable(),
  createdAt: timestampField,
  updatedAt: timestampField,
  submittedAt: timestampField.nullable(),
  submittedBy: z.string().nullable(),
  approvedAt: timestampField.nullable(),
  approvedBy: z.string().nullable(),
  content: reportContentSchema,
  sections: z.array(sectionSchema),
  comments: z.array(commentSchema),
  abilities: reportAbilitiesSchema,
});
export type Report = z.infer<typeof reportSchema>;

/** One line of the report list. */
export const reportSummarySchema = z.strictObject({
  id: idField,
  committeeId: idField,
  committee: z.string(),
  roundId: idField.nullable(),
  round: z.strictObject({ year: z.number().int(), kind: roundKindSchema, kindName: z.string(), deadline: dayField }).nullable(),
  title: z.string(),
  state: reportStateSchema,
  stateName: z.string(),
  version: z.number().int(),
  accrualPeriod: accrualPeriodSchema,
  projectCount: z.number().int(),
  totalOre: oreField,
  updatedAt: timestampField,
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** GET /api/reports. */
export const reportListSchema = z.strictObject({ reports: z.array(reportSummarySchema) });
export type ReportList = z.infer<typeof reportListSchema>;

/** One finding of the pre-submit check; errors block submission. */
export const checkIssueSchema = z.strictObject({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
  path: z.string(),
  sectionId: idField.nullable(),
});
export type CheckIssue = z.infer<typeof checkIssueSchema>;

/** GET /api/reports/:id/check. */
export const checkResultSchema = z.strictObject({ issues: z.array(checkIssueSchema), submittable: z.boolean() });
export type CheckResult = z.infer<typeof checkResultSchema>;

/** A changed field: where it is, what a reader calls it, its value before and after. */
export const fieldChangeSchema = z.strictObject({ path: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One entry of a report's history: an event, or one person's autosaves with their combined change. */
export const historyEntrySchema = z.strictObject({
  /** The entry's newest event. */
  id: idField,
  kind: z.enum(HISTORY_KINDS),
  action: z.string(),
  actionName: z.string(),
  actorLabel: z.string(),
  ip: z.string().nullable(),
  /** The first and the last event's time (the same for one event). */
  startedAt: timestampField,
  occurredAt: timestampField,
  /** How many events (autosaves) the entry gathers. */
  eventCount: z.number().int().positive(),
  reason: z.string().nullable(),
  comment: z.strictObject({ body: z.string(), about: z.string().nullable() }).nullable(),
  /** An edit's version: what the report became. */
  version: z.number().int().positive().nullable(),
  /** Whether that version can be restored: known exactly from the trail, and not what the report holds now. */
  restorable: z.boolean(),
  changes: z.array(fieldChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** GET /api/reports/:id/history: newest first; the report's version now, and whether the user may restore an earlier one. */
export const historySchema = z.strictObject({ entries: z.array(historyEntrySchema), version: z.number().int(), mayRestore: z.boolean() });
export type History = z.infer<typeof historySchema>;

/** GET /api/reports/:id/versions/:version: what restoring that version would change (before: now, after: then). */
export const versionPreviewSchema = z.strictObject({ version: z.number().int(), currentVersion: z.number().int(), changes: z.array(fieldChangeSchema) });
export type VersionPreview = z.infer<typeof versionPreviewSchema>;

/** A warning from reading a legacy file, with its line when it has one. */
export const importWarningSchema = z.strictObject({
  code: z.string(), message: z.string(),
  // Where in the file: a text file's line, a PDF's page and the line on it; nothing for a Word file.
  line: z.number().int().positive().optional(), page: z.number().int().positive().optional(),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

/** POST /api/reports/:id/import: the report with the file's content, and the warnings to look at. */
export const importResultSchema = z.strictObject({ report: reportSchema, warnings: z.array(importWarningSchema) });
export type ImportResult = z.infer<typeof importResultSchema>;

/** A project's content in sum, as an import preview compares it: entries counted and added up, and whether it has a narrative. */
export const projectFiguresSchema = z.strictObject({ entryCount: z.number().int(), totalOre: oreField, narrative: z.boolean() });
export type ProjectFigures = z.infer<typeof projectFiguresSchema>;

/** Where in the file a part was read: a PDF's page and line on it, or a text file's line; a Word file's parts have none. */
export const filePlaceSchema = z.strictObject({
  page: z.number().int().positive().optional().meta({ description: 'Sidan i en PDF; saknas för en textfil.' }),
  line: z.number().int().positive().meta({ description: 'Raden på sidan (PDF) eller i filen (text).' }),
});
export type FilePlace = z.infer<typeof filePlaceSchema>;

/** What the file brings to a project: its figures, its heading's place, and each entry with its amount's place in the file. */
export const incomingProjectSchema = projectFiguresSchema.extend({
  heading: filePlaceSchema.nullable().meta({ description: 'Var projektets rubrik står i filen; null för en Word-fil.' }),
  entries: z.array(entrySchema.extend({
    place: filePlaceSchema.nullable().meta({ description: 'Var beloppet står i filen; null för en Word-fil.' }),
  })),
});
export type IncomingProject = z.infer<typeof incomingProjectSchema>;

/**
 * POST /api/reports/:id/import/preview: what importing the file would replace and bring, nothing
 * stored. `digest` is sent back with the import so that exactly this file is read in.
 */
export const importPreviewSchema = z.strictObject({
  fileName: z.string(),
  digest: z.string(),
  version: z.number().int().meta({ description: 'Versionen av redovisningen som jämförelsen gäller.' }),
  accrualPeriod: z.strictObject({ current: accrualPeriodSchema, incoming: accrualPeriodSchema }),
  projects: z.array(z.strictObject({
    sectionId: idField,
    number: z.number().int(),
    name: z.string(),
    current: projectFiguresSchema,
    incoming: incomingProjectSchema.nullable().meta({ description: 'null: projektet finns inte i filen och lämnas som det är.' }),
  })),
  warnings: z.array(importWarningSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** GET /api/reports/:id/previous: per section (in report order), the project's part of the committee's report in an earlier round. */
export const previousRoundSchema = z.strictObject({
  sections: z.array(z.strictObject({
    sectionId: idField,
    previous: z.strictObject({
      reportId: idField,
      state: reportStateSchema,
      stateName: z.string(),
      round: z.strictObject({ id: idField, year: z.number().int(), kind: roundKindSchema, kindName: z.string() }),
      entryCount: z.number().int(),
      totalOre: oreField,
      narrative: narrativeAnswerSchema.nullable(),
    }).nullable().meta({ description: 'null: ingen tidigare omgång har en redovisning av projektet som användaren får läsa.' }),
  })),
});
export type PreviousRound = z.infer<typeof previousRoundSchema>;

/** The `details` of a save's 409 `conflict`: the stored report, who saved it when, and each field that differs. */
export const conflictDetailsSchema = z.strictObject({
  current: reportSchema,
  savedBy: z.string(),
  savedAt: timestampField,
  changes: z.array(z.strictObject({ path: z.string(), label: z.string(), yours: z.unknown(), theirs: z.unknown() })),
});
export type ConflictDetails = z.infer<typeof conflictDetailsSchema>;
