import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test-support/report.js';
import { backupKey, clearBackups, readBackup, writeBackup, type KeyValueStorage } from './backup.js';
import { counterKeys, draftFromReport } from './draft.js';

// The Web Storage interface over a Map: localStorage's behaviour, including refusing when full.
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  full = false;
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) { this.items.delete(k); }
}

const draft = draftFromReport(sampleReport(), counterKeys().next);

describe('the local backup of a draft', () => {
  it('is stored under the report id and base version', () => {
    const storage = new MemoryStorage();
    expect(writeBackup(storage, { reportId: 7, version: 3, savedAt: '2014-08-31T10:03:00Z', draft })).toBe(true);
    expect([...storage.items.keys()]).toEqual([backupKey(7, 3)]);
    expect(backupKey(7, 3)).toBe('redovisa.draft.7.v3');
    expect(readBackup(storage, 7)?.draft).toEqual(draft);
  });

  it('keeps one backup per report: a newer version replaces the older', () => {
    const storage = new MemoryStorage();
    writeBackup(storage, { reportId: 7, version: 3, savedAt: '2014-08-31T10:03:00Z', draft });
    writeBackup(storage, { reportId: 70, version: 1, savedAt: '2014-08-31T10:03:00Z', draft });
    writeBackup(storage, { reportId: 7, version: 4, savedAt: '2014-08-31T10:04:00Z', draft });
    expect([...storage.items.keys()].sort()).toEqual(['redovisa.draft.7.v4', 'redovisa.draft.70.v1']);
    expect(readBackup(storage, 7)?.version).toBe(4);
  });

  it('ignores what it cannot read and what belongs to other reports', () => {
    const storage = new MemoryStorage();
    storage.setItem('redovisa.draft.7.v2', '{not json');
    storage.setItem('redovisa.draft.7.v9', JSON.stringify({ hello: 'world' }));
    storage.setItem('redovisa.draft.7.vx', JSON.stringify({ reportId: 7, version: 1, savedAt: 'z', draft }));
    expect(readBackup(storage, 7)).toBeNull();
    writeBackup(storage, { reportId: 71, version: 1, savedAt: '2014-08-31T10:03:00Z', draft });
    expect(readBackup(storage, 7)).toBeNull();
  });

  it('says so when the browser refuses to store it', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(writeBackup(storage, { reportId: 7, version: 3, savedAt: '2014-08-31T10:03:00Z', draft })).toBe(false);
  });

  it('is removed once the server holds everything', () => {
    const storage = new MemoryStorage();
    writeBackup(storage, { reportId: 7, version: 3, savedAt: '2014-08-31T10:03:00Z', draft });
    writeBackup(storage, { reportId: 8, version: 3, savedAt: '2014-08-31T10:03:00Z', draft });
    clearBackups(storage, 7);
    expect(readBackup(storage, 7)).toBeNull();
    expect(readBackup(storage, 8)).not.toBeNull();
  });
});
