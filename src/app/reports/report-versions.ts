// A report's earlier versions, rebuilt from what the database keeps: the content as it is now and
// the audit trail. Redovisa stores no copies of old versions; every change of content wrote an
// event with each changed field before and after (long texts compacted to the changed words with
// context), so walking the trail back from the newest event undoes one change at a time. Each step
// first checks that the event's "after" is what the content holds at that point; where it is not
// (content changed outside the trail), that version and every older one are unknown, never guessed.
import type { AuditEvent } from '../../db/repositories/audit-events.js';
import { sameJsonValue } from '../../domain/history.js';
import type { AccrualEntry, ReportIndicator } from '../../domain/report.js';
import { expandTextChange, type EditableContent, type EditableProject } from './content-changes.js';

// Events that change the content, and those that move the version on without changing it.
const CONTENT_ACTIONS: ReadonlySet<string> = new Set(['report.saved', 'report.imported_file', 'report.restored']);
const VERSION_ACTIONS: ReadonlySet<string> = new Set([...CONTENT_ACTIONS, 'report.submit', 'report.return', 'report.approve', 'report.reopen']);

// The content paths an event may carry; other keys (the file's name, counts, a reason) are facts.
const CONTENT_PATH = /^(accrualPeriod\.(from|to)|projects\.\d+(\..+)?)$/;

/** One event of a report's trail with the version it left and the content before and after it. */
export interface VersionedEvent {
  readonly event: AuditEvent;
  /** The report's version once the event was written (a transition moves it on too). */
  readonly version: number;
  /** The content before and after the event; null where the trail cannot be undone exactly this far back. */
  readonly before: EditableContent | null;
  readonly after: EditableContent | null;
}

/** A report's versions: its events oldest first, and the version and content before the first of them. */
export interface ReportVersions {
  readonly events: readonly VersionedEvent[];
  readonly firstVersion: number;
  readonly firstContent: EditableContent | null;
  readonly currentVersion: number;
}

/** Whether an event changed the report's content (a save, a file read in, a restored version). */
export function changesContent(action: string): boolean {
  return CONTENT_ACTIONS.has(action);
}

/**
 * Rebuilds every version of a report from its content now (at `currentVersion`) and its events,
 * oldest first. Versions are counted back from the current one: every save, file read in, restore
 * and transition wrote one event and claimed one version (a report approved on paper at its import
 * is the exception, so the count stops at 1).
 */
export function rebuildVersions(current: EditableContent, currentVersion: number, events: readonly AuditEvent[]): ReportVersions {
  const out: VersionedEvent[] = [];
  let version = currentVersion;
  let content: EditableContent | null = current;
  for (const event of [...events].reverse()) {
    const after = content;
    if (after !== null && CONTENT_ACTIONS.has(event.action)) {
      try {
        content = undo(after, asRecord(event.before), asRecord(event.after));
      } catch (error) {
        if (!(error instanceof CannotUndo)) throw error;
        content = null;
      }
    }
    out.push({ event, version: Math.max(1, version), before: content, after });
    if (VERSION_ACTIONS.has(event.action)) version -= 1;
  }
  return { events: out.reverse(), firstVersion: Math.max(1, version), firstContent: content, currentVersion };
}

/**
 * The content of version `version`: what the last event at or before it left (or what the report
 * held before its first event). Undefined for a version the report never had, null for one the
 * trail cannot rebuild exactly.
 */
export function contentAt(versions: ReportVersions, version: number): EditableContent | null | undefined {
  if (!Number.isInteger(version) || version < versions.firstVersion || version > versions.currentVersion) return undefined;
  const last = versions.events.filter((e) => e.version <= version).at(-1);
  return last === undefined ? versions.firstContent : last.after;
}

// The trail does not fit the content at this point: the event's "after" is not what is there.
class CannotUndo extends Error {}

interface Step { readonly path: string; readonly value: unknown }

/** The content before an event, from the content after it and the event's changed fields. */
function undo(after: EditableContent, beforeValues: Record<string, unknown>, afterValues: Record<string, unknown>): EditableContent {
  const paths = [...new Set([...Object.keys(beforeValues), ...Object.keys(afterValues)])].filter((p) => CONTENT_PATH.test(p));
  const steps: Step[] = paths.map((path) => {
    const was = beforeValues[path] ?? null;
    const became = afterValues[path] ?? null;
    const now = valueAt(after, path);
    if (typeof was === 'string' && typeof became === 'string' && typeof now === 'string') {
      const value = expandTextChange(now, { before: was, after: became });
      if (value === null) throw new CannotUndo(path);
      return { path, value };
    }
    if (!sameJsonValue(now, became)) throw new CannotUndo(path);
    return { path, value: was };
  });
  const next = new Draft(after);
  // Rows and paragraphs that come back are set in order (each right after the last); those that go
  // are the last ones, and are removed from the end.
  const byIndex = (s: Step) => Number(/(\d+)$/.exec(s.path)?.[1] ?? 0);
  const removals = steps.filter((s) => s.value === null && isElement(s.path)).sort((a, b) => byIndex(b) - byIndex(a));
  for (const step of steps.filter((s) => !removals.includes(s)).sort((a, b) => byIndex(a) - byIndex(b))) next.set(step.path, step.value);
  for (const step of removals) next.remove(step.path);
  return next.result();
}

// A whole row, indicator or paragraph: a path ending in its index.
const ELEMENT = /^projects\.\d+\.(entries|indicators|narrative\.paragraphs)\.\d+$/;
const isElement = (path: string) => ELEMENT.test(path);

/** The value at a content path, null where there is none. */
function valueAt(content: EditableContent, path: string): unknown {
  if (path === 'accrualPeriod.from') return content.accrualPeriod.from;
  if (path === 'accrualPeriod.to') return content.accrualPeriod.to;
  const [, p, rest] = /^projects\.(\d+)(?:\.(.+))?$/.exec(path) ?? [];
  const project = content.projects[Number(p)];
  if (project === undefined || rest === undefined) return project ?? null;
  let value: unknown = project;
  for (const key of rest.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? null;
}

/**
 * A copy of content being changed path by path, copying only the projects it touches (the rest is
 * shared with the version it came from, so keeping every version costs little).
 */
class Draft {
  private readonly period: { from: string; to: string };
  private readonly projects: EditableProject[];
  private readonly copied = new Set<number>();

  constructor(from: EditableContent) {
    this.period = { ...from.accrualPeriod };
    this.projects = [...from.projects];
  }

  set(path: string, value: unknown): void {
    if (path === 'accrualPeriod.from' || path === 'accrualPeriod.to') {
      if (typeof value !== 'string') throw new CannotUndo(path);
      this.period[path === 'accrualPeriod.from' ? 'from' : 'to'] = value;
      return;
    }
    const { project, rest } = this.projectAt(path);
    const m = /^(entries|indicators)\.(\d+)(?:\.(\w+))?$/.exec(rest);
    if (m) {
      const list: Array<Record<string, unknown>> = m[1] === 'entries' ? project.entries : (project.indicators ??= []);
      const index = Number(m[2]);
      if (m[3] === undefined) {
        if (!isRecord(value) || index > list.length) throw new CannotUndo(path);
        list[index] = { ...value };
        return;
      }
      const row = list[index];
      if (row === undefined) throw new CannotUndo(path);
      const copy: Record<string, unknown> = { ...row };
      if (value === null) delete copy[m[3]];
      else copy[m[3]] = value;
      list[index] = copy;
      return;
    }
    if (rest === 'narrative') {
      if (value !== null && !isRecord(value)) throw new CannotUndo(path);
      project.narrative = value === null ? null : { title: String(value.title ?? ''), paragraphs: [...asStrings(value.paragraphs, path)] };
      return;
    }
    const narrative = project.narrative;
    if (narrative === null) throw new CannotUndo(path);
    if (rest === 'narrative.title' && typeof value === 'string') {
      narrative.title = value;
      return;
    }
    const paragraph = /^narrative\.paragraphs\.(\d+)$/.exec(rest);
    if (paragraph && typeof value === 'string' && Number(paragraph[1]) <= narrative.paragraphs.length) {
      narrative.paragraphs[Number(paragraph[1])] = value;
      return;
    }
    throw new CannotUndo(path);
  }

  /** Removes the last row, indicator or paragraph named by `path`. */
  remove(path: string): void {
    const { project, rest } = this.projectAt(path);
    const [, list, i] = /^(entries|indicators|narrative\.paragraphs)\.(\d+)$/.exec(rest) ?? [];
    const items: unknown[] | undefined = list === 'entries' ? project.entries : list === 'indicators' ? project.indicators : project.narrative?.paragraphs;
    if (items === undefined || Number(i) !== items.length - 1) throw new CannotUndo(path);
    items.pop();
  }

  result(): EditableContent {
    return {
      accrualPeriod: this.period,
      projects: this.projects.map((project, p) => {
        if (!this.copied.has(p)) return project;
        const { indicators, ...rest } = project as MutableProject;
        return indicators !== undefined && indicators.length > 0 ? { ...rest, indicators } : rest;
      }),
    };
  }

  private projectAt(path: string): { project: MutableProject; rest: string } {
    const [, p, rest] = /^projects\.(\d+)\.(.+)$/.exec(path) ?? [];
    const index = Number(p);
    const project = this.projects[index];
    if (project === undefined || rest === undefined) throw new CannotUndo(path);
    if (!this.copied.has(index)) {
      const copy: MutableProject = {
        number: project.number,
        name: project.name,
        entries: [...project.entries],
        ...(project.indicators === undefined ? {} : { indicators: [...project.indicators] }),
        narrative: project.narrative === null ? null : { title: project.narrative.title, paragraphs: [...project.narrative.paragraphs] },
      };
      this.projects[index] = copy;
      this.copied.add(index);
    }
    return { project: this.projects[index] as MutableProject, rest };
  }
}

/** A project's content while a Draft changes it. */
interface MutableProject {
  number: number;
  name: string;
  entries: AccrualEntry[];
  indicators?: ReportIndicator[];
  narrative: { title: string; paragraphs: string[] } | null;
}

function asStrings(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) throw new CannotUndo(path);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

