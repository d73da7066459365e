// The central office's work from the command line alone, as the user does it: history
// imported approved, the SIE export (and its refusal the second time), reconciliation with one
// deliberate difference of 0,50 kr, and the city-wide report in three formats.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { readSie4 } from '../../src/documents/import/sie-reader.js';
import { repoRoot } from '../support/db.js';
import { SEED_PATH } from '../support/seed.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'redovisa-finance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const legacy = (name: string) => path.join(repoRoot, 'test/fixtures/legacy', name);

function redovisa(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/redovisa.js'), ...args], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `sqlite:${path.join(dir, 'finance.db')}` },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the central office on the command line', () => {
  it('imports two committees approved into 2014-VB and a third as a draft', () => {
    const approved = redovisa(['import', '--round', '2014-VB', '--approved', SEED_PATH, legacy('kungsholmen-t3-vb-2014.txt')]);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain('i 2014-VB (ny omgång, stängd), godkänd – Hässelby-Vällingby stadsdelsnämnd');
    expect(approved.stdout).toContain('i 2014-VB, godkänd – Kungsholmens stadsdelsnämnd');
    // Bromma's report of 2015 does not belong in 2014-VB; written for 2014, it does (as a draft).
    expect(redovisa(['import', '--round', '2014-VB', legacy('bromma-vb-2015.txt')])).toMatchObject({ code: 2, stderr: expect.stringContaining('ligger utanför omgången 2014-VB') });
    const bromma2014 = path.join(dir, 'bromma-vb-2014.txt');
    writeFileSync(bromma2014, readFileSync(legacy('bromma-vb-2015.txt'), 'utf8').replace('From 2015-09-01 tom 2015-12-31', 'From 2014-09-01 tom 2014-12-31'));
    const draft = redovisa(['import', '--round', '2014-VB', bromma2014]);
    expect(draft.stdout).toContain('i 2014-VB, utkast – Bromma stadsdelsnämnd');
    expect(redovisa(['import', '--approved', legacy('skarpnack-vb-2015.txt')])).toMatchObject({ code: 2, stderr: expect.stringContaining('--approved kräver --round') });
    expect(redovisa(['import', '--round', '2014-T3', legacy('skarpnack-vb-2015.txt')])).toMatchObject({ code: 2, stderr: expect.stringContaining('”2014-T3” är ingen omgång') });
  });

  it('exports SIE that our reader takes, and refuses the second export with exit code 1, writing nothing', () => {
    const out = path.join(dir, '2014-VB.se');
    const first = redovisa(['export', 'sie', '--round', '2014-VB', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Skrev .*2014-VB\.se: batch 1 för 2014-VB, 2 verifikationer, \d+ periodiseringar/);
    expect(first.stderr).toContain('Bromma stadsdelsnämnd: inte med, redovisningen är utkast.');
    const sie = readSie4(readFileSync(out), out);
    expect(sie.checksum.ok).toBe(true);
    expect(sie.vouchers).toHaveLength(2);

    const again = path.join(dir, 'igen.se');
    const second = redovisa(['export', 'sie', '--round', '2014-VB', '--out', again]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('redan exporterade (batch 1)');
    expect(existsSync(again)).toBe(false);
    expect(redovisa(['export', 'sie', '--round', '2014-VB', '--out', again, '--again']).code).toBe(0);
    // The same vouchers again (the file differs at most in #GEN, the day it was written).
    expect(readSie4(readFileSync(again)).vouchers).toEqual(sie.vouchers);
  });

  it('reconciles a booked file with one difference of 0,50 kr to exactly that difference', () => {
    const booked = path.join(dir, 'bokfort.csv');
    const sie = readSie4(readFileSync(path.join(dir, '2014-VB.se')));
    // The ledger as booked from our own export, but one project 0,50 kr short.
    const sums = new Map<string, number>();
    for (const v of sie.vouchers) for (const t of v.transactions) {
      const project = t.objects.find((o) => o.dimension === 6)?.id;
      if (project) sums.set(project, (sums.get(project) ?? 0) - t.amountOre);
    }
    const rows = [...sums].map(([project, ore]) => `${project.slice(0, 4)};${project};${((project === '1704-02' ? ore - 50 : ore) / 100).toFixed(2).replace('.', ',')};Bokfört`);
    writeFileSync(booked, ['Motpart;Projekt;Belopp;Text', ...rows].join('\r\n'));
    const run = redovisa(['reconcile', '--round', '2014-VB', '--booked', booked]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.format).toBe('redovisa.reconciliation/1');
    expect(result.lines.filter((l: { status: string }) => l.status !== 'matched')).toEqual([
      { counterparty: '1704', project: '1704-02', reportedOre: 262_683_700, bookedOre: 262_683_650, differenceOre: 50, status: 'differs' },
    ]);
    expect(result.summary).toEqual({ matched: sums.size - 1, differs: 1, onlyReported: 0, onlyBooked: 0 });
    const pdf = path.join(dir, 'avstamning.pdf');
    expect(redovisa(['reconcile', '--round', '2014-VB', '--booked', booked, '--format', 'pdf', '--out', pdf]).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('compiles the city-wide report as PDF, DOCX and XLSX with every committee, the draft as not approved', async () => {
    for (const format of ['pdf', 'docx', 'xlsx']) {
      const out = path.join(dir, `sammanstallning.${format}`);
      const run = redovisa(['compile', '--round', '2014-VB', '--format', format, '--out', out]);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toContain('3 nämnder, 2 godkända');
    }
    const { value: docx } = await mammoth.extractRawText({ path: path.join(dir, 'sammanstallning.docx') });
    for (const name of ['Bromma stadsdelsnämnd', 'Hässelby-Vällingby stadsdelsnämnd', 'Kungsholmens stadsdelsnämnd']) expect(docx).toContain(name);
    expect(docx).toContain('Utkast');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'sammanstallning.xlsx'));
    const sheet = workbook.worksheets[0]!;
    const committees = new Set<string>();
    sheet.eachRow((row, n) => { if (n > 1) committees.add(String(row.getCell(1).value)); });
    expect([...committees].filter((c) => c.endsWith('nämnd')).sort()).toEqual(['Bromma stadsdelsnämnd', 'Hässelby-Vällingby stadsdelsnämnd', 'Kungsholmens stadsdelsnämnd']);
  });
});
