// Narrow screens in Chromium: at 320 px (the narrowest phone WCAG 1.4.10 reflows to) no page of the
// app scrolls sideways and axe finds nothing; at 390 px the editor's accrual rows are stacked,
// labelled fields whose codes show whole (IKB "1771", not "17").
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecord } from '../src/web/lib/guards.js';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { callApi, signIn, visit, type Person } from './support/session.js';

// Each page is visited and scanned by axe: a step of several pages takes a while on a busy machine.
const STEP = 240_000;

/** Waits until the page has loaded what it shows: its heading there, no "Laddar …" left. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.locator('.loading').first().waitFor({ state: 'detached' });
}

/** How far the page reaches beyond the window, and what sticks out (for the message). */
function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const widest: string[] = [];
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      const box = element.getBoundingClientRect();
      if (box.right > window.innerWidth + 0.5) widest.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.right)}`);
    }
    return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, innerWidth: window.innerWidth, widest: widest.slice(0, 5) };
  });
}

describe('narrow screens in Chromium: nothing scrolls sideways at 320 px, the entries stack at 390 px', () => {
  let app: DemoApp;
  let browser: Browser;
  let reportPath: string;
  let roundPath: string;
  const people: Person[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
    reportPath = `/rapporter/${app.reportId}`;
  }, STEP);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, STEP);

  /** Signs in as the role (at 1280 px, as a person starts) and narrows the window. */
  const narrow = async (role: 'reporter' | 'controller' | 'admin' | 'reader', width: number): Promise<Person> => {
    const person = await signIn(browser, app, role);
    people.push(person);
    await person.page.setViewportSize({ width, height: 800 });
    return person;
  };

  /** Visits each path and holds the page to both rules: no sideways scrolling, nothing for axe. */
  const check = async (person: Person, who: string, paths: readonly string[]) => {
    for (const path of paths) {
      await visit(person.page, app, path);
      await settled(person.page);
      const { scrollWidth, innerWidth, widest } = await overflow(person.page);
      expect(scrollWidth, `${path} (${who}) är bredare än fönstret: ${widest.join(', ')}`).toBeLessThanOrEqual(innerWidth);
      expect(await axeViolations(person.page), `${path} (${who}) vid ${innerWidth} px`).toEqual([]);
    }
    expect(person.pageErrors).toEqual([]);
  };

  it('the sign-in page', async () => {
    const person = await narrow('reader', 320);
    await person.context.clearCookies();
    await person.page.goto(`${app.url}/logga-in`);
    await person.page.locator('#email').waitFor();
    const { scrollWidth, innerWidth } = await overflow(person.page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(await axeViolations(person.page)).toEqual([]);
  }, STEP);

  it('the reporter\'s pages: start, the report, its editor and history, Översikt, rounds, finance, search, notifications', async () => {
    const reporter = await narrow('reporter', 320);
    await check(reporter, 'rapportör', [
      '/', reportPath, `${reportPath}/redigera`, `${reportPath}/historik`, '/oversikt', '/omgangar', '/ekonomi', '/ekonomi/2014-VB',
      '/sok?q=trygghetsskapande', '/aviseringar',
    ]);
  }, STEP);

  let controller: Person;

  it('the controller\'s pages: report list, the report, round overview, Översikt, finance', async () => {
    controller = await narrow('controller', 320);
    const rounds = await callApi(controller, app, 'GET', '/api/rounds');
    const list = isRecord(rounds.body) && Array.isArray(rounds.body.rounds) ? rounds.body.rounds : [];
    const open = list.find((r: unknown) => isRecord(r) && r.code === '2014-VB');
    if (!isRecord(open) || typeof open.id !== 'number') throw new Error(`Omgången 2014-VB saknas: ${JSON.stringify(rounds.body)}`);
    roundPath = `/omgangar/${open.id}`;
    await check(controller, 'controller', ['/', reportPath, roundPath, '/omgangar', '/oversikt', '/ekonomi', '/ekonomi/2015-VB']);
  }, STEP);

  it('the controller\'s set-up, search and API pages', async () => {
    await check(controller, 'controller', ['/installningar/namnder', '/installningar/program', '/installningar/projekt', '/sok?q=insatser', '/api-dokumentation']);
  }, STEP);

  it('the admin\'s pages: users and the outbox; the reader\'s report list', async () => {
    await check(await narrow('admin', 320), 'administratör', ['/anvandare', '/utkorg']);
    await check(await narrow('reader', 320), 'läsare', ['/', '/oversikt']);
  }, STEP);

  it('at 390 px the accrual rows are stacked fields, each labelled, with every code shown whole', async () => {
    const { page } = await narrow('reporter', 390);
    await visit(page, app, `${reportPath}/redigera`);
    await page.locator('#f-projects-0-entries-0-ikb').waitFor();
    const row = await page.evaluate(() => {
      const box = (id: string) => {
        const element = document.getElementById(id);
        if (!(element instanceof HTMLInputElement)) throw new Error(`#${id} saknas`);
        const { left, right, top, bottom } = element.getBoundingClientRect();
        // A field shows its whole value when its text needs no more room than the field has.
        return { left, right, top, bottom, whole: element.scrollWidth <= element.clientWidth, value: element.value };
      };
      const wrap = document.querySelector('.table--edit')?.closest('.table-wrap');
      return {
        innerWidth: window.innerWidth,
        ikb: box('f-projects-0-entries-0-ikb'),
        account: box('f-projects-0-entries-0-account'),
        amount: box('f-projects-0-entries-0-amountOre'),
        text: box('f-projects-0-entries-0-text'),
        wrapScrolls: wrap ? wrap.scrollWidth > wrap.clientWidth : true,
      };
    });
    expect(row.ikb).toMatchObject({ value: '1771', whole: true });
    expect(row.account.whole && row.amount.whole).toBe(true);
    for (const field of [row.ikb, row.account, row.amount, row.text]) {
      expect(field.left).toBeGreaterThanOrEqual(0);
      expect(field.right).toBeLessThanOrEqual(row.innerWidth);
    }
    expect(row.wrapScrolls, 'raden får plats utan att tabellen rullar i sidled').toBe(false);
    // Stacked: the amount and the text each under the codes, not beside them.
    expect(row.amount.top).toBeGreaterThanOrEqual(row.ikb.bottom);
    expect(row.text.top).toBeGreaterThanOrEqual(row.amount.bottom);
    // Each field carries its own visible label (the column headings are for wide screens).
    for (const name of ['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp', 'Text']) {
      const label = page.locator('.table--edit tbody tr').first().locator('label .entry-label', { hasText: new RegExp(`^${name}$`, 'u') });
      expect(await label.isVisible(), `etiketten ${name}`).toBe(true);
    }
    await expect.poll(() => page.getByRole('textbox', { name: 'IKB i projekt 1, rad 1' }).inputValue()).toBe('1771');
    expect(await axeViolations(page)).toEqual([]);
    const { scrollWidth, innerWidth } = await overflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  }, STEP);

  afterAll(async () => {
    for (const person of people) await person.context.close().catch(() => undefined);
  });
});
