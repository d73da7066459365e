// The central office's work after approval, done by the controller in Chromium: history imported
// approved into 2014-VB from the command line beside the running demo, then the round's figures,
// the SIE export (and the confirmation it asks for the second time), a reconciliation with one
// difference of 0,50 kr explained and signed off, and the city-wide report downloaded. axe on each page.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSie4 } from '../src/documents/import/sie-reader.js';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { pdfText } from './support/pdf-text.js';
import { signIn, visit, type Person } from './support/session.js';

const STEP = 120_000;
const ROOT = path.resolve(import.meta.dirname, '..');
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009\u2007]/gu, ' ').replace(/\u2212/gu, '-');

describe('central finance in Chromium, as the controller does it', () => {
  let app: DemoApp;
  let browser: Browser;
  let controller: Person;
  let sieFile: Uint8Array;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
    // Kungsholmen's approved annual report is the demo's history; Bromma's, moved to 2014, comes in as a draft.
    const cli = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/redovisa.js'), ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: app.databaseUrl },
    });
    const bromma = path.join(os.tmpdir(), `bromma-2014-${process.pid}.txt`);
    await writeFile(bromma, (await readFile(path.join(ROOT, 'test/fixtures/legacy/bromma-vb-2015.txt'), 'utf8')).replace('From 2015-09-01 tom 2015-12-31', 'From 2014-09-01 tom 2014-12-31'));
    const draft = cli(['import', '--round', '2014-VB', bromma]);
    if (draft.status !== 0) throw new Error(draft.stderr);
    controller = await signIn(browser, app, 'controller');
  }, STEP);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, STEP);

  it('shows where the round’s money went per committee and project, the draft committee as not approved', async () => {
    const { page } = controller;
    await page.getByRole('link', { name: 'Ekonomi', exact: true }).click();
    await page.getByLabel('Omgång').selectOption('2014-VB');
    await page.waitForURL('**/ekonomi/2014-VB');
    const table = page.getByRole('table', { name: 'Bidrag och periodiseringar per nämnd och projekt' });
    await table.getByText('1712-02 Stödboende för unga vuxna').waitFor();
    const rows = plain(await table.innerText());
    // The demo grants Stödboende 1 300 000 kr (its 1 000 000 kr plus a quarter, up to the next 100 000 kr).
    expect(rows).toMatch(/1712-02 Stödboende för unga vuxna\s+1 300 000 kr\s+1 000 000 kr\s+1 000 000 kr\s+300 000 kr/u);
    expect(rows).toContain('Bromma stadsdelsnämnd Ej godkänd (Utkast)');
    expect(rows).toContain('Hässelby-Vällingby stadsdelsnämnd Ej godkänd (Utkast)');
    expect(await axeViolations(page)).toEqual([]);
  }, STEP);

  it('exports SIE once, and asks before exporting the same reports again', async () => {
    const { page } = controller;
    await page.getByRole('button', { name: 'Exportera godkända redovisningar' }).click();
    await page.getByText(/Batch 1 är skapad: 1 verifikationer/u).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner batch 1' }).click()]);
    expect(download.suggestedFilename()).toBe('2014-VB-batch-1.se');
    sieFile = new Uint8Array(await readFile(await download.path()));
    expect(readSie4(sieFile).vouchers.map((v) => v.text)).toEqual(['Periodisering 2014-VB Kungsholmens stadsdelsnämnd']);

    await page.getByRole('button', { name: 'Exportera godkända redovisningar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exportera igen?' });
    await dialog.getByText('redan exporterade (batch 1)').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect(await page.getByRole('link', { name: /Ladda ner batch/u }).count()).toBe(1);
  }, STEP);

  it('reconciles a booked file with one difference of 0,50 kr, explains it and signs off', async () => {
    const { page } = controller;
    // The ledger as booked from the export, with Stödboende 0,50 kr short.
    const sums = new Map<string, number>();
    for (const v of readSie4(sieFile).vouchers) for (const t of v.transactions) {
      const project = t.objects.find((o) => o.dimension === 6)?.id;
      if (project) sums.set(project, (sums.get(project) ?? 0) - t.amountOre);
    }
    const csv = ['Motpart;Projekt;Belopp;Text', ...[...sums].map(([p, ore]) => `1712;${p};${((p === '1712-02' ? ore - 50 : ore) / 100).toFixed(2).replace('.', ',')};Bokfört`)].join('\r\n');
    await page.getByLabel('Bokförda poster (CSV eller SIE)').setInputFiles({ name: 'bokfort.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Stäm av' }).click();
    await page.waitForURL('**/avstamningar/*');
    const lines = page.getByRole('table', { name: 'Motpart och projekt' });
    await lines.waitFor();
    const differing = lines.locator('tbody tr').filter({ hasText: 'Differens' }).filter({ hasText: '1712-02' });
    expect(plain(await differing.innerText())).toMatch(/1712\s+1712-02\s+1 000 000 kr\s+999 999,50 kr\s+0,50 kr\s+Differens/u);
    expect(await lines.locator('tbody tr').filter({ hasText: 'Differens' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Signing off before the difference is explained is refused with the reason.
    await page.getByRole('button', { name: 'Signera för stadsledningskontoret' }).click();
    await page.getByText('1 rader med differens saknar förklaring').waitFor();

    await differing.getByRole('button', { name: 'Förklara 1712-02' }).click();
    const dialog = page.getByRole('dialog', { name: 'Förklara differensen för 1712-02' });
    await dialog.getByLabel('Rättad: bokförs eller redovisas om').check();
    await dialog.getByLabel('Förklaring').fill('Öresavrundning i huvudboken; rättas i januari.');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Spara förklaringen' }).click();
    await differing.getByText('Rättad: Öresavrundning i huvudboken; rättas i januari.').waitFor();

    await page.getByRole('button', { name: 'Signera för stadsledningskontoret' }).click();
    await page.getByText('Avstämningen är signerad.').waitFor();
    expect(plain(await page.getByRole('region', { name: 'Signering' }).innerText())).toMatch(/Stadsledningskontoret: .*Controller/u);

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF', exact: true }).click()]);
    const text = plain(await pdfText(new Uint8Array(await readFile(await pdf.path()))));
    expect(text).toContain('Öresavrundning i huvudboken');
    expect(text).toContain('0,50');
  }, STEP);

  it('downloads the city-wide report listing every committee, the draft ones as not approved', async () => {
    const { page } = controller;
    await visit(page, app, '/ekonomi/2014-VB');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Sammanställning för hela staden (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('sammanstallning-2014-VB.pdf');
    const text = plain(await pdfText(new Uint8Array(await readFile(await download.path()))));
    for (const name of ['Bromma stadsdelsnämnd', 'Hässelby-Vällingby stadsdelsnämnd', 'Kungsholmens stadsdelsnämnd']) expect(text).toContain(name);
    expect(text).toContain('Ej godkänd: Utkast');
    expect(controller.pageErrors).toEqual([]);
  }, STEP);
});
