// The editor in Chromium, from the first start of the demo, for three things a reporter leans on:
// the committee's previous round beside each project (and its text copied into an empty narrative,
// undone in one click), "Ångra" after removing a row or a paragraph (by keyboard, announced, focus
// kept), and an import that reads the file and shows what it replaces before it asks.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecord } from '../src/web/lib/guards.js';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { callApi, fetchReport, signIn, visit, waitSaved, type Person } from './support/session.js';

const STEP = 120_000;
const ROOT = path.resolve(import.meta.dirname, '..');
const SEED_FILE = path.join(ROOT, 'demo/000_103637c2e0986dfa.txt');
const OTHER_COMMITTEES_FILE = path.join(ROOT, 'demo/history/kungsholmen-t3-vb-2014.txt');
// The same committee's report as a PDF, from the reader's corpus: its projects 1–3 are the draft's.
const PDF_FILE = path.join(ROOT, 'test/fixtures/corpus/development/d01-003-hasselby-vallingby-s.pdf');

// Playwright's text is the DOM's: amounts carry no-break spaces; compare them plain.
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f\u2009\u2007]/gu, ' ').trim();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the editor in Chromium: last round beside this one, undo, and an import read before it asks', () => {
  let app: DemoApp;
  let browser: Browser;
  let reporter: Person;
  let reportPath: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
    reportPath = `/rapporter/${app.reportId}`;
    reporter = await signIn(browser, app, 'reporter');
  }, STEP);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, STEP);

  const api = async (person: Person, method: 'GET' | 'PUT' | 'POST', url: string, data?: unknown) => {
    const answer = await callApi(person, app, method, url, data);
    if (answer.status >= 300) throw new Error(`${method} ${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
    if (!isRecord(answer.body)) throw new Error(`${method} ${url}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  it('the committee\'s approved T2 report stands beside each project; its text is copied into an empty narrative and the copy undone', async () => {
    // The T2 round of 2014, carried through as the committee and the controller would: 10 000,
    // 20 000 and 30 000 kr with a narrative per project, submitted and approved.
    const [approver, controller] = await Promise.all([signIn(browser, app, 'approver'), signIn(browser, app, 'controller')]);
    const round = await api(controller, 'POST', '/api/rounds', { year: 2014, kind: 'T2', deadline: '2014-09-15' });
    await api(controller, 'POST', `/api/rounds/${String(round.id)}/open`);
    const list = await api(reporter, 'GET', `/api/reports?roundId=${String(round.id)}`);
    const t2Id = Array.isArray(list.reports) && isRecord(list.reports[0]) ? Number(list.reports[0].id) : NaN;
    const t2 = await fetchReport(reporter, app, t2Id);
    const saved = await api(reporter, 'PUT', `/api/reports/${t2Id}`, {
      version: t2.version,
      accrualPeriod: { from: '2014-01-01', to: '2014-08-31' },
      sections: t2.sections.map((s, i) => ({
        id: s.id,
        entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre: (i + 1) * 1_000_000, text: 'Ej fakturerat tom 2014-08-31' }],
        narrative: { title: `Våren i projekt ${i + 1}`, paragraphs: [`Första tertialerna i projekt ${i + 1}.`, 'Fler deltog än väntat.'] },
      })),
    });
    const submitted = await api(approver, 'POST', `/api/reports/${t2Id}/submit`, { version: saved.version });
    await api(controller, 'POST', `/api/reports/${t2Id}/approve`, { version: submitted.version });
    // This round's draft has no narrative for project 2 yet.
    const vb = await fetchReport(reporter, app, app.reportId);
    await api(reporter, 'PUT', `/api/reports/${app.reportId}`, {
      version: vb.version,
      accrualPeriod: vb.content.accrualPeriod,
      sections: vb.sections.map((s, i) => ({ id: s.id, entries: vb.content.projects[i]!.entries, narrative: i === 1 ? null : vb.content.projects[i]!.narrative })),
    });

    const { page } = reporter;
    await visit(page, app, `${reportPath}/redigera`);
    const previous = page.locator('.previous-round', { has: page.getByRole('heading', { name: 'Förra omgången: Tertialrapport 2 2014' }) });
    await previous.first().waitFor();
    expect(await previous.count()).toBe(3);
    const first = previous.first();
    expect(plain(await first.textContent())).toContain('Godkänd redovisning.');
    expect(plain(await first.locator('dd').first().textContent())).toBe('10 000 kr');
    expect(plain(await first.locator('dd').nth(1).textContent())).toBe('1');
    await first.getByText('Förra redovisningens text').click();
    await first.getByText('Första tertialerna i projekt 1.').waitFor();
    expect(await first.getByRole('link', { name: 'Öppna redovisningen för Tertialrapport 2 2014' }).getAttribute('href')).toBe(`/rapporter/${t2Id}`);
    expect(await axeViolations(page), 'redigera, förra omgången utfälld').toEqual([]);

    // One click copies the text in; the status says so, and "Ångra" is right there.
    await page.getByRole('button', { name: 'Kopiera förra redovisningens text till projekt 2' }).click();
    await expect.poll(() => page.locator('#f-projects-1-narrative-title').inputValue()).toBe('Våren i projekt 2');
    expect(await page.locator('#f-projects-1-narrative-paragraphs-1').inputValue()).toBe('Fler deltog än väntat.');
    expect(plain(await page.locator('#f-projects-1-narrative-copy-undo').textContent()))
      .toBe('Texten från Tertialrapport 2 2014 är kopierad. Skriv om den så att den gäller den här omgången. Ångra kopieringen av texten till projekt 2');
    await expect.poll(() => focusedId(page)).toBe('f-projects-1-narrative-copy-undo-button');
    await waitSaved(page);
    expect((await fetchReport(reporter, app, app.reportId)).content.projects[1]!.narrative)
      .toEqual({ title: 'Våren i projekt 2', paragraphs: ['Första tertialerna i projekt 2.', 'Fler deltog än väntat.'] });
    expect(await axeViolations(page), 'redigera, texten kopierad').toEqual([]);

    // Undone by keyboard: the narrative is empty again, and focus is back on the copy button.
    await page.keyboard.press('Enter');
    await page.locator('#f-projects-1-narrative-copy-undo', { hasText: 'Kopieringen är ångrad.' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('f-projects-1-narrative-copy');
    expect(await page.locator('#f-projects-1-narrative-title').count()).toBe(0);
    await waitSaved(page);
    expect((await fetchReport(reporter, app, app.reportId)).content.projects[1]!.narrative).toBeNull();
    expect(reporter.pageErrors).toEqual([]);
    await Promise.all([approver.context.close(), controller.context.close()]);
  }, STEP);

  it('a removed row and a removed paragraph come back at their place with "Ångra", by keyboard', async () => {
    const { page } = reporter;
    await page.getByRole('button', { name: 'Lägg till rad i projekt 1' }).click();
    await page.locator('#f-projects-0-entries-1-amountOre').fill('500');
    await page.locator('#f-projects-0-entries-1-text').fill('Andra raden');
    await waitSaved(page);
    const before = (await fetchReport(reporter, app, app.reportId)).content.projects[0]!;
    expect(before.entries).toHaveLength(2);

    await page.getByRole('button', { name: 'Ta bort projekt 1, rad 1' }).click();
    await expect.poll(() => page.locator('#f-projects-0-entries-0-text').inputValue()).toBe('Andra raden');
    expect(plain(await page.locator('#f-projects-0-entries-undo').textContent()))
      .toBe('Rad 1 i projekt 1 är borttagen. Ångra borttagningen av rad 1 i projekt 1');
    await expect.poll(() => focusedId(page)).toBe('f-projects-0-entries-undo-button');
    await waitSaved(page);
    expect((await fetchReport(reporter, app, app.reportId)).content.projects[0]!.entries).toEqual([before.entries[1]]);
    expect(await axeViolations(page), 'redigera, rad borttagen').toEqual([]);

    await page.keyboard.press('Enter');
    await page.locator('#f-projects-0-entries-undo', { hasText: 'Rad 1 i projekt 1 är återställd.' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('f-projects-0-entries-0-account');
    expect(await page.locator('#f-projects-0-entries-0-text').inputValue()).toBe('Ej fakturerat tom 2014-08-31');
    await waitSaved(page);
    expect((await fetchReport(reporter, app, app.reportId)).content.projects[0]!.entries).toEqual(before.entries);

    const paragraph = await page.locator('#f-projects-0-narrative-paragraphs-0').inputValue();
    await page.getByRole('button', { name: 'Ta bort stycket stycke 1 i projekt 1' }).click();
    await page.locator('#f-projects-0-narrative-undo', { hasText: 'Stycke 1 i projekt 1 är borttaget.' }).waitFor();
    expect(await page.locator('#f-projects-0-narrative-paragraphs-0').count()).toBe(0);
    await expect.poll(() => focusedId(page)).toBe('f-projects-0-narrative-undo-button');
    await page.keyboard.press('Enter');
    await page.locator('#f-projects-0-narrative-undo', { hasText: 'Stycke 1 i projekt 1 är återställt.' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('f-projects-0-narrative-paragraphs-0');
    expect(await page.locator('#f-projects-0-narrative-paragraphs-0').inputValue()).toBe(paragraph);
    await waitSaved(page);
    expect((await fetchReport(reporter, app, app.reportId)).content.projects[0]!.narrative).toEqual(before.narrative);
    expect(await axeViolations(page), 'redigera, stycke återställt').toEqual([]);
    expect(reporter.pageErrors).toEqual([]);
  }, STEP);

  it('the report page shows the previous round beside each project', async () => {
    const { page } = reporter;
    await visit(page, app, reportPath);
    const previous = page.locator('.previous-round', { has: page.getByRole('heading', { name: 'Förra omgången: Tertialrapport 2 2014' }) });
    await previous.first().waitFor();
    expect(await previous.count()).toBe(3);
    expect(plain(await previous.nth(2).locator('dd').first().textContent())).toBe('30 000 kr');
    expect(await axeViolations(page), 'redovisningen med förra omgången').toEqual([]);
  }, STEP);

  it('the import reads the file first, shows what it would replace, and imports that file once confirmed', async () => {
    const { page } = reporter;
    await visit(page, app, `${reportPath}/redigera`);
    await page.locator('#import-file').waitFor();
    const dialog = page.locator('#import-dialog');

    // Another committee's file: refused after reading, before anything is asked.
    await page.locator('#import-file').setInputFiles(OTHER_COMMITTEES_FILE);
    await page.getByRole('button', { name: 'Läs filen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Filen är Kungsholmens stadsdelsnämnds redovisning, inte Hässelby-Vällingby stadsdelsnämnds.' }).waitFor();
    expect(await dialog.isVisible()).toBe(false);

    // A PDF: each amount the file brings is shown with its page and line, and its project's heading with its place.
    await page.locator('#import-file').setInputFiles(PDF_FILE);
    await page.getByRole('button', { name: 'Läs filen' }).click();
    const amounts = dialog.getByRole('table', { name: 'Beloppen i filen och var de står' });
    await amounts.waitFor();
    const headers = (await amounts.locator('thead th').allTextContents()).map(plain);
    expect(headers).toEqual(['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp', 'Var i filen']);
    const first = amounts.locator('tbody').first();
    expect(plain(await first.locator('th[scope="rowgroup"]').textContent())).toBe('Projekt 1: Trygghetsskapande åtgärder (rubriken på sida 1, rad 6)');
    expect((await first.locator('tr').nth(1).locator('td').allTextContents()).map(plain)).toEqual(['3699', '1771', '1704', '841 327 kr', 'sida 1, rad 9']);
    // Its warnings say the page and line too, and that the file names project 3 otherwise than the report.
    const warnings = (await dialog.locator('li').allTextContents()).map(plain);
    expect(warnings).toContain('Sida 1, rad 31: Projekt 3 (Jobbtorg och vägledning) saknar delredovisning.');
    expect(warnings).toContain('Projekt 3 heter ”Jobbtorg och vägledning” i filen men ”Sociala insatsgrupper” i redovisningen; '
      + 'filens belopp och text lästes in i ”Sociala insatsgrupper”. Kontrollera att de hör dit.');
    expect(await axeViolations(page), 'förhandsgranskningen av en PDF med sida och rad').toEqual([]);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('#import-file').setInputFiles(SEED_FILE);
    await page.getByRole('button', { name: 'Läs filen' }).click();
    await dialog.getByRole('heading', { name: 'Ersätt utkastets innehåll?' }).waitFor();
    const rows = dialog.getByRole('table', { name: 'Vad filen ersätter, per projekt' }).locator('tbody tr');
    const row = async (i: number) => (await rows.nth(i).locator('th, td').allTextContents()).map(plain);
    expect(await rows.count()).toBe(3);
    expect(await row(0)).toEqual(['Projekt 1: Trygghetsskapande åtgärder', '2 rader · 107 500 kr · delredovisning', '1 rad · 107 000 kr · delredovisning']);
    expect(await row(1)).toEqual(['Projekt 2: Lärandecenter', '1 rad · 2 626 837 kr · ingen delredovisning', '1 rad · 2 626 837 kr · delredovisning']);
    expect(plain(await dialog.textContent())).toContain('Periodisering: 2014-08-01 – 2014-12-31 (oförändrad).');
    expect(await axeViolations(page), 'importens förhandsgranskning').toEqual([]);

    // Cancelled: nothing imported.
    const version = (await fetchReport(reporter, app, app.reportId)).version;
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await fetchReport(reporter, app, app.reportId)).version).toBe(version);

    await page.getByRole('button', { name: 'Läs filen' }).click();
    await dialog.getByRole('button', { name: 'Importera och ersätt' }).click();
    await page.getByText('Filen är importerad. 0 varningar.').waitFor();
    const imported = await fetchReport(reporter, app, app.reportId);
    expect(imported.version).toBe(version + 1);
    expect(imported.content.projects[0]!.entries.map((e) => e.amountOre)).toEqual([10_700_000]);
    expect(imported.content.projects[1]!.narrative?.title).toBe('Bibliotek och lärandecenter');
    expect(reporter.pageErrors).toEqual([]);
  }, STEP);
});
