import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/db.js';
import { goldenReport, SEED_PATH } from '../support/seed.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'redovisa-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `redovisa …` as a user would after `npm ci`, against a throwaway SQLite file. */
function redovisa(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/redovisa.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'cli.db')}`, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('redovisa command line', () => {
  it('parse prints the golden file for the seed', () => {
    const { code, stdout, stderr } = redovisa(['parse', SEED_PATH]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(goldenReport());
  });

  it('parse --places prints where each amount was read: a PDF\'s page and line', () => {
    const pdf = path.join(repoRoot, 'test/fixtures/corpus/unseen/u21-001-hagersten-liljeholme.pdf');
    const { code, stdout } = redovisa(['parse', pdf, '--places', '--compact']);
    expect(code).toBe(0);
    const read = JSON.parse(stdout) as { report: { projects: { entries: unknown[] }[] }; places: { projects: { entries: { page: number; line: number }[] }[] } };
    expect(read.places.projects.map((project) => project.entries.length)).toStrictEqual(read.report.projects.map((project) => project.entries.length));
    expect(read.places.projects[0]?.entries[0]).toStrictEqual({ page: expect.any(Number), line: expect.any(Number) });
  });

  it('parse refuses an unreadable file with exit code 2 and FILE:LINE: message', () => {
    const bad = path.join(dir, 'fel.txt');
    writeFileSync(bad, readFileSync(SEED_PATH, 'utf8').replace('2 626 837', '2 626 8E7'));
    const { code, stdout, stderr } = redovisa(['parse', bad]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: .*2 626 8E7`));
    expect(redovisa(['parse', path.join(dir, 'saknas.txt')])).toMatchObject({ code: 2, stderr: expect.stringContaining('filen finns inte') });
  });

  it('import stores good files and nothing of a bad one, and prints a summary', () => {
    const bad = path.join(dir, 'trasig.txt');
    writeFileSync(bad, readFileSync(SEED_PATH, 'utf8').replace('Nämnd: ', 'Namn: '));
    const { code, stdout, stderr } = redovisa(['import', SEED_PATH, bad]);
    expect(code).toBe(2);
    expect(stdout).toContain('redovisning 1 – Hässelby-Vällingby stadsdelsnämnd, 3 projekt, 3 periodiseringar, 2\u00a0810\u00a0828\u00a0kr (ny nämnd, 3 nya projekt)');
    expect(stdout).toContain('Importerade 1 av 2 filer');
    expect(stderr).toContain(`${bad}:`);
    const again = redovisa(['import', SEED_PATH]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('samma rapport är redan importerad som redovisning 1. Hoppar över filen.');
    expect(again.stdout).toContain('Importerade 0 av 1 filer: 0 projekt, 0 periodiseringar, totalt 0\u00a0kr. 1 fanns redan.');
  });

  it('render writes a stored report and a JSON file as PDF, DOCX and HTML', () => {
    const out = path.join(dir, 'r.pdf');
    expect(redovisa(['render', '1', '--format', 'pdf', '--out', out]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const json = path.join(dir, 'seed.json');
    writeFileSync(json, JSON.stringify(goldenReport()));
    const html = path.join(dir, 'r.html');
    expect(redovisa(['render', json, '--format', 'html', '--out', html]).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('<html lang="sv">');
    expect(redovisa(['render', '999', '--format', 'docx', '--out', path.join(dir, 'x.docx')])).toMatchObject({
      code: 2, stderr: 'redovisa: Redovisning 999 finns inte.\n',
    });
    expect(redovisa(['render', json, '--format', 'odt', '--out', html]).code).toBe(2);
  });

  it('carries indicators through render, parse and import', () => {
    const fixture = path.join(repoRoot, 'test/fixtures/render/with-indicators.json');
    const docx = path.join(dir, 'indikatorer.docx');
    expect(redovisa(['render', fixture, '--format', 'docx', '--out', docx]).code).toBe(0);
    const parsed = redovisa(['parse', docx]);
    expect(parsed.code).toBe(0);
    expect(JSON.parse(parsed.stdout)).toEqual(JSON.parse(readFileSync(fixture, 'utf8')));
    // Another committee's report, so it is not the seed imported above: its projects get the indicators.
    const farsta = path.join(dir, 'farsta.json');
    writeFileSync(farsta, JSON.stringify({ ...JSON.parse(readFileSync(fixture, 'utf8')), committee: 'Farsta stadsdelsnämnd' }));
    const farstaDocx = path.join(dir, 'farsta.docx');
    expect(redovisa(['render', farsta, '--format', 'docx', '--out', farstaDocx]).code).toBe(0);
    const imported = redovisa(['import', farstaDocx]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('(ny nämnd, 3 nya projekt, 5 nya indikatorer)');
  });

  it('migrate reports an up-to-date database, and every command has --help', () => {
    expect(redovisa(['migrate'])).toMatchObject({ code: 0, stdout: 'Databasen är redan aktuell.\n' });
    for (const command of ['parse', 'import', 'render', 'migrate', 'serve']) {
      const help = redovisa([command, '--help']);
      expect([command, help.code]).toEqual([command, 0]);
      expect(help.stdout).toContain(`Användning: redovisa ${command}`);
    }
  });

  it('explains in Swedish what the operator must fix, without a stack trace', () => {
    expect(redovisa(['migrate'], { DATABASE_URL: 'mysql://x' })).toMatchObject({ code: 2, stderr: expect.stringContaining('DATABASE_URL') });
    expect(redovisa(['serve'], { REDOVISA_CLOCK: 'i morgon' })).toMatchObject({
      code: 2, stderr: 'redovisa: REDOVISA_CLOCK ska vara en tidpunkt som 2014-09-14T08:00:00Z, inte ”i morgon”.\n',
    });
    expect(redovisa(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' })).toMatchObject({
      code: 1, stderr: 'redovisa: Databasen nås inte: kontrollera DATABASE_URL och att PostgreSQL är igång.\n',
    });
    const json = path.join(dir, 'seed2.json');
    writeFileSync(json, JSON.stringify(goldenReport()));
    expect(redovisa(['render', json, '--format', 'pdf', '--out', path.join(dir, 'saknas', 'x.pdf')])).toMatchObject({
      code: 2, stderr: `redovisa: ${path.join(dir, 'saknas', 'x.pdf')}: mappen eller filen finns inte.\n`,
    });
  });
});
