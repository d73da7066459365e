import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, sqlitePath } from '../../src/db/connection.js';
import { AppError } from '../../src/domain/errors.js';
import { createTestDatabase } from '../support/db.js';

describe('openDatabase', () => {
  it('opens a SQLite file in WAL mode with foreign keys on, creating its folder', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'redovisa-conn-'));
    const database = openDatabase(`sqlite:${path.join(dir, 'nested', 'r.db')}`);
    try {
      expect(database.dialect).toBe('sqlite');
      const pragma = async (name: string) => (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(database.db)).rows[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens an in-memory SQLite database', async () => {
    const database = openDatabase('sqlite::memory:');
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows).toEqual([{ one: 1 }]);
    await database.close();
  });

  it('reads sqlite URLs with and without slashes', () => {
    expect(sqlitePath('sqlite:./data/redovisa.db')).toBe('./data/redovisa.db');
    expect(sqlitePath('sqlite:/var/lib/r.db')).toBe('/var/lib/r.db');
    expect(sqlitePath('sqlite:///var/lib/r.db')).toBe('/var/lib/r.db');
    expect(sqlitePath('sqlite::memory:')).toBe(':memory:');
    expect(() => sqlitePath('sqlite:')).toThrow(AppError);
  });

  it('opens PostgreSQL from a postgres:// URL', async () => {
    const test = await createTestDatabase('postgres', { migrate: false });
    try {
      expect(test.database.dialect).toBe('postgres');
      const again = openDatabase(test.url.replace(/^postgres:/, 'postgresql:'));
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(again.db);
      expect(rows).toEqual([{ one: 1 }]);
      await again.close();
    } finally {
      await test.destroy();
    }
  });

  it('refuses an unknown scheme in Swedish without echoing the rest of the URL', () => {
    let error: unknown;
    try {
      openDatabase('mysql://user:hemligt@host/db');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('”mysql:”'), details: { field: 'DATABASE_URL' } });
    expect(String(error)).not.toContain('hemligt');
  });
});

describe.each(['sqlite', 'postgres'] as const)('prepared statements on %s', (dialect) => {
  it('are reused by SQL text, and a table changed under them by another process is read afresh', async () => {
    const test = await createTestDatabase(dialect, { migrate: false });
    // Another app instance on the same database: it migrates while this one holds prepared statements.
    const other = openDatabase(test.url);
    try {
      const { db } = test.database;
      await sql`create table t (a integer)`.execute(db);
      await sql`insert into t (a) values (1)`.execute(db);
      await db.connection().execute(async (conn) => {
        const read = () => (conn as unknown as typeof db).selectFrom('t' as never).selectAll().execute();
        expect(await read()).toEqual([{ a: 1 }]);
        expect(await read()).toEqual([{ a: 1 }]);
        if (dialect === 'postgres') {
          const { rows } = await sql<{ n: string }>`select count(*) as n from pg_prepared_statements where statement = 'select * from "t"'`.execute(conn);
          expect(Number(rows[0]!.n)).toBe(1);
        }
        await sql`alter table t add column b integer`.execute(other.db);
        expect(await read()).toEqual([{ a: 1, b: null }]);
        expect(await read()).toEqual([{ a: 1, b: null }]);
      });
    } finally {
      await other.close();
      await test.destroy();
    }
  });
});
