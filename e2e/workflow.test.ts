// The whole review workflow in a real Chromium, as the demo's people would do it after `npm start`:
// the reporter fills in the draft, the approver reviews and submits, the controller returns it with a
// reason, the reporter fixes it, the approver submits again, the controller approves; the approved PDF
// holds the amounts typed, the history shows each step, a reader sees the report and nobody edits it.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../src/domain/roles.js';
import { launchChromium } from './browser.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { pdfText } from './support/pdf-text.js';
import { fetchReport, signIn, visit, waitSaved, type Person } from './support/session.js';

const STEP = 120_000;
const RETURN_REASON = 'Beloppet för Sociala insatsgrupper stämmer inte med fakturan.';
const SECTION_REASON = 'Fakturan visar 80 000 kr.';
const NEW_TITLE = 'Sociala insatsgrupper under andra tertialen';

// Playwright's text is the DOM's: amounts carry no-break spaces and U+2212; compare them plain.
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009\u2007]/gu, ' ').replace(/\u2212/gu, '-');

describe('the review workflow in Chromium, from the first start of the demo', () => {
  let app: DemoApp;
  let browser: Browser;
  let reporter: Person;
  let approver: Person;
  let controller: Person;
  let reportPath: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
    reportPath = `/rapporter/${app.reportId}`;
  }, STEP);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, STEP);

  it('prints the address and a working sign-in for every role on the first start', async () => {
    expect(app.url).toMatch(/^http:\/\/localhost:\d+$/u);
    for (const role of ROLES) {
      const { email, password } = app.accounts[role];
      const response = await fetch(`${app.url}/api/session`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
      });
      expect(response.status, `${role} ${email}`).toBe(200);
      expect(await response.json()).toMatchObject({ user: { email, role } });
    }
  }, STEP);

  it('the reporter fills in the draft and autosave stores it', async () => {
    reporter = await signIn(browser, app, 'reporter');
    const { page } = reporter;
    // The start page says what the open round still needs, and that its deadline has passed.
    await page.getByText('Er redovisning för Verksamhetsberättelse 2014 skulle ha varit inskickad senast 2015-01-31 och är försenad.').waitFor();
    await page.getByRole('link', { name: /Hässelby-Vällingby stadsdelsnämnd/u }).click();
    await page.waitForURL(`**${reportPath}`);
    await page.getByRole('link', { name: 'Redigera', exact: true }).click();
    await page.waitForURL(`**${reportPath}/redigera`);

    await page.locator('#f-projects-1-entries-0-amountOre').fill('83 412,50');
    await expect.poll(() => page.locator('#f-projects-1-entries-0-amountOre-parsed').textContent().then((t) => plain(t ?? '')))
      .toBe('= 83 412,50 kr');
    await page.getByRole('button', { name: 'Lägg till rad i projekt 1' }).click();
    await page.locator('#f-projects-0-entries-1-amountOre').fill('-1 200,50');
    await page.locator('#f-projects-0-entries-1-text').fill('Rättelse av fakturerat belopp');
    await page.locator('#f-projects-2-narrative-title').fill(NEW_TITLE);
    await waitSaved(page);

    const stored = await fetchReport(reporter, app, app.reportId);
    expect(stored.content.projects[1]?.entries[0]?.amountOre).toBe(8_341_250);
    expect(stored.content.projects[0]?.entries).toEqual([
      expect.objectContaining({ amountOre: 10_700_000 }),
      { account: '3699', ikb: '1771', counterparty: '1704', amountOre: -120_050, text: 'Rättelse av fakturerat belopp' },
    ]);
    expect(stored.content.projects[2]?.narrative?.title).toBe(NEW_TITLE);

    // What the server holds comes back into the editor as typed.
    await page.reload();
    await expect.poll(() => page.locator('#f-projects-1-entries-0-amountOre').inputValue()).toBe('83 412,50');
    expect(await page.locator('#f-projects-0-entries-1-amountOre').inputValue()).toBe('-1 200,50');
    expect(reporter.pageErrors).toEqual([]);
  }, STEP);

  it('the approver reviews the report and submits it', async () => {
    approver = await signIn(browser, app, 'approver');
    const { page } = approver;
    await visit(page, app, `${reportPath}/redigera`);
    await page.getByRole('button', { name: 'Granska och skicka in' }).click();
    await page.getByText('Inga fel eller varningar.').waitFor();
    await page.locator('#submit-button').click();
    await page.waitForURL(`**${reportPath}`);
    await page.getByText('Redovisningen är inskickad.').waitFor();
    expect(await page.locator('.report-status .badge').textContent()).toBe('Inskickad');
  }, STEP);

  it('the controller returns it with a reason, for the report and for one project', async () => {
    controller = await signIn(browser, app, 'controller');
    const { page } = controller;
    await visit(page, app, reportPath);
    await page.getByRole('button', { name: 'Återsänd', exact: true }).click();
    const dialog = page.locator('#return-dialog');
    await dialog.getByRole('textbox', { name: 'Skäl', exact: true }).fill(RETURN_REASON);
    await dialog.getByRole('textbox', { name: 'Skäl för projekt 3: Sociala insatsgrupper' }).fill(SECTION_REASON);
    await dialog.getByRole('button', { name: 'Återsänd redovisningen' }).click();
    await page.getByText('Redovisningen är återsänd till nämnden.').waitFor();
    expect(await page.locator('.report-status .badge').textContent()).toBe('Återsänd');
  }, STEP);

  it('the reporter sees the reasons and corrects the amount', async () => {
    const { page } = reporter;
    await visit(page, app, reportPath);
    expect(await page.locator('.return-reason').textContent()).toContain(RETURN_REASON);
    // Once on the page: in the banner, not again in the list of reasons beneath it.
    expect(await page.getByText(RETURN_REASON).count()).toBe(1);
    await page.getByRole('link', { name: 'Redigera', exact: true }).click();
    await page.waitForURL(`**${reportPath}/redigera`);
    const project3 = page.getByRole('region', { name: 'Projekt 3: Sociala insatsgrupper' });
    await project3.getByText(SECTION_REASON).waitFor();
    await page.getByText(RETURN_REASON).waitFor();
    await page.locator('#f-projects-2-entries-0-amountOre').fill('80 000');
    await waitSaved(page);
    expect((await fetchReport(reporter, app, app.reportId)).content.projects[2]?.entries[0]?.amountOre).toBe(8_000_000);
    expect(reporter.pageErrors).toEqual([]);
  }, STEP);

  it('the approver submits again and the controller approves', async () => {
    await visit(approver.page, app, reportPath);
    await approver.page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await approver.page.locator('#submit-dialog').getByRole('button', { name: 'Skicka in redovisningen' }).click();
    await approver.page.getByText('Redovisningen är inskickad.').waitFor();

    const { page } = controller;
    await visit(page, app, reportPath);
    await page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await page.locator('#approve-dialog').getByRole('button', { name: 'Godkänn redovisningen' }).click();
    await page.getByText('Redovisningen är godkänd.').waitFor();
    expect(await page.locator('.report-status .badge').textContent()).toBe('Godkänd');
    expect(approver.pageErrors).toEqual([]);
    expect(controller.pageErrors).toEqual([]);
  }, STEP);

  it('the approved PDF downloads with the amounts as typed', async () => {
    const { page } = controller;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/u);
    const text = await pdfText(new Uint8Array(await readFile(await download.path())));
    for (const amount of ['107 000', '-1 200,50', '83 412,50', '80 000']) expect(text).toContain(amount);
    expect(text).toContain('Rättelse av fakturerat belopp');
    expect(text).toContain(NEW_TITLE);
    expect(text).not.toContain('2 626 837');
    // Approved: it carries its approval at the end and no draft mark; the organisation is in the footer.
    expect(text).toContain('Godkännande');
    expect(text).toMatch(/Godkänd av: \S/u);
    expect(text).not.toContain('UTKAST');
    expect(text).toContain('Stockholms stad');
  }, STEP);

  it('the history shows each step, newest first, with the reason and the changed amount', async () => {
    const { page } = controller;
    await page.getByRole('link', { name: 'Historik', exact: true }).click();
    await page.waitForURL(`**${reportPath}/historik`);
    const entries = page.locator('ol.history > li');
    await entries.first().waitFor();
    const actions = await entries.locator('h2').allTextContents();
    expect(actions[0]).toBe('Godkände');
    expect(actions.filter((a) => a === 'Skickade in')).toHaveLength(2);
    // Each sitting of the reporter's autosaves is one entry: one before the return, one after.
    expect(actions.filter((a) => a.startsWith('Sparade'))).toHaveLength(2);
    for (const action of ['Återsände', 'Godkände']) expect(actions).toContain(action);
    const returned = entries.filter({ has: page.locator('h2', { hasText: 'Återsände' }) });
    expect(await returned.textContent()).toContain(RETURN_REASON);
    const text = plain((await page.locator('ol.history').textContent()) ?? '');
    expect(text).toContain('83 412,50');
    expect(text).toContain('80 000');
    // The added row reads as a row (codes, kronor, text), not as the API's JSON in öre.
    expect(text).toContain('tillagt: 3699 · 1771 · 1704 · -1 200,50 kr');
    expect(text).not.toContain('amountOre');
  }, STEP);

  it('a reader sees the approved report; the reporter can no longer edit it', async () => {
    const reader = await signIn(browser, app, 'reader');
    await reader.page.getByRole('link', { name: /Hässelby-Vällingby stadsdelsnämnd/u }).click();
    await reader.page.waitForURL(`**${reportPath}`);
    await reader.page.locator('.report-content').waitFor();
    expect(await reader.page.locator('.report-status .badge').textContent()).toBe('Godkänd');
    expect(plain((await reader.page.locator('.report-content').textContent()) ?? '')).toContain('83 412,50');
    const workflow = /^(Redigera|Skicka in|Godkänn|Återsänd|Återöppna)$/u;
    expect(await reader.page.getByRole('button', { name: workflow }).count()).toBe(0);
    expect(await reader.page.getByRole('link', { name: workflow }).count()).toBe(0);
    expect(reader.pageErrors).toEqual([]);

    await visit(reporter.page, app, reportPath);
    await reporter.page.locator('.report-content').waitFor();
    expect(await reporter.page.locator('.report-status .badge').textContent()).toBe('Godkänd');
    // The actions are there (history), only editing is not.
    await reporter.page.getByRole('link', { name: 'Historik', exact: true }).waitFor();
    expect(await reporter.page.getByRole('link', { name: 'Redigera', exact: true }).count()).toBe(0);
  }, STEP);

  it('closing the round freezes the report until the controller opens the round again', async () => {
    const { page } = controller;
    const closed = 'Omgången Verksamhetsberättelse 2014 är stängd';
    await visit(page, app, '/omgangar');
    await page.getByRole('button', { name: 'Stäng Verksamhetsberättelse 2014' }).click();
    await page.locator('#close-round-dialog').getByRole('button', { name: 'Stäng omgången' }).click();
    await page.getByText('Verksamhetsberättelse 2014 är stängd.').waitFor();

    // Opened directly, the editor address shows the notice and the way back, not an editor.
    await visit(reporter.page, app, `${reportPath}/redigera`);
    await reporter.page.getByText(closed).waitFor();
    expect(await reporter.page.getByRole('textbox', { name: 'Från och med' }).count()).toBe(0);
    await reporter.page.getByRole('link', { name: 'Visa redovisningen' }).click();
    await reporter.page.waitForURL(`**${reportPath}`);
    await reporter.page.getByText(closed).waitFor();

    await visit(page, app, reportPath);
    await page.getByText(closed).waitFor();
    expect(await page.getByRole('button', { name: 'Återöppna', exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: 'Öppna omgången igen under Omgångar' }).click();
    await page.getByRole('button', { name: 'Öppna igen Verksamhetsberättelse 2014' }).click();
    await page.locator('#open-round-dialog').getByRole('button', { name: 'Öppna omgången' }).click();
    await page.getByText('Verksamhetsberättelse 2014 är öppnad.').waitFor();
    await visit(page, app, reportPath);
    await page.getByRole('button', { name: 'Återöppna', exact: true }).waitFor();
    expect([...controller.pageErrors, ...reporter.pageErrors]).toEqual([]);
  }, STEP);
});
