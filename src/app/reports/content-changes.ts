// What differs between two versions of a report's editable content, field by field, with paths
// into the redovisa.report/1 document and labels a Swedish reader recognises. The same paths are
// the keys of a save's audit event, so the history can label them again later.
import type { AccrualEntry, Narrative, ReportIndicator } from '../../domain/report.js';

/** The part of a report a committee edits: the accrual period and each section's entries and narrative. */
export interface EditableContent {
  readonly accrualPeriod: { readonly from: string; readonly to: string };
  readonly projects: readonly EditableProject[];
}

/** One section's editable content, with the number and name that label it. */
export interface EditableProject {
  readonly number: number;
  readonly name: string;
  readonly entries: readonly AccrualEntry[];
  /** The section's indicators: a committee writes their outcomes and comments. */
  readonly indicators?: readonly ReportIndicator[];
  readonly narrative: Narrative | null;
}

/** One field that differs: where it is, what a reader calls it, and its two values. */
export interface FieldChange {
  readonly path: string;
  readonly label: string;
  readonly before: unknown;
  readonly after: unknown;
}

const ENTRY_FIELDS = ['account', 'ikb', 'counterparty', 'amountOre', 'text'] as const satisfies readonly (keyof AccrualEntry)[];

const ENTRY_FIELD_LABELS: Readonly<Record<string, string>> = {
  account: 'konto', ikb: 'IKB', counterparty: 'nämndens motpartsnr', amountOre: 'belopp', text: 'text',
};

const INDICATOR_FIELDS = ['name', 'unit', 'baseline', 'target', 'outcome', 'comment'] as const satisfies readonly (keyof ReportIndicator)[];

const INDICATOR_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'namn', unit: 'enhet', baseline: 'utgångsläge', target: 'mål', outcome: 'utfall', comment: 'kommentar',
};

const TOP_LABELS: Readonly<Record<string, string>> = {
  'accrualPeriod.from': 'Periodisering från',
  'accrualPeriod.to': 'Periodisering tom',
  state: 'Status',
  file: 'Importerad fil',
};

/** Every field whose value differs between `before` and `after`, in document order. */
export function contentChanges(before: EditableContent, after: EditableContent): FieldChange[] {
  const found: Array<[path: string, before: unknown, after: unknown]> = [];
  const compare = (path: string, a: unknown, b: unknown) => {
    if (!sameValue(a, b)) found.push([path, a ?? null, b ?? null]);
  };
  compare('accrualPeriod.from', before.accrualPeriod.from, after.accrualPeriod.from);
  compare('accrualPeriod.to', before.accrualPeriod.to, after.accrualPeriod.to);
  const projectCount = Math.max(before.projects.length, after.projects.length);
  for (let p = 0; p < projectCount; p += 1) {
    const a = before.projects[p];
    const b = after.projects[p];
    if (a === undefined || b === undefined) {
      compare(`projects.${p}`, a, b);
      continue;
    }
    const rows = Math.max(a.entries.length, b.entries.length);
    for (let e = 0; e < rows; e += 1) {
      const ea = a.entries[e];
      const eb = b.entries[e];
      // A row that exists on one side only is one change, not five.
      if (ea === undefined || eb === undefined) compare(`projects.${p}.entries.${e}`, ea, eb);
      else for (const field of ENTRY_FIELDS) compare(`projects.${p}.entries.${e}.${field}`, ea[field], eb[field]);
    }
    const indicatorsA = a.indicators ?? [];
    const indicatorsB = b.indicators ?? [];
    for (let i = 0; i < Math.max(indicatorsA.length, indicatorsB.length); i += 1) {
      const ia = indicatorsA[i];
      const ib = indicatorsB[i];
      if (ia === undefined || ib === undefined) compare(`projects.${p}.indicators.${i}`, ia, ib);
      else for (const field of INDICATOR_FIELDS) compare(`projects.${p}.indicators.${i}.${field}`, ia[field], ib[field]);
    }
    if (a.narrative === null || b.narrative === null) {
      compare(`projects.${p}.narrative`, a.narrative, b.narrative);
      continue;
    }
    compare(`projects.${p}.narrative.title`, a.narrative.title, b.narrative.title);
    const paragraphs = Math.max(a.narrative.paragraphs.length, b.narrative.paragraphs.length);
    for (let i = 0; i < paragraphs; i += 1) {
      compare(`projects.${p}.narrative.paragraphs.${i}`, a.narrative.paragraphs[i], b.narrative.paragraphs[i]);
    }
  }
  const projects = after.projects.length >= before.projects.length ? after.projects : before.projects;
  return found.map(([path, a, b]) => ({ path, label: fieldLabel(path, projects), before: a, after: b }));
}

/**
 * What a reader calls the field at `path`: 'Projekt 2 Lärandecenter, rad 1, belopp'. Projects are
 * named from `projects` (the report's sections, whose order never changes); unknown paths stay paths.
 */
export function fieldLabel(path: string, projects: readonly Pick<EditableProject, 'number' | 'name'>[]): string {
  const top = TOP_LABELS[path];
  if (top !== undefined) return top;
  const m = /^projects\.(\d+)(?:\.(.*))?$/.exec(path);
  if (!m) return path;
  const index = Number(m[1]);
  const project = projects[index];
  const head = project ? `Projekt ${project.number} ${project.name}` : `Projekt på plats ${index + 1}`;
  const rest = m[2];
  if (rest === undefined) return head;
  const entry = /^entries\.(\d+)(?:\.(\w+))?$/.exec(rest);
  if (entry) {
    const row = `${head}, rad ${Number(entry[1]) + 1}`;
    return entry[2] === undefined ? row : `${row}, ${ENTRY_FIELD_LABELS[entry[2]] ?? entry[2]}`;
  }
  const indicator = /^indicators\.(\d+)(?:\.(\w+))?$/.exec(rest);
  if (indicator) {
    const row = `${head}, indikator ${Number(indicator[1]) + 1}`;
    return indicator[2] === undefined ? row : `${row}, ${INDICATOR_FIELD_LABELS[indicator[2]] ?? indicator[2]}`;
  }
  if (rest === 'narrative') return `${head}, delredovisning`;
  if (rest === 'narrative.title') return `${head}, delredovisningens rubrik`;
  const paragraph = /^narrative\.paragraphs\.(\d+)$/.exec(rest);
  if (paragraph) return `${head}, delredovisningens stycke ${Number(paragraph[1]) + 1}`;
  return `${head}, ${rest}`;
}

/**
 * The changes as an audit event's before and after: the changed fields only, keyed by path. A long
 * text changed in a few words keeps only the changed words with some context on each side (elided
 * with …), so the trail grows with what was changed, not with the length of the paragraph.
 */
export function auditValues(changes: readonly FieldChange[]): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const change of changes) {
    const compact = typeof change.before === 'string' && typeof change.after === 'string' ? compactTextChange(change.before, change.after) : null;
    before[change.path] = compact?.before ?? change.before;
    after[change.path] = compact?.after ?? change.after;
  }
  return { before, after };
}

/** How much unchanged text is kept on each side of a change, at least (extended to whole words). */
const CONTEXT = 60;
/** Texts shorter than this together are kept whole: eliding them saves nothing worth the ellipses. */
const COMPACT_FROM = 400;

/** The changed part of two texts with context, or null when they are short enough to keep whole. */
export function compactTextChange(before: string, after: string): { before: string; after: string } | null {
  if (before.length + after.length < COMPACT_FROM) return null;
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  // Context to whole words: back from the change to a space, forward past it to a space.
  let start = Math.max(0, prefix - CONTEXT);
  while (start > 0 && before[start - 1] !== ' ') start -= 1;
  const cut = (text: string) => {
    let end = Math.min(text.length, text.length - suffix + CONTEXT);
    while (end < text.length && text[end] !== ' ') end += 1;
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  };
  const compact = { before: cut(before), after: cut(after) };
  return compact.before.length + compact.after.length < before.length + after.length ? compact : null;
}

// Values are strings, numbers, null, entries and narratives: plain JSON, compared as JSON with the
// keys in a fixed order so two equal entries never differ by the order their keys were written in.
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return (a ?? null) === (b ?? null);
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v);
}
