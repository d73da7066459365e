// The editor's working copy of a report: what the user typed, exactly as typed (amounts as text),
// with stable keys for rows and paragraphs, and how it becomes the body of PUT /api/reports/:id.
import { formatIndicatorValue, parseIndicatorValue } from '../../../domain/indicator-value.js';
import { formatKronor, parseKronor } from '../../../domain/money.js';
import { parseIsoDate } from '../../../domain/period.js';
import type { Entry, Report, SaveReportInput } from '../../api/types.js';

/** One accrual row being edited. `savedOre` is the amount the server holds for this row, if any. */
export interface DraftEntry {
  key: string;
  account: string;
  ikb: string;
  counterparty: string;
  amountText: string;
  savedOre: number | null;
  text: string;
}

/** One narrative paragraph being edited. */
export interface DraftParagraph {
  key: string;
  text: string;
}

/** A narrative being edited. */
export interface DraftNarrative {
  title: string;
  paragraphs: DraftParagraph[];
}

/**
 * One indicator's outcome being edited: the outcome as typed ("12,5"), the outcome the server holds
 * (canonical, "12.5"), and the comment. Name, unit, baseline and target are the project's and read-only.
 */
export interface DraftIndicator {
  name: string;
  outcomeText: string;
  savedOutcome: string | null;
  comment: string;
}

/** One project section being edited; `id` is the report section's id. */
export interface DraftSection {
  id: number;
  entries: DraftEntry[];
  /** Left out by backups older than indicators: read as none. */
  indicators?: DraftIndicator[];
  narrative: DraftNarrative | null;
}

/** The whole working copy. */
export interface Draft {
  accrualPeriod: { from: string; to: string };
  sections: DraftSection[];
}

/** Hands out keys for new rows and paragraphs: `k1`, `k2`, … */
export type KeySource = () => string;

/** A key source counting from `start`; returns the source and a reader for the next number. */
export function counterKeys(start = 1): { next: KeySource; peek: () => number } {
  let n = start;
  return { next: () => `k${n++}`, peek: () => n };
}

/** The amount as a person types it: `2 626 837`, `-1 200`, `83 412,50` (plain spaces, ASCII minus). */
export function amountTextOf(ore: number): string {
  return formatKronor(ore, { plainSpaces: true });
}

/** Builds the working copy from a report as the server sent it. */
export function draftFromReport(report: Report, keys: KeySource): Draft {
  return {
    accrualPeriod: { ...report.content.accrualPeriod },
    sections: report.sections.map((section, i) => {
      const project = report.content.projects[i];
      return {
        id: section.id,
        entries: (project?.entries ?? []).map((entry) => ({
          key: keys(),
          account: entry.account,
          ikb: entry.ikb,
          counterparty: entry.counterparty,
          amountText: amountTextOf(entry.amountOre),
          savedOre: entry.amountOre,
          text: entry.text,
        })),
        indicators: (project?.indicators ?? []).map((indicator) => ({
          name: indicator.name,
          outcomeText: indicator.outcome === undefined ? '' : formatIndicatorValue(indicator.outcome, { plainSpaces: true }),
          savedOutcome: indicator.outcome ?? null,
          comment: indicator.comment ?? '',
        })),
        narrative: project?.narrative
          ? { title: project.narrative.title, paragraphs: project.narrative.paragraphs.map((text) => ({ key: keys(), text })) }
          : null,
      };
    }),
  };
}

/** An outcome as typed, read exactly: '' is no outcome (null). */
export function readOutcome(text: string): { ok: true; value: string | null } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: null };
  return parseIndicatorValue(text);
}

/** Gives every row and paragraph of a draft (say, one restored from a backup) fresh keys. */
export function rekeyDraft(draft: Draft, keys: KeySource): Draft {
  return {
    accrualPeriod: { ...draft.accrualPeriod },
    sections: draft.sections.map((s) => ({
      ...s,
      entries: s.entries.map((e) => ({ ...e, key: keys() })),
      narrative: s.narrative ? { title: s.narrative.title, paragraphs: s.narrative.paragraphs.map((p) => ({ ...p, key: keys() })) } : null,
    })),
  };
}

/** An amount that cannot be read, and where it is (`path` as the check names it). */
export interface InvalidAmount {
  kind: 'amount';
  /** A new row (never saved) whose amount is still empty: not yet something to warn about while typing. */
  blank: boolean;
  path: string;
  sectionIndex: number;
  entryIndex: number;
  key: string;
  message: string;
}

/** A period date that cannot be read (or is empty): which end, what was typed, and why. */
export interface InvalidDate {
  kind: 'date';
  path: string;
  field: 'from' | 'to';
  text: string;
  message: string;
}

/** An indicator outcome that cannot be read: where it is and why. */
export interface InvalidOutcome {
  kind: 'outcome';
  path: string;
  sectionIndex: number;
  indicatorIndex: number;
  name: string;
  message: string;
}

/** A field held back from a save until the user corrects it. */
export type InvalidField = InvalidAmount | InvalidDate | InvalidOutcome;

/**
 * How many fields the status bar says were held back: a new row whose amount is still empty is being
 * filled in, not wrong (it is not sent, and the review before submitting still names it).
 */
export function heldBackCount(invalid: readonly InvalidField[]): number {
  return invalid.filter((field) => !(field.kind === 'amount' && field.blank)).length;
}

/** What a save sends, which öre each row was sent with, and the fields held back. */
export interface Payload {
  body: SaveReportInput;
  sentOre: Record<string, number>;
  invalid: InvalidField[];
}

/**
 * Builds the save body on top of what the server holds (`saved`: its version and period). A field
 * that cannot be read is not sent: an amount's row goes with the amount the server already holds
 * (a row the server has never had stays out of this save), a period date goes as the server holds
 * it. The text stays in the field (and in the local backup) until the user corrects it.
 */
export function toPayload(draft: Draft, saved: Pick<Report, 'version' | 'content'>): Payload {
  const sentOre: Record<string, number> = {};
  const invalid: InvalidField[] = [];
  const accrualPeriod = { ...saved.content.accrualPeriod };
  for (const field of ['from', 'to'] as const) {
    const text = draft.accrualPeriod[field];
    const parsed = parseIsoDate(text);
    if (parsed.ok) accrualPeriod[field] = parsed.value;
    else invalid.push({ kind: 'date', path: `accrualPeriod.${field}`, field, text, message: parsed.message });
  }
  const sections = draft.sections.map((section, sectionIndex) => {
    const entries: Entry[] = [];
    section.entries.forEach((row, entryIndex) => {
      const parsed = parseKronor(row.amountText);
      if (!parsed.ok) {
        invalid.push({
          kind: 'amount', path: `projects.${sectionIndex}.entries.${entryIndex}.amountOre`, sectionIndex, entryIndex, key: row.key, message: parsed.message,
          blank: row.savedOre === null && row.amountText.trim() === '',
        });
      }
      const amountOre = parsed.ok ? parsed.value : row.savedOre;
      if (amountOre === null) return;
      sentOre[row.key] = amountOre;
      entries.push({ account: row.account.trim(), ikb: row.ikb.trim(), counterparty: row.counterparty.trim(), amountOre, text: row.text });
    });
    const narrative = section.narrative
      ? { title: section.narrative.title, paragraphs: section.narrative.paragraphs.map((p) => p.text) }
      : null;
    // An outcome that cannot be read goes as the server holds it, like an amount.
    const indicators = (section.indicators ?? []).map((indicator, indicatorIndex) => {
      const parsed = readOutcome(indicator.outcomeText);
      if (!parsed.ok) {
        invalid.push({
          kind: 'outcome', path: `projects.${sectionIndex}.indicators.${indicatorIndex}.outcome`, sectionIndex, indicatorIndex, name: indicator.name, message: parsed.message,
        });
      }
      return { name: indicator.name, outcome: parsed.ok ? parsed.value : indicator.savedOutcome, comment: indicator.comment };
    });
    return { id: section.id, entries, narrative, ...(indicators.length > 0 ? { indicators } : {}) };
  });
  return { body: { version: saved.version, accrualPeriod, sections }, sentOre, invalid };
}

/**
 * What the draft says, without keys or bookkeeping: two drafts with the same signature hold the
 * same content. Amounts compare by value when readable ("1200" and "1 200" are the same).
 */
export function draftSignature(draft: Draft): string {
  return JSON.stringify({
    p: draft.accrualPeriod,
    s: draft.sections.map((s) => ({
      id: s.id,
      e: s.entries.map((e) => {
        const parsed = parseKronor(e.amountText);
        return [e.account, e.ikb, e.counterparty, parsed.ok ? parsed.value : e.amountText, e.text];
      }),
      n: s.narrative ? [s.narrative.title, s.narrative.paragraphs.map((p) => p.text)] : null,
      i: (s.indicators ?? []).map((i) => {
        const parsed = readOutcome(i.outcomeText);
        return [i.name, parsed.ok ? parsed.value : i.outcomeText, i.comment];
      }),
    })),
  });
}

/** A section's total in öre as it would be saved: readable amounts, else the amount the server holds. */
export function sectionTotalOre(section: DraftSection): number {
  let total = 0;
  for (const row of section.entries) {
    const parsed = parseKronor(row.amountText);
    total += parsed.ok ? parsed.value : (row.savedOre ?? 0);
  }
  return total;
}

/** The content of a save body without its version, in a fixed shape: for "is there anything to send?". */
export function bodyContent(body: Pick<SaveReportInput, 'accrualPeriod' | 'sections'>): string {
  return JSON.stringify({
    p: [body.accrualPeriod.from, body.accrualPeriod.to],
    s: body.sections.map((s) => [
      s.id,
      s.entries.map((e) => [e.account, e.ikb, e.counterparty, e.amountOre, e.text]),
      s.narrative ? [s.narrative.title, s.narrative.paragraphs] : null,
      (s.indicators ?? []).map((i) => [i.name, i.outcome, i.comment]),
    ]),
  });
}

/** What the server holds for a report, in the shape of a save body. */
export function reportBody(report: Report): Pick<SaveReportInput, 'accrualPeriod' | 'sections'> {
  return {
    accrualPeriod: report.content.accrualPeriod,
    sections: report.sections.map((section, i) => ({
      id: section.id,
      entries: report.content.projects[i]?.entries ?? [],
      narrative: report.content.projects[i]?.narrative ?? null,
      indicators: (report.content.projects[i]?.indicators ?? []).map((x) => ({ name: x.name, outcome: x.outcome ?? null, comment: x.comment ?? '' })),
    })),
  };
}

/** The draft as plain text, for a person to copy from (after choosing another person's version). */
export function draftAsText(draft: Draft, report: Report): string {
  const lines = [`Periodisering ${draft.accrualPeriod.from} – ${draft.accrualPeriod.to}`, ''];
  draft.sections.forEach((section, i) => {
    const meta = report.sections.find((s) => s.id === section.id) ?? report.sections[i];
    lines.push(`Projekt ${meta?.number ?? i + 1}: ${meta?.name ?? ''}`);
    for (const e of section.entries) lines.push(`${e.account}\t${e.ikb}\t${e.counterparty}\t${e.amountText}\t${e.text}`);
    for (const i of section.indicators ?? []) lines.push(`${i.name}\t${i.outcomeText}\t${i.comment}`);
    if (section.narrative) {
      lines.push('', section.narrative.title, '');
      for (const p of section.narrative.paragraphs) lines.push(p.text, '');
    }
    lines.push('');
  });
  return lines.join('\n').trimEnd() + '\n';
}
