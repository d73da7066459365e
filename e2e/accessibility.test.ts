// WCAG 2.1 A/AA (axe) on every page, each for the role that sees it and in the states people meet:
// errors shown, the review and conflict panels, each workflow dialog open; both languages on the
// sign-in and report pages. And a keyboard-only path: sign in, skip link, reach the report's editor.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { callApi, fetchReport, newPerson, signIn, visit, waitSaved, type Person } from './support/session.js';

const STEP = 120_000;

/** Waits until the page has loaded what it shows: its heading there, no "Laddar …" left. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

async function expectClean(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
}

interface Focused {
  id: string;
  tag: string;
  text: string;
  href: string | null;
}

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el && el !== document.body
      ? { id: el.id, tag: el.tagName, text: (el.textContent ?? '').trim(), href: el.getAttribute('href') }
      : null;
  });
}

/** Presses Tab until the focused element passes `test`; fails after `max` presses. */
async function tabTo(page: Page, what: string, test: (el: Focused) => boolean, max = 40): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if (el && test(el)) return el;
    seen.push(el ? `${el.tag}#${el.id} ${el.text.slice(0, 30)}` : 'body');
  }
  throw new Error(`Tab nådde aldrig ${what}; fokus gick: ${seen.join(' → ')}`);
}

describe('accessibility in Chromium: axe on every page, and the keyboard alone', () => {
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

  it('signs in and reaches the report\'s editor with Tab and Enter only; the skip link leads to the content', async () => {
    const person = await newPerson(browser);
    const { page } = person;
    await page.goto(`${app.url}/logga-in`);
    await page.locator('#email').waitFor();
    await tabTo(page, 'e-postfältet', (el) => el.id === 'email');
    await page.keyboard.type(app.accounts.reporter.email);
    await tabTo(page, 'lösenordsfältet', (el) => el.id === 'password', 1);
    await page.keyboard.type(app.accounts.reporter.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await page.locator('main table').waitFor();

    const skip = await tabTo(page, 'hopplänken', (el) => el.text === 'Hoppa till innehållet', 1);
    expect(skip.href).toBe('#main');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'hopplänken syns när den har fokus').toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('main');

    await tabTo(page, 'länken till rapporten', (el) => el.href === reportPath);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${reportPath}`);
    await page.locator('.report-content').waitFor();
    await tabTo(page, 'Redigera', (el) => el.text === 'Redigera');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${reportPath}/redigera`);
    await page.locator('#f-projects-0-entries-0-amountOre').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Redigera redovisning');
    expect(person.pageErrors).toEqual([]);
    await person.context.close();
  }, STEP);

  it('the sign-in page loads with nothing refused and nothing in the console', async () => {
    // A visitor's first question, "is anyone signed in?", is answered 204: no 401 logged on every page.
    const { page, context } = await newPerson(browser);
    const consoleErrors: string[] = [];
    const refused: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('response', (response) => { if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`); });
    const asked = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/session');
    await page.goto(`${app.url}/logga-in`);
    expect((await asked).status()).toBe(204);
    await page.locator('#email').waitFor();
    expect({ refused, consoleErrors }).toEqual({ refused: [], consoleErrors: [] });
    await context.close();
  }, STEP);

  it('the sign-in page, empty, with errors, and in English', async () => {
    const { page, context } = await newPerson(browser);
    await page.goto(`${app.url}/logga-in`);
    await page.locator('#email').waitFor();
    await expectClean(page, '/logga-in');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.locator('#email-error').waitFor();
    await expectClean(page, '/logga-in, fält saknas');
    await page.getByLabel('E-postadress').fill(app.accounts.reporter.email);
    await page.getByLabel('Lösenord').fill('fel-losenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Fel e-postadress eller lösenord.').waitFor();
    await expectClean(page, '/logga-in, fel lösenord');

    await page.getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectClean(page, '/logga-in (en)');
    await page.getByLabel('E-mail address').fill('');
    await page.getByLabel('Password').fill('');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#password-error').waitFor();
    await expectClean(page, '/logga-in (en), with errors');
    await context.close();
  }, STEP);

  // Pages every role sees alike (rounds, API, history, 404) are scanned once, for the controller.
  it('the reporter\'s pages, the report page also in English', async () => {
    reporter = await signIn(browser, app, 'reporter');
    const { page } = reporter;
    for (const path of ['/', reportPath, '/ekonomi/2014-VB', '/oversikt?ar=2014', '/sok', '/sok?q=insatser']) {
      await visit(page, app, path);
      await settled(page);
      await expectClean(page, `${path} (rapportör)`);
    }
    // The header's search box, by keyboard: type, Enter, and the count is announced beside the highlighted hits.
    await page.locator('#header-search').focus();
    await page.keyboard.type('trygghetsskapande');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/sok');
    // The previous search's hits stay on screen while the new one loads: wait for its announcement.
    const status = page.locator('[role="status"].search-count', { hasText: 'trygghetsskapande' });
    await status.waitFor();
    await page.locator('.search-hit mark').first().waitFor();
    expect(await status.textContent()).toMatch(/^\d+ träff(ar)? för ”trygghetsskapande”$/);
    await expectClean(page, '/sok?q=trygghetsskapande (rapportör)');
    await visit(page, app, reportPath);
    await settled(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Edit', exact: true }).waitFor();
    await expectClean(page, `${reportPath} (en)`);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('link', { name: 'Redigera', exact: true }).waitFor();
  }, STEP);

  it('the editor: as loaded, with an unreadable amount, with the review panel (reporter)', async () => {
    const { page } = reporter;
    await visit(page, app, `${reportPath}/redigera`);
    await page.locator('#f-projects-0-entries-0-amountOre').waitFor();
    await expectClean(page, 'redigera');
    await page.locator('#f-projects-0-entries-0-amountOre').fill('107 00');
    await page.locator('#f-projects-0-entries-0-amountOre-error').waitFor();
    await expectClean(page, 'redigera, oläsbart belopp');
    await page.getByRole('button', { name: 'Granska och skicka in' }).click();
    await page.locator('.issues a').first().waitFor();
    await expectClean(page, 'redigera, granskning med fel');
    await page.locator('#f-projects-0-entries-0-amountOre').fill('107 000');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Granska redovisningen' }).click();
    await page.getByText('Inga fel eller varningar.').waitFor();
    await expectClean(page, 'redigera, granskning utan fel (rapportör: be attestanten)');
    expect(reporter.pageErrors).toEqual([]);
  }, STEP);

  it('the editor with the conflict panel, then the review panel with its submit button (approver)', async () => {
    approver = await signIn(browser, app, 'approver');
    const { page } = approver;
    await visit(page, app, `${reportPath}/redigera`);
    await page.locator('#f-projects-0-entries-0-amountOre').waitFor();
    // Someone else saves first: the reporter, through the API.
    const report = await fetchReport(reporter, app, app.reportId);
    const saved = await callApi(reporter, app, 'PUT', reportPath.replace('/rapporter', '/api/reports'), {
      version: report.version,
      accrualPeriod: report.content.accrualPeriod,
      sections: report.sections.map((s, i) => ({
        id: s.id, entries: report.content.projects[i]?.entries ?? [],
        narrative: i === 0 ? { title: 'Rapportörens rubrik', paragraphs: report.content.projects[0]?.narrative?.paragraphs ?? [] } : report.content.projects[i]?.narrative ?? null,
      })),
    });
    expect(saved.status).toBe(200);
    await page.locator('#f-projects-2-narrative-title').fill('Attestantens rubrik');
    await page.locator('#conflict-heading').waitFor();
    await expectClean(page, 'redigera, konfliktpanel');
    await page.getByRole('button', { name: 'Använd deras version' }).click();
    await page.locator('#discarded-text').waitFor();
    await expectClean(page, 'redigera, din tidigare version');
    await page.getByRole('button', { name: 'Dölj min tidigare version' }).click();

    await page.getByRole('button', { name: 'Granska och skicka in' }).click();
    await page.locator('#submit-button').waitFor();
    await expectClean(page, 'redigera, granskning med skicka in');
  }, STEP);

  it('the submit dialog (approver), and the submitted report', async () => {
    const { page } = approver;
    await visit(page, app, reportPath);
    await page.getByRole('button', { name: 'Skicka in', exact: true }).click();
    await page.locator('#submit-dialog[open]').waitFor();
    await expectClean(page, '#submit-dialog');
    await page.locator('#submit-dialog').getByRole('button', { name: 'Skicka in redovisningen' }).click();
    await page.getByText('Redovisningen är inskickad.').waitFor();
    await expectClean(page, 'inskickad redovisning (attestant)');
    expect(approver.pageErrors).toEqual([]);
  }, STEP);

  it('every central page for the controller', async () => {
    controller = await signIn(browser, app, 'controller');
    const { page } = controller;
    const pages = ['/', reportPath, `${reportPath}/historik`, '/omgangar', '/omgangar/1', '/ekonomi/2014-VB', '/oversikt?ar=2014', '/installningar/namnder',
      '/installningar/program', '/installningar/projekt', '/api-dokumentation', '/finns-inte', '/rapporter/999', '/sok?q=bostad&omgang=2014-VB'];
    for (const path of pages) {
      await visit(page, app, path);
      await settled(page);
      await expectClean(page, `${path} (controller)`);
    }
  }, STEP);

  it('the controller\'s dialogs, and the return dialog with and without its error', async () => {
    const { page } = controller;
    for (const [path, name, dialog] of [
      ['/installningar/namnder', 'Ändra Hässelby-Vällingby stadsdelsnämnd', '#edit-committee-dialog'],
      ['/installningar/projekt', 'Ändra Lärandecenter', '#edit-project-dialog'],
    ] as const) {
      await visit(page, app, path);
      await settled(page);
      await page.getByRole('button', { name }).click();
      await page.locator(`${dialog}[open]`).waitFor();
      await expectClean(page, `${path} ${dialog}`);
      // Every dialog: one save, the primary action first, then Avbryt.
      expect(await page.locator(`${dialog} .button-row button`).allTextContents()).toEqual(['Spara', 'Avbryt']);
      await page.keyboard.press('Escape');
    }
    // The project list's years are those its projects run (the demo's from 2014), not a window around today;
    // a new project's grant year follows its start year.
    await visit(page, app, '/installningar/projekt');
    await settled(page);
    const yearOptions = await page.locator('#filter-year option').allTextContents();
    expect(yearOptions).toContain('2014');
    expect(yearOptions).not.toContain(String(new Date().getFullYear() + 1));
    await page.locator('#project-activeFromYear').fill('2014');
    expect(await page.locator('#project-grant-0-year').inputValue()).toBe('2014');

    await visit(page, app, reportPath);
    await page.getByRole('button', { name: 'Återsänd', exact: true }).click();
    const dialog = page.locator('#return-dialog[open]');
    await dialog.waitFor();
    await expectClean(page, '#return-dialog');
    await dialog.getByRole('button', { name: 'Återsänd redovisningen' }).click();
    await page.locator('#return-dialog-reason-error').waitFor();
    await expectClean(page, '#return-dialog, skäl saknas');
    await dialog.getByRole('textbox', { name: 'Skäl', exact: true }).fill('Kontrollera beloppen.');
    await dialog.getByRole('textbox', { name: 'Skäl för projekt 2: Lärandecenter' }).fill('Fakturan saknas.');
    await dialog.getByRole('button', { name: 'Återsänd redovisningen' }).click();
    await page.getByText('Redovisningen är återsänd till nämnden.').waitFor();
  }, STEP);

  it('the returned report and its editor with the reasons (reporter)', async () => {
    const { page } = reporter;
    await visit(page, app, reportPath);
    await page.locator('.return-reason').waitFor();
    await expectClean(page, 'återsänd redovisning (rapportör)');
    await visit(page, app, `${reportPath}/redigera`);
    await page.getByText('Fakturan saknas.').waitFor();
    await expectClean(page, 'redigera, återsänd med skäl');
  }, STEP);

  it('the bell and the notifications page, by keyboard, with the e-mail choices (reporter)', async () => {
    const { page } = reporter;
    await visit(page, app, '/');
    await settled(page);
    // The controller has just returned the report: the bell says so in its name.
    const bell = page.getByRole('link', { name: /^Aviseringar, \d+ olästa$/ });
    await bell.waitFor();
    await bell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/aviseringar');
    await settled(page);
    await expectClean(page, '/aviseringar (rapportör)');
    const unreadBefore = await page.locator('.notification--unread').count();
    expect(unreadBefore).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Markera som läst/ }).first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.notification--unread').length === n - 1, unreadBefore);
    await page.getByRole('checkbox', { name: 'En omgång öppnas' }).uncheck();
    await page.getByRole('button', { name: 'Spara val' }).click();
    await page.getByText('Dina val är sparade.').waitFor();
    await expectClean(page, '/aviseringar, valen sparade');
  }, STEP);

  it('the approve and reopen dialogs (controller), the approved report and its history', async () => {
    const current = await fetchReport(approver, app, app.reportId);
    const submitted = await callApi(approver, app, 'POST', `/api/reports/${app.reportId}/submit`, { version: current.version });
    expect(submitted.status).toBe(200);

    const { page } = controller;
    await visit(page, app, reportPath);
    await page.getByRole('button', { name: 'Godkänn', exact: true }).click();
    await page.locator('#approve-dialog[open]').waitFor();
    await expectClean(page, '#approve-dialog');
    await page.locator('#approve-dialog').getByRole('button', { name: 'Godkänn redovisningen' }).click();
    await page.getByText('Redovisningen är godkänd.').waitFor();
    await expectClean(page, 'godkänd redovisning (controller)');

    await page.getByRole('button', { name: 'Återöppna', exact: true }).click();
    const reopen = page.locator('#reopen-dialog[open]');
    await reopen.waitFor();
    await expectClean(page, '#reopen-dialog');
    await reopen.getByRole('button', { name: 'Återöppna redovisningen' }).click();
    await page.locator('#reopen-dialog-reason-error').waitFor();
    await expectClean(page, '#reopen-dialog, skäl saknas');
    await reopen.getByRole('button', { name: 'Avbryt' }).click();
    await reopen.waitFor({ state: 'detached' });

    await visit(page, app, `${reportPath}/historik`);
    await settled(page);
    await expectClean(page, 'historik efter hela flödet');
    expect(controller.pageErrors).toEqual([]);
  }, STEP);

  it('the reader\'s pages, and the admin\'s users page with its dialog', async () => {
    const reader = await signIn(browser, app, 'reader');
    for (const path of ['/', reportPath, '/ekonomi/2014-VB', '/oversikt?ar=2014']) {
      await visit(reader.page, app, path);
      await settled(reader.page);
      await expectClean(reader.page, `${path} (läsare)`);
    }
    // A reader sees approved reports only: no state to filter by, and no API page in the menu.
    await visit(reader.page, app, '/');
    await settled(reader.page);
    expect(await reader.page.locator('#filter-state').count()).toBe(0);
    expect(await reader.page.locator('.app-nav a').allTextContents()).toEqual(['Redovisningar', 'Översikt', 'Omgångar', 'Ekonomi']);
    const admin = await signIn(browser, app, 'admin');
    await visit(admin.page, app, '/anvandare');
    await settled(admin.page);
    await expectClean(admin.page, '/anvandare');
    await visit(admin.page, app, '/utkorg');
    await settled(admin.page);
    await expectClean(admin.page, '/utkorg');
    await visit(admin.page, app, '/anvandare');
    await settled(admin.page);
    await admin.page.getByRole('button', { name: 'Skapa användare' }).click();
    await admin.page.locator('#user-email-error').waitFor();
    await expectClean(admin.page, '/anvandare, formulär med fel');
    // The organisation's name: an empty name is named at its field, a new one is saved and announced.
    const organisation = admin.page.locator('#organisation-name');
    await organisation.fill(' ');
    await admin.page.getByRole('button', { name: 'Spara namnet' }).click();
    await admin.page.locator('#organisation-name-error').waitFor();
    await expectClean(admin.page, '/anvandare, organisationens namn med fel');
    await organisation.fill('Stockholms stad');
    await admin.page.getByRole('button', { name: 'Spara namnet' }).click();
    await admin.page.getByText('Dokumenten skrivs nu med ”Stockholms stad” i sidfoten.').waitFor();
    await admin.page.getByRole('button', { name: 'Ändra Rut Rapportör' }).click();
    await admin.page.locator('#edit-user-dialog[open]').waitFor();
    await expectClean(admin.page, '#edit-user-dialog');
    expect([...reader.pageErrors, ...admin.pageErrors]).toEqual([]);
  }, STEP);
});
