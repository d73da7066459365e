// Indicators in a real Chromium on the demo: the reporter records an outcome in the editor's
// Indikatorer table (keyboard and labels), autosave stores it exactly, the report's HTML shows it;
// axe finds nothing on the editor with indicators nor on the controller's indicator dialog.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { fetchReport, signIn, visit, waitSaved } from './support/session.js';

const STEP = 120_000;

describe('indicators in Chromium, on the demo', () => {
  let app: DemoApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
  }, STEP);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, STEP);

  it('the reporter fills an outcome by keyboard, it is stored exactly and shows in the report\'s HTML', async () => {
    const reporter = await signIn(browser, app, 'reporter');
    const { page } = reporter;
    await visit(page, app, `/rapporter/${app.reportId}/redigera`);
    const outcome = page.getByLabel('Utfall, projekt 3, Unga med kontaktperson', { exact: true });
    await expect.poll(() => outcome.inputValue()).toBe('22');
    await outcome.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('23,5');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-projects-2-indicators-0-comment');
    await page.keyboard.press('End');
    await page.keyboard.type(' Två till i december.');
    await waitSaved(page);

    const stored = await fetchReport(reporter, app, app.reportId);
    expect(stored.content.projects[2]?.indicators?.[0]).toMatchObject({ name: 'Unga med kontaktperson', target: '25', outcome: '23.5' });
    expect(stored.content.projects[2]?.indicators?.[0]?.comment).toBe('Tre väntar på en kontaktperson. Två till i december.');

    const html = await page.evaluate(async (id) => (await fetch(`/api/reports/${id}/document.html`)).text(), app.reportId);
    expect(html).toContain('<tr><th scope="row">Unga med kontaktperson</th><td>st</td><td class="amount">18</td><td class="amount">25</td><td class="amount">23,5</td>');
    expect(await axeViolations(page)).toEqual([]);
  }, STEP);

  it('the controller manages indicators in an accessible dialog', async () => {
    const controller = await signIn(browser, app, 'controller');
    const { page } = controller;
    await visit(page, app, '/installningar/projekt');
    await page.getByRole('button', { name: 'Indikatorer Lärandecenter' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('cell', { name: '2014: 400' }).waitFor();
    await dialog.getByLabel('Mål', { exact: true }).fill('12,5,0');
    await dialog.getByRole('button', { name: 'Spara mål' }).click();
    await dialog.getByText('”12,5,0” är inget tal: det har mer än ett decimalkomma.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }, STEP);
});
