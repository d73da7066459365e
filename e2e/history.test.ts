// A report's history in Chromium, on the demo: the reporter edits the draft in several autosaves,
// writes a comment and edits again; the history shows a few readable entries, newest first — a
// sitting of autosaves as one entry whose changed words are marked (del/ins with words for screen
// readers), not whole paragraphs struck through —, filters by kind, and restores an earlier version
// after a confirmation that says what will change. axe finds nothing on the page or in the dialog.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { fetchReport, signIn, visit, type Person } from './support/session.js';

const STEP = 120_000;
const SEED_TITLE = 'Trygghetsskapande insatser i Hässelby-Vällingby';
const NEW_TITLE = 'Trygghet i Hässelby-Vällingby hösten 2014';

describe('the history in Chromium, on the demo', () => {
  let app: DemoApp;
  let browser: Browser;
  let reporter: Person;
  let historyPath: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
    historyPath = `/rapporter/${app.reportId}/historik`;
  }, STEP);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, STEP);

  /** Types into a field and waits until autosave has stored it as `version`. */
  const autosave = async (page: Page, selector: string, value: string, version: number) => {
    await page.locator(selector).fill(value);
    await expect.poll(async () => (await fetchReport(reporter, app, app.reportId)).version, { timeout: 15_000 }).toBe(version);
  };

  it('the reporter edits in several autosaves, comments, and edits again', async () => {
    reporter = await signIn(browser, app, 'reporter');
    const { page } = reporter;
    await visit(page, app, `/rapporter/${app.reportId}/redigera`);
    const paragraph = page.locator('#f-projects-0-narrative-paragraphs-0');
    const seed = await paragraph.inputValue();
    expect(seed).toContain('fyra dagar per vecka');
    // Three autosaves in a row: two words in a long paragraph, then an amount.
    await autosave(page, '#f-projects-0-narrative-paragraphs-0', seed.replace('fyra dagar per vecka', 'fem dagar per vecka'), 2);
    await autosave(page, '#f-projects-0-narrative-paragraphs-0',
      seed.replace('fyra dagar per vecka', 'fem dagar per vecka').replace('mycket uppskattat', 'uppskattat av många'), 3);
    await autosave(page, '#f-projects-1-entries-0-amountOre', '83 412,50', 4);
    await page.locator('#remark-body').fill('Vi har ändrat öppettiderna i Vistet.');
    await page.getByRole('button', { name: 'Skicka kommentar' }).click();
    await page.getByText('Vi har ändrat öppettiderna i Vistet.').first().waitFor();
    await autosave(page, '#f-projects-0-narrative-title', NEW_TITLE, 5);
    expect(reporter.pageErrors).toEqual([]);
  }, STEP);

  it('shows a few readable entries, newest first, with the changed words marked', async () => {
    const { page } = reporter;
    await visit(page, app, historyPath);
    const entries = page.locator('ol.history > li');
    await entries.first().waitFor();
    expect(await entries.locator('h2').allTextContents()).toEqual(['Sparade', 'Kommenterade', 'Sparade (3 sparningar)', 'Importerade rapporten']);
    await page.getByText('Visar 4 av 4 händelser.').waitFor();

    const sitting = entries.nth(2);
    expect(await sitting.locator('.history-entry__meta').textContent()).toContain('Version 4');
    // Word by word: the removed and added words, each said in words too; not the paragraph struck through.
    expect((await sitting.locator('del').allTextContents()).map(plain)).toEqual(['borttaget: fyra', 'borttaget: mycket ', '2 626 837 kr']);
    expect((await sitting.locator('ins').allTextContents()).map(plain)).toEqual(['tillagt: fem', 'tillagt: av många ', '83 412,50 kr']);
    // An amount reads before → after, said in words too.
    expect(plain((await sitting.textContent()) ?? '')).toContain('rad 1, belopp: före: 2 626 837 kr → efter: 83 412,50 kr');
    const text = plain((await sitting.textContent()) ?? '');
    expect(text).toContain('Projekt 1 Trygghetsskapande åtgärder, delredovisningens stycke 1:');
    expect(text).toContain('erbjuds eftermiddagsaktiviteter');
    // The long paragraph is shortened around its changes.
    expect(text).not.toContain('Uppsökarna som vänder sig till vuxna medborgare');
    expect(await entries.nth(1).locator('blockquote').textContent()).toContain('Vi har ändrat öppettiderna i Vistet.');
    // A title in a few words: its changed words marked like a paragraph's.
    expect(await entries.first().locator('ins').allTextContents()).toEqual(['tillagt: Trygghet', 'tillagt:  hösten 2014']);
    expect(await axeViolations(page)).toEqual([]);
  }, STEP);

  it('filters by kind with radio buttons and says how many are shown', async () => {
    const { page } = reporter;
    const entries = page.locator('ol.history > li');
    await page.getByRole('radio', { name: /^Kommentarer/u }).check();
    await page.getByText('Visar 1 av 4 händelser.').waitFor();
    expect(await entries.locator('h2').allTextContents()).toEqual(['Kommenterade']);
    expect(page.url()).toContain('visa=kommentarer');
    await page.getByRole('radio', { name: /^Ändringar/u }).check();
    await page.getByText('Visar 3 av 4 händelser.').waitFor();
    await page.getByRole('radio', { name: /^Arbetsflöde/u }).check();
    await page.getByText('Visar 0 av 4 händelser.').waitFor();
    await page.getByRole('radio', { name: /^Allt/u }).check();
    await page.getByText('Visar 4 av 4 händelser.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }, STEP);

  it('restores an earlier version after saying what will change', async () => {
    const { page } = reporter;
    // The newest entry is what the report holds: nothing to restore there.
    expect(await page.getByRole('button', { name: 'Återställ version 5' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Återställ version 4' }).click();
    const dialog = page.locator('#restore-dialog');
    await dialog.getByRole('heading', { name: 'Återställ version 4?' }).waitFor();
    await dialog.getByText('Det här ändras (1)').waitFor();
    expect(plain((await dialog.locator('.changes').textContent()) ?? '')).toContain('Projekt 1 Trygghetsskapande åtgärder, delredovisningens rubrik:');
    // Now → then: the words of the present title that go, and those of version 4's that come back.
    expect(await dialog.locator('.changes del').allTextContents()).toEqual(['borttaget: Trygghet', 'borttaget:  hösten 2014']);
    expect(await dialog.locator('.changes ins').allTextContents()).toEqual(['tillagt: Trygghetsskapande insatser']);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Återställ version 4' }).click();
    await page.getByText('Version 4 är återställd och sparad som en ny version.').waitFor();
    // Its button is gone (version 4 is what the report holds now): the focus is on the notice.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Version 4 är återställd och sparad som en ny version.');
    const entries = page.locator('ol.history > li');
    await expect.poll(() => entries.first().locator('h2').textContent()).toBe('Återställde version 4');
    const stored = await fetchReport(reporter, app, app.reportId);
    expect([stored.version, stored.content.projects[0]?.narrative?.title]).toEqual([6, SEED_TITLE]);
    expect(stored.content.projects[0]?.narrative?.paragraphs[0]).toContain('uppskattat av många');
    expect(await axeViolations(page)).toEqual([]);
    expect(reporter.pageErrors).toEqual([]);
  }, STEP);
});

// Playwright's text is the DOM's: amounts carry no-break spaces and U+2212; compare them plain.
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009\u2007]/gu, ' ').replace(/\u2212/gu, '-');
}
