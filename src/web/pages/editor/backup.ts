// A copy of the working draft in the browser's localStorage, written on every change, so that a
// reload, a crash or an expired session loses no keystroke. One key per report and base version.
import { isRecord } from '../../lib/guards.js';
import type { Draft } from './draft.js';

/** The part of the Web Storage API the backup uses (localStorage, or a Map-backed one in tests). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A stored backup: the draft, the report version it was based on, and when it was written. */
export interface Backup {
  reportId: number;
  version: number;
  savedAt: string;
  draft: Draft;
}

const PREFIX = 'redovisa.draft.';

/** The storage key of a report's backup at a base version: `redovisa.draft.7.v3`. */
export function backupKey(reportId: number, version: number): string {
  return `${PREFIX}${reportId}.v${version}`;
}

function keysOf(storage: KeyValueStorage, reportId: number): string[] {
  const prefix = `${PREFIX}${reportId}.v`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(prefix) && /^\d+$/.test(key.slice(prefix.length))) keys.push(key);
  }
  return keys;
}

function isBackup(value: unknown): value is Backup {
  return isRecord(value) && typeof value.reportId === 'number' && typeof value.version === 'number'
    && typeof value.savedAt === 'string' && isRecord(value.draft) && Array.isArray(value.draft.sections)
    && isRecord(value.draft.accrualPeriod);
}

/**
 * Writes the draft as the report's one backup (older versions' backups are removed). Returns false
 * when the browser refuses (storage full or disabled), so the page can say so.
 */
export function writeBackup(storage: KeyValueStorage, backup: Backup): boolean {
  const key = backupKey(backup.reportId, backup.version);
  try {
    storage.setItem(key, JSON.stringify(backup));
  } catch {
    return false;
  }
  for (const other of keysOf(storage, backup.reportId)) if (other !== key) storage.removeItem(other);
  return true;
}

/** The newest readable backup of a report, or null. Unreadable entries are ignored. */
export function readBackup(storage: KeyValueStorage, reportId: number): Backup | null {
  let newest: Backup | null = null;
  for (const key of keysOf(storage, reportId)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(storage.getItem(key) ?? 'null');
    } catch {
      continue;
    }
    if (isBackup(parsed) && parsed.reportId === reportId && (newest === null || parsed.savedAt > newest.savedAt)) newest = parsed;
  }
  return newest;
}

/** Removes every backup of a report: called once the server holds everything the user wrote. */
export function clearBackups(storage: KeyValueStorage, reportId: number): void {
  for (const key of keysOf(storage, reportId)) storage.removeItem(key);
}
