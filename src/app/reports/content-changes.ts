// What differs between two versions of a report's editable content, field by field, with paths
// into the redovisa.report/1 document and labels a Swedish reader recognises. The same paths are
// the keys of a save's audit event, so the history can label them again later.
import { sameJsonValue } from '../../domain/history.js';
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
    if (!sameJsonValue(a, b)) found.push([path, a ?? null, b ?? null]);
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

/**
 * The changed part of two texts with context, or null when they are short enough to keep whole, or
 * when the changed part could not be found again in `after` in exactly one place (a passage that
 * repeats): what is stored must let the history rebuild `before` from `after` exactly.
 */
export function compactTextChange(before: string, after: string): { before: string; after: string } | null {
  const compact = compactRaw(before, after);
  return compact !== null && expandTextChange(after, compact) === before ? compact : null;
}

function compactRaw(before: string, after: string): { before: string; after: string } | null {
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
    return `${start > 0 ? ELLIPSIS : ''}${text.slice(start, end)}${end < text.length ? ELLIPSIS : ''}`;
  };
  const compact = { before: cut(before), after: cut(after) };
  return compact.before.length + compact.after.length < before.length + after.length ? compact : null;
}

const ELLIPSIS = '…';

/**
 * The text a change started from, given the text it ended in and the change as an audit event
 * stored it (whole, or compacted by compactTextChange). Null when the stored change does not fit
 * `after`, or fits it in more than one place: then the earlier text cannot be known exactly.
 */
export function expandTextChange(after: string, stored: { before: string; after: string }): string | null {
  if (stored.after === after) return stored.before;
  // The compact form marks cut ends with …, but a text may begin or end with … of its own: try both readings.
  const readings = (mark: (text: string) => boolean) => (mark(stored.before) && mark(stored.after) ? [true, false] : [false]);
  const found = new Set<string>();
  for (const lead of readings((t) => t.startsWith(ELLIPSIS))) {
    for (const trail of readings((t) => t.endsWith(ELLIPSIS))) {
      const strip = (text: string) => text.slice(lead ? ELLIPSIS.length : 0, trail ? text.length - ELLIPSIS.length : text.length);
      const coreAfter = strip(stored.after);
      const coreBefore = strip(stored.before);
      for (const at of lead ? occurrences(after, coreAfter) : [0]) {
        if (!after.startsWith(coreAfter, at)) continue;
        const candidate = after.slice(0, at) + coreBefore + after.slice(at + coreAfter.length);
        const again = compactRaw(candidate, after);
        if (again !== null && again.before === stored.before && again.after === stored.after) found.add(candidate);
      }
    }
  }
  return found.size === 1 ? [...found][0] ?? null : null;
}

// Where `part` occurs in `text` after its first character (a cut start is never at 0).
function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part, 1); at > 0 && at < text.length; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}
