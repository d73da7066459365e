// Översikt in Chromium against `redovisa serve --demo`: the controller sees where 2015's money went
// per committee (the demo's approved history) in charts drawn as SVG, whose tables add up to what the
// finance page says; the indicators' targets against approved outcomes; a keyboard reaches every
// table; axe finds nothing; a committee's reporter sees only its own committee.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { signIn, visit, type Person } from './support/session.js';

const STEP = 120_000;
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
    // The newest year with rounds: the demo's approved 2015.
    await page.getByRole('heading', { level: 1, name: 'Översikt 2015' }).waitFor();
    const committees = page.getByRole('figure', { name: 'Bidrag, godkänt periodiserat och kvar per nämnd 2015' });
    await committees.waitFor();
    // Five figures, each chart drawn as an SVG (not a canvas) and hidden from screen readers.
    await page.locator('.chart__canvas[data-chart-state="drawn"] svg').nth(4).waitFor();
    expect(await page.locator('figure.chart-figure').count()).toBe(5);
    expect(await page.locator('.chart__canvas svg').count()).toBe(5);
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.locator('.chart__canvas').evaluateAll((els) => els.map((el) => el.getAttribute('aria-hidden')))).toEqual(['true', 'true', 'true', 'true', 'true']);
    // The SVG carries the committees' names as text.
    expect(await committees.locator('svg').innerHTML()).toContain('Skarpnäck');

    const table = page.getByRole('table', { name: 'Bidrag och godkänt periodiserat per nämnd, hittills i år per omgång' });
    const text = plain(await table.innerText());
    for (const name of ['Bromma', 'Enskede-Årsta-Vantörs', 'Rinkeby-Kista', 'Skarpnäcks', 'Skärholmens']) expect(text).toContain(`${name} stadsdelsnämnd`);
    // The summary says it in words: 13 900 000 kr granted, 9 128 779,79 kr approved (65,7 %), most left in
    // Bromma (4 100 000 − 2 845 799,99 kr); the warning names the committees without an approved annual report.
    expect(plain(await committees.locator('.chart-figure__summary').innerText()))
      .toBe('Beviljat 13,9 mnkr, godkänt periodiserat 9,1 mnkr (66 %). Mest kvar: Bromma (1,3 mnkr).');
    const warning = plain(await page.getByRole('note').innerText());
    expect(warning).toContain('5 av 7 nämnder saknar godkänd redovisning i 2015-VB');
    for (const name of ['Enskede-Årsta-Vantörs', 'Hässelby-Vällingby', 'Kungsholmens', 'Rinkeby-Kista', 'Skärholmens']) expect(warning).toContain(`${name} stadsdelsnämnd`);
    expect(controller.pageErrors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  }, STEP);

  it("sets the indicators' targets against approved outcomes only, exactly, in a table beside the chart", async () => {
    const { page } = controller;
    const row = async (table: ReturnType<Page['getByRole']>, name: string) =>
      (await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) }).locator('th, td').allInnerTexts()).map(plain);
    const figure = page.getByRole('figure', { name: 'Indikatorer: mål och utfall 2015' });
    await figure.waitFor();
    const table = figure.getByRole('table', { name: 'Indikatorernas mål 2015 och senaste godkända utfall per projekt' });
    const headings = (await table.getByRole('columnheader').allInnerTexts()).map(plain);
    expect(headings).toEqual(['Projekt', 'Indikator', 'Enhet', 'Utgångsläge', 'Mål 2015', 'Utfall', 'Andel av mål']);
    // 212 of 200 (106 %), 60 of 60, 46,5 of 50 (93 %): exact values, the share rounded, above/on/below by the exact values.
    expect(await row(table, 'Kvällspass med trygghetsvärdar')).toEqual(['Skarpnäck: 1. Trygghetsvärdar i Bagarmossen', 'Kvällspass med trygghetsvärdar', 'st', '150', '200', '212 (VB)', '106 % · över målet']);
    expect(await row(table, 'Elever i läxhjälpen')).toEqual(['Bromma: 2. Läxhjälp i Ängby', 'Elever i läxhjälpen', 'deltagare', '40', '60', '60 (VB)', '100 % · på målet']);
    expect(await row(table, 'Unga i arbete eller studier efter coachning')).toEqual(['Skarpnäck: 4. Jobbcoacher för unga 18-24 år', 'Unga i arbete eller studier efter coachning', '%', '35', '50', '46,5 (VB)', '93 % · under målet']);
    expect(plain(await figure.locator('.chart-figure__summary').innerText()))
      .toBe('Av 3 indikatorer ligger 2 på eller över sitt mål och 1 under det; 0 saknar mål eller godkänt utfall.');
    expect(await figure.locator('.chart__canvas svg').innerHTML()).toContain('Kvällspass med trygghetsvärdar');

    // 2014: the seed's outcomes (8 of 10 walks) are in a draft, and count nowhere until it is approved.
    await visit(page, app, '/oversikt?ar=2014');
    const draft = page.getByRole('table', { name: 'Indikatorernas mål 2014 och senaste godkända utfall per projekt' });
    await draft.waitFor();
    expect(await row(draft, 'Trygghetsvandringar')).toEqual(['1. Trygghetsskapande åtgärder', 'Trygghetsvandringar', 'st', '4', '10', '–', '–']);
    expect(await axeViolations(page)).toEqual([]);
  }, STEP);

  it("adds up to the finance page's figures for the round, to the öre", async () => {
    const { page } = controller;
    await visit(page, app, '/oversikt?ar=2015');
    await page.locator('.chart__canvas[data-chart-state="drawn"] svg').nth(4).waitFor();
    // Översikt: Totalt | grant | accrued | remaining | as of | T1 | T2 | VB.
    const overview = await totalRow(page, 'Bidrag och godkänt periodiserat per nämnd, hittills i år per omgång');
    await visit(page, app, '/ekonomi/2015-VB');
    await page.getByRole('table', { name: 'Bidrag och periodiseringar per nämnd och projekt' }).waitFor();
    // Ekonomi: Totalt | grant | this round | year to date | remaining.
    const finance = await totalRow(page, 'Bidrag och periodiseringar per nämnd och projekt');
    expect(overview[0]).toBe('Totalt');
    expect(overview[1]).toBe(finance[1]);
    expect(overview[7]).toBe(finance[3]);
    expect(overview[1]).toBe('13 900 000 kr');
    // VB's year to date: Bromma's 2 845 799,99 kr and Skarpnäck's 1 631 370 kr, the committees approved in it.
    expect(overview[7]).toBe('4 477 169,99 kr');
  }, STEP);

  it('lets a keyboard reach every figure’s table', async () => {
    const { page } = controller;
    await visit(page, app, '/oversikt?ar=2015');
    await page.locator('.chart__canvas[data-chart-state="drawn"] svg').nth(4).waitFor();
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
    expect(text).not.toContain('Skarpnäck');
    expect(await reporter.page.locator('#dashboard-committee').count()).toBe(0);
    await reporter.context.close();
  }, STEP);
});
