// Two people of the same committee type in the same report at once. The second save meets the
// first: the editor stops autosaving, lists what differs and lets its user choose. Whatever they
// choose, nothing anyone typed disappears without their seeing it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { fetchReport, signIn, visit, waitSaved, type Person } from './support/session.js';

const STEP = 120_000;

describe('two people editing the same report in Chromium', () => {
  let app: DemoApp;
  let browser: Browser;
  let reporter: Person;
  let approver: Person;
  let editorPath: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
    editorPath = `/rapporter/${app.reportId}/redigera`;
    [reporter, approver] = await Promise.all([signIn(browser, app, 'reporter'), signIn(browser, app, 'approver')]);
  }, STEP);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, STEP);

  async function openEditors(): Promise<void> {
    await Promise.all([visit(reporter.page, app, editorPath), visit(approver.page, app, editorPath)]);
    await Promise.all([reporter.page.locator('#f-projects-0-entries-0-amountOre').waitFor(), approver.page.locator('#f-projects-0-entries-0-amountOre').waitFor()]);
  }

  it('the later save shows the conflict; "Behåll min version" saves on top of theirs and keeps both people\'s text', async () => {
    await openEditors();
    const reporterText = 'Rapportörens nya första stycke om uppsökarna.';
    const approverTitle = 'Attestantens rubrik för SIG';
    const approverAmount = '76 991,25';
    await reporter.page.locator('#f-projects-0-narrative-paragraphs-0').fill(reporterText);
    await waitSaved(reporter.page);

    const { page } = approver;
    await page.locator('#f-projects-2-narrative-title').fill(approverTitle);
    await page.locator('#f-projects-2-entries-0-amountOre').fill(approverAmount);
    const panel = page.getByRole('region', { name: 'Någon annan har sparat redovisningen' });
    await panel.waitFor();
    expect(await page.locator('#save-status').textContent()).toBe('Ej sparat – någon annan har sparat');
    // The panel names the other person and shows their text beside the user's own.
    expect(await panel.textContent()).toContain('Rut Rapportör');
    const changes = panel.getByRole('table');
    const rows = changes.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const theirs = changes.locator('tbody td:nth-child(2)');
    const yours = changes.locator('tbody td:nth-child(3)');
    expect((await theirs.allTextContents()).join('\n')).toContain(reporterText);
    expect((await yours.allTextContents()).join('\n')).toContain(approverTitle);
    // Autosave has stopped; the editor still holds what the approver typed.
    expect(await page.locator('#f-projects-2-narrative-title').inputValue()).toBe(approverTitle);
    expect(await page.locator('#f-projects-2-entries-0-amountOre').inputValue()).toBe(approverAmount);

    await panel.getByRole('button', { name: 'Behåll min version' }).click();
    await waitSaved(page);
    expect(await panel.count()).toBe(0);
    const stored = await fetchReport(approver, app, app.reportId);
    expect(stored.content.projects[2]?.narrative?.title).toBe(approverTitle);
    expect(stored.content.projects[2]?.entries[0]?.amountOre).toBe(7_699_125);
    expect(stored.content.projects[0]?.narrative?.paragraphs[0]).toBe(reporterText);
    // The approver's editor shows the merged draft, the reporter's paragraph included.
    expect(await page.locator('#f-projects-0-narrative-paragraphs-0').inputValue()).toBe(reporterText);
    expect(reporter.pageErrors).toEqual([]);
    expect(approver.pageErrors).toEqual([]);
  }, STEP);

  it('"Använd deras version" takes theirs and keeps the user\'s text on screen to copy until dismissed', async () => {
    await openEditors();
    const reporterTitle = 'Rapportörens rubrik för Lärandecenter';
    const approverParagraph = 'Attestantens omskrivna andra stycke om läxhjälpen.';
    const before = await fetchReport(approver, app, app.reportId);
    await reporter.page.locator('#f-projects-1-narrative-title').fill(reporterTitle);
    await waitSaved(reporter.page);

    const { page } = approver;
    await page.locator('#f-projects-1-narrative-paragraphs-1').fill(approverParagraph);
    const panel = page.getByRole('region', { name: 'Någon annan har sparat redovisningen' });
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Använd deras version' }).click();

    // Their version is in the editor; the user's own is in a read-only box to copy from.
    const kept = page.getByRole('textbox', { name: 'Din tidigare version' });
    await kept.waitFor();
    expect(await kept.inputValue()).toContain(approverParagraph);
    expect(await page.locator('#f-projects-1-narrative-title').inputValue()).toBe(reporterTitle);
    expect(await page.locator('#f-projects-1-narrative-paragraphs-1').inputValue()).toBe(before.content.projects[1]?.narrative?.paragraphs[1]);
    const stored = await fetchReport(approver, app, app.reportId);
    expect(stored.content.projects[1]?.narrative).toEqual({ ...before.content.projects[1]?.narrative, title: reporterTitle });

    // Working on does not take the copy away; only the user does.
    await page.locator('#f-projects-1-narrative-paragraphs-0').press('End');
    await page.keyboard.type(' Tillägg.');
    await waitSaved(page);
    expect(await kept.inputValue()).toContain(approverParagraph);
    await page.getByRole('button', { name: 'Dölj min tidigare version' }).click();
    expect(await kept.count()).toBe(0);
    expect(approver.pageErrors).toEqual([]);
  }, STEP);
});
