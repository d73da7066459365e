// Översikt in Chromium against `redovisa serve --demo`: the controller sees where 2014's money went
// per committee in charts drawn as SVG, whose tables add up to what the finance page says; a keyboard
// reaches every table; axe finds nothing; a committee's reporter sees only its own committee.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { signIn, visit, type Person } from './support/session.js';

const STEP = 120_000;
const ROOT = path.resolve(import.meta.dirname, '..');
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009\u2007]/gu, ' ').replace(/\u2212/gu, '-').trim();

/** The cells of a table's total row ("Totalt"), as text. */
async function totalRow(page: Page, tableName: string): Promise<string[]> {
  const row = page.getByRole('table', { name: tableName }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Totalt' }) });
  return (await row.locator('th, td').allInnerTexts()).map(plain);
}

describe('Översikt in Chromium', () => {
  let app: DemoApp;
  let browser: Browser;
  let controller: Person;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
    // Kungsholmen's approved annual report and Bromma's draft, loaded as a city loads its history.
    const cli = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/redovisa.js'), ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: app.databaseUrl },
    });
    const approved = cli(['import', '--round', '2014-VB', '--approved', 'test/fixtures/legacy/kungsholmen-t3-vb-2014.txt']);
    if (approved.status !== 0) throw new Error(approved.stderr);
    const bromma = path.join(os.tmpdir(), `bromma-2014-dashboard-${process.pid}.txt`);
    await writeFile(bromma, (await readFile(path.join(ROOT, 'test/fixtures/legacy/bromma-vb-2015.txt'), 'utf8')).replace('From 2015-09-01 tom 2015-12-31', 'From 2014-09-01 tom 2014-12-31'));
    const draft = cli(['import', '--round', '2014-VB', bromma]);
    if (draft.status !== 0) throw new Error(draft.stderr);
    controller = await signIn(browser, app, 'controller');
  }, STEP);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, STEP);

  it('shows the controller every committee in charts drawn as SVG, each with its summary and table', async () => {
    const { page } = controller;
    await page.getByRole('link', { name: 'Översikt', exact: true }).click();
    await page.waitForURL('**/oversikt');
    await page.getByRole('heading', { level: 1, name: 'Översikt 2014' }).waitFor();
    const committees = page.getByRole('figure', { name: 'Bidrag, godkänt periodiserat och kvar per nämnd 2014' });
    await committees.waitFor();
    // Four figures, each chart drawn as an SVG (not a canvas) and hidden from screen readers.
    await page.locator('.chart__canvas[data-chart-state="drawn"] svg').nth(3).waitFor();
    // Five figures; the indicators' has no chart while no approved report states an outcome.
    expect(await page.locator('figure.chart-figure').count()).toBe(5);
    expect(await page.locator('.chart__canvas svg').count()).toBe(4);
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.locator('.chart__canvas').evaluateAll((els) => els.map((el) => el.getAttribute('aria-hidden')))).toEqual(['true', 'true', 'true', 'true']);
    // The SVG carries the committees' names as text.
    expect(await committees.locator('svg').innerHTML()).toContain('Kungsholmen');

    const table = page.getByRole('table', { name: 'Bidrag och godkänt periodiserat per nämnd, hittills i år per omgång' });
    const text = plain(await table.innerText());
    expect(text).toContain('Bromma stadsdelsnämnd');
    expect(text).toContain('Hässelby-Vällingby stadsdelsnämnd');
    expect(text).toContain('Kungsholmens stadsdelsnämnd');
    // The summary says it in words; the warning names the committees without an approved report.
    expect(plain(await committees.locator('.chart-figure__summary').innerText())).toMatch(/^Beviljat 3,3 mnkr, godkänt periodiserat [\d,]+ (mnkr|tkr)/u);
    const warning = plain(await page.getByRole('note').innerText());
    expect(warning).toContain('2 av 3 nämnder saknar godkänd redovisning i 2014-VB');
    expect(warning).toContain('Bromma stadsdelsnämnd, Hässelby-Vällingby stadsdelsnämnd');
    expect(controller.pageErrors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  }, STEP);

  it("sets the indicators' targets against approved outcomes only, exactly, in a table beside the chart", async () => {
    const { page } = controller;
    const figure = page.getByRole('figure', { name: 'Indikatorer: mål och utfall 2014' });
    await figure.waitFor();
    const table = figure.getByRole('table', { name: 'Indikatorernas mål 2014 och senaste godkända utfall per projekt' });
    const headings = (await table.getByRole('columnheader').allInnerTexts()).map(plain);
    expect(headings).toEqual(['Projekt', 'Indikator', 'Enhet', 'Utgångsläge', 'Mål 2014', 'Utfall', 'Andel av mål']);
    // The seed is a draft: its outcomes (8 of 10 walks) do not count until the report is approved.
    const walks = (await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Trygghetsvandringar' }) }).locator('th, td').allInnerTexts()).map(plain);
    expect(walks).toEqual(['1. Trygghetsskapande åtgärder', 'Trygghetsvandringar', 'st', '4', '10', '–', '–']);
    expect(plain(await figure.locator('.chart-figure__summary').innerText()))
      .toBe('Av 5 indikatorer ligger 0 på eller över sitt mål och 0 under det; 5 saknar mål eller godkänt utfall.');
  }, STEP);

  it("adds up to the finance page's figures for the round, to the öre", async () => {
    const { page } = controller;
    // Översikt: Totalt | grant | accrued | remaining | as of | T1 | T2 | VB.
    const overview = await totalRow(page, 'Bidrag och godkänt periodiserat per nämnd, hittills i år per omgång');
    await visit(page, app, '/ekonomi/2014-VB');
    await page.getByRole('table', { name: 'Bidrag och periodiseringar per nämnd och projekt' }).waitFor();
    // Ekonomi: Totalt | grant | this round | year to date | remaining.
    const finance = await totalRow(page, 'Bidrag och periodiseringar per nämnd och projekt');
    expect(overview[0]).toBe('Totalt');
    expect(overview[1]).toBe(finance[1]);
    expect(overview[7]).toBe(finance[3]);
    expect(overview[1]).toBe('3 300 000 kr');
    expect(finance[3]).not.toBe('0 kr');
  }, STEP);

  it('lets a keyboard reach every figure’s table', async () => {
    const { page } = controller;
    await visit(page, app, '/oversikt?ar=2014');
    await page.locator('.chart__canvas[data-chart-state="drawn"] svg').nth(3).waitFor();
    const regions = await page.locator('figure .table-wrap').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    const reached = new Set<string>();
    for (let i = 0; i < 40 && reached.size < regions.length; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.closest('figure .table-wrap')?.getAttribute('aria-label') ?? null);
      if (label) reached.add(label);
    }
    expect([...reached].sort()).toEqual([...regions].filter((r): r is string => r !== null).sort());
    expect(regions.length).toBe(6);
  }, STEP);

  it("shows a committee's reporter its own committee only", async () => {
    const reporter = await signIn(browser, app, 'reporter');
    await visit(reporter.page, app, '/oversikt');
    const table = reporter.page.getByRole('table', { name: 'Bidrag och godkänt periodiserat per nämnd, hittills i år per omgång' });
    await table.waitFor();
    const text = plain(await table.innerText());
    expect(text).toContain('Hässelby-Vällingby stadsdelsnämnd');
    expect(text).not.toContain('Kungsholmen');
    expect(text).not.toContain('Bromma');
    expect(await reporter.page.locator('#dashboard-committee').count()).toBe(0);
    await reporter.context.close();
  }, STEP);
});
