// Signing in as a person does (the sign-in page), and the same person's API for checks the page
// cannot show (the stored content after a save).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../src/domain/roles.js';
import type { Report } from '../../src/web/api/types.js';
import { isRecord, isReport } from '../../src/web/lib/guards.js';
import type { DemoApp } from './demo-app.js';

/** The screen the README and the tests use. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** A signed-in person: their browser context and first tab. */
export interface Person {
  context: BrowserContext;
  page: Page;
  /** Errors thrown in the page's scripts: a test expects none. */
  pageErrors: string[];
}

/**
 * A new browser context (its own cookies and storage) with one tab, Swedish locale, 1280×800.
 * Reduced motion: the app then scrolls at once instead of smoothly, so what a step scrolls to is there.
 */
export async function newPerson(browser: Browser): Promise<Person> {
  const context = await browser.newContext({
    viewport: VIEWPORT, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', acceptDownloads: true, reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

/** Fills in and sends the sign-in form on the current page (which must show it). */
export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** Signs in on /logga-in with the role's demo account and waits for the first page's heading. */
export async function signIn(browser: Browser, app: DemoApp, role: Role): Promise<Person> {
  const person = await newPerson(browser);
  const { email, password } = app.accounts[role];
  await person.page.goto(`${app.url}/logga-in`);
  await fillSignIn(person.page, email, password);
  await person.page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
  await person.page.getByRole('heading', { level: 1 }).waitFor();
  return person;
}

/** Opens a page of the app and waits for its main heading. */
export async function visit(page: Page, app: DemoApp, path: string): Promise<void> {
  await page.goto(app.url + path);
  await page.locator('main h1').first().waitFor();
}

/** Waits until the editor's live region says the draft is saved ("Sparat 12:03"). */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('#save-status', { hasText: /^Sparat \d{1,2}[:.]\d{2}$/u }).waitFor();
}

/** A person's API answer: status and JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

/** The API as a signed-in person's browser context calls it: same cookies, with the CSRF token. */
export async function callApi(person: Person, app: DemoApp, method: 'GET' | 'PUT' | 'POST', path: string, data?: unknown): Promise<Answer> {
  const request = person.context.request;
  const headers: Record<string, string> = {};
  if (method !== 'GET') {
    const session: unknown = await (await request.get(`${app.url}/api/session`)).json();
    if (!isRecord(session) || typeof session.csrfToken !== 'string') throw new Error('Ingen session att ropa på API:et med.');
    headers['x-csrf-token'] = session.csrfToken;
  }
  const response = await request.fetch(app.url + path, { method, headers, ...(data === undefined ? {} : { data }) });
  const text = await response.text();
  return { status: response.status(), body: text === '' ? null : JSON.parse(text) };
}

/** GET /api/reports/:id as the person; throws unless it is a report. */
export async function fetchReport(person: Person, app: DemoApp, id: number): Promise<Report> {
  const answer = await callApi(person, app, 'GET', `/api/reports/${id}`);
  if (answer.status !== 200 || !isReport(answer.body)) throw new Error(`GET /api/reports/${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
