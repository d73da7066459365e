// A resident without an account, in Chromium: the sign-in page points to the public record, which
// lists the demo report once it is approved; the report reads as a page, its PDF downloads with the
// report's words and amounts, the search finds it, and the open data index links the round's files.
// Axe on every page.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { pdfText } from './support/pdf-text.js';
import { newPerson, type Person } from './support/session.js';

/** Signs in over HTTP as the account and returns a fetch that carries its cookie and CSRF token. */
async function apiAs(app: DemoApp, email: string, password: string) {
  const res = await fetch(`${app.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`Inloggningen misslyckades: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: object) => {
    const answer = await fetch(`${app.url}${path}`, {
      method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as { version: number };
  };
}

describe('the public record in a browser', () => {
  let app: DemoApp;
  let browser: Browser;
  let visitor: Person;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp({ env: { PUBLIC_SITE: '1' } }), launchChromium()]);
    // The demo report goes through the workflow: the approver submits it, the controller approves it.
    const approver = await apiAs(app, app.accounts.approver.email, app.accounts.approver.password);
    const controller = await apiAs(app, app.accounts.controller.email, app.accounts.controller.password);
    const { version } = await approver('GET', `/api/reports/${app.reportId}`);
    const submitted = await approver('POST', `/api/reports/${app.reportId}/submit`, { version });
    await controller('POST', `/api/reports/${app.reportId}/approve`, { version: submitted.version });
    visitor = await newPerson(browser);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('leads a visitor from the sign-in page to the approved report, with no axe finding on any page', async () => {
    const { page } = visitor;
    await page.goto(`${app.url}/`);
    const link = page.getByRole('link', { name: /offentliga arkivet/u });
    await link.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await link.click();
    await page.waitForURL(/\/offentligt$/u);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Redovisningar', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Godkända redovisningar' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /Verksamhetsberättelse 2014/u }).click();
    await page.getByRole('heading', { name: 'Siffror per nämnd och projekt' }).waitFor();
    expect(await page.textContent('main')).toContain('Hittills i år');
    // The chart, drawn on the server as SVG (no script on the page) and hidden from screen readers;
    // its summary in words: 3 300 000 + 2 600 000 kr granted, 2 810 828 + 1 534 937,50 kr approved (73,7 %).
    const chart = page.getByRole('figure', { name: 'Bidrag och godkänt periodiserat per nämnd, 2014-VB' });
    expect(await chart.locator('svg[aria-hidden="true"]').count()).toBe(1);
    expect((await chart.locator('.chart-figure__summary').innerText()).replace(/\u00a0/gu, ' '))
      .toBe('Beviljat 5,9 mnkr, godkänt periodiserat 4,3 mnkr (74 %). Mest kvar: Kungsholmen (1,1 mnkr).');
    expect(await page.locator('script').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Hässelby-Vällingby stadsdelsnämnd' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Hässelby-Vällingby/u }).waitFor();
    expect(await page.textContent('main')).toContain('Trygghetsskapande åtgärder');
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('finds the approved report through the search box in the header, the words marked, with no axe finding', async () => {
    const { page } = visitor;
    // Words in no approved report: the page says so, and is as clean.
    await page.goto(`${app.url}/offentligt/sok?q=${encodeURIComponent('zxqvbrk')}`);
    expect(await page.getByRole('status').textContent()).toContain('Inga träffar');
    expect(await axeViolations(page)).toEqual([]);
    // The report page stays open for the download below.
    await page.goto(`${app.url}/offentligt`);
    await page.getByRole('searchbox', { name: 'Sök i godkända redovisningar' }).fill('trygghetsskapande');
    await page.getByRole('search', { name: 'Sök i arkivet' }).getByRole('button', { name: 'Sök' }).click();
    await page.waitForURL(/\/offentligt\/sok\?q=trygghetsskapande$/u);
    await page.getByRole('heading', { level: 1, name: 'Sök: trygghetsskapande' }).waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/träff/u);
    expect(await page.locator('.search-hit mark').first().textContent()).toMatch(/^Trygghetsskapande$/iu);
    expect(await axeViolations(page)).toEqual([]);
    // A filter narrows the same search; the form keeps what was typed.
    await page.getByLabel('Omgång').selectOption('2014-VB');
    await page.getByRole('button', { name: 'Sök', exact: true }).last().click();
    await page.waitForURL(/omgang=2014-VB/u);
    expect(await page.getByLabel('Sökord').inputValue()).toBe('trygghetsskapande');
    await page.getByRole('link', { name: 'Hässelby-Vällingby stadsdelsnämnd: Trygghetsskapande åtgärder' }).click();
    await page.getByRole('heading', { level: 1, name: /Hässelby-Vällingby/u }).waitFor();
  }, 60_000);

  it('downloads the approved report as PDF with its words and amounts', async () => {
    const { page } = visitor;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ned som PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/u);
    const text = await pdfText(new Uint8Array(await readFile(await download.path())));
    expect(text).toContain('Hässelby-Vällingby stadsdelsnämnd');
    expect(text).toContain('Trygghetsskapande åtgärder');
    expect(text).toMatch(/2\s626\s837/u);
  }, 60_000);

  it('opens the open data index and the round’s JSON', async () => {
    const { page } = visitor;
    await page.getByRole('link', { name: 'Öppna data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Öppna data' }).waitFor();
    expect(await page.textContent('main')).toContain('CC0 1.0');
    expect(await axeViolations(page)).toEqual([]);
    const res = await fetch(`${app.url}/oppna-data/2014-VB.json`);
    const data = (await res.json()) as { format: string; entries: { amountOre: number }[] };
    expect(data.format).toBe('redovisa.open-data/1');
    expect(data.entries.reduce((n, e) => n + e.amountOre, 0)).toBeGreaterThan(0);
    expect(visitor.pageErrors).toEqual([]);
  }, 60_000);
});
