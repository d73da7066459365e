// First page load of the app on localhost (DESIGN.md §9 / issue 3 budget: under 1 s). Starts the real
// server (`node bin/redovisa.js serve --demo`, SQLite in a temp dir, built front end; `npm run build`
// runs first when dist/web is missing or older than src/web) and Debian's Chromium (e2e/browser.ts).
// Measures the sign-in page (/logga-in) and, signed in as a controller, the reports list (/):
// navigation timing (responseStart, DOMContentLoaded, load), when the main heading (h1) is first
// visible in a frame, and when the list's first row is; each cold (a new browser context: empty cache)
// BENCH_RUNS times (default 5) and warm (the same page again in that context). Also the time from
// clicking "Logga in" to the list's heading. Verdict: every cold run's load and heading under 1 s.
// Run: `npm run bench -- page-load`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.js';
import {
  BENCH_PASSWORD, createBenchDatabase, machineLoad, median, prepareDatabase, repoRoot, report, startServer,
} from './support.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 1000;
const SIGN_IN_PATH = '/logga-in';
const LIST_PATH = '/';

/** What one page load measured, in ms from the start of navigation. */
interface Timing {
  responseStart: number;
  domContentLoaded: number;
  load: number;
  /** First animation frame in which the page's h1 has a box; null if none appeared. */
  heading: number | null;
  headingText: string | null;
  /** First frame with a row in a table body (the reports list); null if none appeared. */
  firstRow: number | null;
  /** Bytes over the network for the document and its resources (0 when served from cache). */
  transferred: number;
  requests: number;
}

// Runs in every document before the app's scripts: records, per animation frame, when an h1 and a
// table row first have a box on screen (so the time is when it can be painted, not when React made it).
const MARKS_SCRIPT = `(() => {
  const marks = {};
  window.__benchMarks = marks;
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const frame = (now) => {
    const h1 = document.querySelector('h1');
    if (marks.heading === undefined && h1 && shown(h1)) { marks.heading = now; marks.headingText = (h1.textContent || '').trim(); }
    const row = document.querySelector('table tbody tr');
    if (marks.firstRow === undefined && row && shown(row)) marks.firstRow = now;
    if (marks.heading === undefined || marks.firstRow === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

const TIMING_SCRIPT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const marks = window.__benchMarks || {};
  return {
    responseStart: nav.responseStart, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
    heading: marks.heading ?? null, headingText: marks.headingText ?? null, firstRow: marks.firstRow ?? null,
    transferred: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
    requests: 1 + resources.length,
  };
})()`;

/** Builds the front end when it is missing or older than its sources (another change may have landed). */
function ensureBuilt(): void {
  const index = path.join(repoRoot, 'dist/web/index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const newest = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const file = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(file) : statSync(file).mtimeMs);
  }, 0);
  if (built > newest(path.join(repoRoot, 'src/web'))) return;
  console.log(built === 0 ? 'dist/web saknas: kör npm run build …' : 'src/web är nyare än dist/web: kör npm run build …');
  const result = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build misslyckades; se utskriften ovan.');
}

/** Loads the address in the page and waits for its heading (and a list row, briefly) before reading the timings. */
async function load(page: Page, url: string, options: { row: boolean }): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__benchMarks && window.__benchMarks.heading !== undefined', undefined, { timeout: 10_000 })
    .catch(() => undefined);
  if (options.row) {
    await page.waitForFunction('window.__benchMarks.firstRow !== undefined', undefined, { timeout: 5_000 }).catch(() => undefined);
  }
  return page.evaluate<Timing>(TIMING_SCRIPT);
}

async function newContext(browser: Browser, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>): Promise<BrowserContext> {
  const context = await browser.newContext(storageState ? { storageState } : {});
  await context.addInitScript({ content: MARKS_SCRIPT });
  return context;
}

function describe(label: string, timings: readonly Timing[]): void {
  const stat = (pick: (t: Timing) => number | null) => {
    const values = timings.map(pick).filter((v): v is number => v !== null);
    if (values.length < timings.length) return '     n/a';
    return `${median(values).toFixed(0).padStart(4)}/${Math.max(...values).toFixed(0).padEnd(4)}`;
  };
  const first = timings[0]!;
  console.log(`  ${label.padEnd(30)} responseStart ${stat((t) => t.responseStart)}  DOMContentLoaded ${stat((t) => t.domContentLoaded)}  ` +
    `load ${stat((t) => t.load)}  h1 ${stat((t) => t.heading)}  first row ${stat((t) => t.firstRow)}  ` +
    `(${(first.transferred / 1024).toFixed(0)} kB in ${first.requests} requests; h1 "${first.headingText ?? '—'}")`);
}

/** Cold loads (a new context each) and one warm reload per context; returns both lists. */
async function coldAndWarm(browser: Browser, url: string, options: { row: boolean; storageState?: Awaited<ReturnType<BrowserContext['storageState']>> }) {
  const cold: Timing[] = [];
  const warm: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser, options.storageState);
    try {
      const page = await context.newPage();
      cold.push(await load(page, url, options));
      warm.push(await load(page, url, options));
    } finally {
      await context.close();
    }
  }
  return { cold, warm };
}

/** The worst cold time until the page is usable: load event or heading, whichever is later. */
function worst(timings: readonly Timing[]): number {
  return Math.max(...timings.map((t) => Math.max(t.load, t.heading ?? Number.POSITIVE_INFINITY)));
}

ensureBuilt();
const database = await createBenchDatabase('sqlite');
try {
  const { email } = await prepareDatabase(database.url, { role: 'controller', importSeed: false });
  const server = await startServer(database.url, ['--demo']);
  const browser = await launchChromium();
  try {
    console.log(`\nPage load on ${server.url} (SQLite, demo data, built front end), ms as median/max of ${runs} runs; ${machineLoad()}`);
    const signInPage = await coldAndWarm(browser, server.url + SIGN_IN_PATH, { row: false });
    describe(`${SIGN_IN_PATH} cold`, signInPage.cold);
    describe(`${SIGN_IN_PATH} warm`, signInPage.warm);

    // Sign in through the form as a person would, and time the way from the click to the list's heading.
    const context = await newContext(browser);
    let storageState: Awaited<ReturnType<BrowserContext['storageState']>>;
    try {
      const page = await context.newPage();
      await page.goto(server.url + SIGN_IN_PATH);
      await page.getByLabel('E-postadress').fill(email);
      await page.getByLabel('Lösenord').fill(BENCH_PASSWORD);
      const signInHeading = await page.locator('h1').first().textContent();
      const clicked = await page.evaluate<number>('performance.now()');
      await page.getByRole('button', { name: 'Logga in' }).click();
      const shown = await page.waitForFunction(
        `(() => { const h = document.querySelector('h1'); return h && h.getBoundingClientRect().height > 0 && location.pathname !== '${SIGN_IN_PATH}'
          && h.textContent !== ${JSON.stringify(signInHeading)} ? performance.now() : false; })()`,
        undefined, { polling: 'raf', timeout: 10_000 },
      );
      const afterClick = (await shown.jsonValue()) as number;
      console.log(`  sign-in click → list heading    ${(afterClick - clicked).toFixed(0)} ms (client-side, same page)`);
      storageState = await context.storageState();
    } finally {
      await context.close();
    }

    const listPage = await coldAndWarm(browser, server.url + LIST_PATH, { row: true, storageState });
    describe(`${LIST_PATH} (reports) cold, signed in`, listPage.cold);
    describe(`${LIST_PATH} (reports) warm, signed in`, listPage.warm);

    const signInWorst = worst(signInPage.cold);
    const listWorst = worst(listPage.cold);
    report('first load /logga-in (worst cold)', signInWorst, 'ms', `< ${BUDGET_MS} ms`, signInWorst < BUDGET_MS);
    report('first load / signed in (worst cold)', listWorst, 'ms', `< ${BUDGET_MS} ms`, listWorst < BUDGET_MS);
    const ok = signInWorst < BUDGET_MS && listWorst < BUDGET_MS;
    console.log(`  ${ok ? 'PASS' : 'FAIL'}: first page load (load event and visible h1) ${ok ? 'under' : 'not under'} ${BUDGET_MS} ms on localhost`);
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  await database.destroy();
}
