// First page load of the app on localhost (DESIGN.md §9 / issue 3 budget: under 1 s). Starts the real
// server (`node bin/redovisa.js serve --demo`, SQLite in a temp dir, built front end; `npm run build`
// runs first when dist/web is missing or older than src/web) and Debian's Chromium (e2e/browser.ts).
// Measures the sign-in page (/logga-in) and, signed in as a controller, the reports list (/):
// navigation timing (responseStart, DOMContentLoaded, load), when the main heading (h1) is first
// visible in a frame, and when the list's first row is; each cold (a new browser context: empty cache)
// BENCH_RUNS times (default 5) and warm (the same page again in that context). Also the time from
// clicking "Logga in" to the list's heading. Verdict: the median cold run is usable (load event, h1,
// and for the list its first row) in under 1 s; the worst cold run is printed beside it.
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
interface Timing extends PageTiming {
  /** First animation frame in which the page's h1 (the awaited one) has a box; null if none appeared. */
  heading: number | null;
  headingText: string | null;
}

/** What the page itself reports: navigation and resource timing and MARKS_SCRIPT's marks. */
interface PageTiming {
  responseStart: number;
  domContentLoaded: number;
  load: number;
  headings: { text: string; at: number }[];
  /** First frame with a row in a table body (the reports list); null if none appeared. */
  firstRow: number | null;
  /** Bytes over the network for the document and its resources (0 when served from cache). */
  transferred: number;
  requests: number;
}

// Runs in every document before the app's scripts: records, per animation frame, each new h1 text
// once it has a box on screen and the first table-body row (so a time is when it can be painted, not
// when React made it). Read back without eval: the app's CSP forbids it.
const MARKS_SCRIPT = `(() => {
  const marks = { headings: [] };
  window.__benchMarks = marks;
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const frame = (now) => {
    const h1 = document.querySelector('h1');
    const text = h1 ? (h1.textContent || '').trim() : null;
    const last = marks.headings[marks.headings.length - 1];
    if (h1 && shown(h1) && (!last || last.text !== text)) marks.headings.push({ text, at: now });
    const row = document.querySelector('table tbody tr');
    if (marks.firstRow === undefined && row && shown(row)) marks.firstRow = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** What MARKS_SCRIPT keeps on the page's window. */
interface Marks {
  headings: { text: string; at: number }[];
  firstRow?: number;
}

const TIMING_SCRIPT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const marks = window.__benchMarks || { headings: [] };
  return {
    responseStart: nav.responseStart, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
    headings: marks.headings, firstRow: marks.firstRow ?? null,
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

/** How a page is loaded and recognised: `skipHeading` is a heading shown on the way (the sign-in form before the session is known). */
interface LoadOptions {
  row: boolean;
  skipHeading?: string;
  storageState?: StorageState;
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Loads the address in the page and waits for its heading (and a list row, briefly) before reading the timings. */
async function load(page: Page, url: string, options: LoadOptions): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load' });
  // A page without a heading (or a list without rows) is reported as n/a rather than failing the run.
  await page.waitForFunction((skip) => ((globalThis as { __benchMarks?: Marks }).__benchMarks?.headings ?? []).some((h) => h.text !== skip),
    options.skipHeading ?? null, { timeout: 10_000 }).catch(() => undefined);
  if (options.row) {
    await page.waitForFunction(() => (globalThis as { __benchMarks?: Marks }).__benchMarks?.firstRow !== undefined, undefined, { timeout: 5_000 })
      .catch(() => undefined);
  }
  const timing = await page.evaluate<PageTiming>(TIMING_SCRIPT);
  const heading = timing.headings.find((h) => h.text !== options.skipHeading);
  return { ...timing, heading: heading?.at ?? null, headingText: heading?.text ?? null };
}

async function newContext(browser: Browser, storageState?: StorageState): Promise<BrowserContext> {
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
async function coldAndWarm(browser: Browser, url: string, options: LoadOptions) {
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

/** When the page is usable: the load event, its heading and (for the list) its first row, whichever is last. */
function ready(t: Timing, row: boolean): number {
  const missing = Number.POSITIVE_INFINITY;
  return Math.max(t.load, t.heading ?? missing, row ? t.firstRow ?? missing : 0);
}

/** Prints the median (the verdict) and the worst of the cold runs against the budget; true when the median is under it. */
function verdict(name: string, cold: readonly Timing[], row: boolean): boolean {
  const times = cold.map((t) => ready(t, row));
  const typical = median(times);
  report(`${name} (median cold)`, typical, 'ms', `< ${BUDGET_MS} ms`, typical < BUDGET_MS);
  report(`${name} (worst cold)`, Math.max(...times), 'ms', `< ${BUDGET_MS} ms`, Math.max(...times) < BUDGET_MS);
  return typical < BUDGET_MS;
}

ensureBuilt();
const database = await createBenchDatabase('sqlite');
try {
  const { email } = await prepareDatabase(database.url, { role: 'controller', demo: false });
  const server = await startServer(database.url, ['--demo']);
  const browser = await launchChromium();
  try {
    console.log(`\nPage load on ${server.url} (SQLite, demo data, built front end), ms as median/max of ${runs} runs; ${machineLoad()}`);
    const signInPage = await coldAndWarm(browser, server.url + SIGN_IN_PATH, { row: false });
    describe(`${SIGN_IN_PATH} cold`, signInPage.cold);
    describe(`${SIGN_IN_PATH} warm`, signInPage.warm);
    const signInHeading = signInPage.cold[0]?.headingText ?? undefined;

    // Sign in through the form as a person would, and time the way from the click to the list's heading.
    const context = await newContext(browser);
    let storageState: StorageState;
    let listUrl = server.url + LIST_PATH;
    try {
      const page = await context.newPage();
      await page.goto(server.url + SIGN_IN_PATH);
      await page.getByLabel('E-postadress').fill(email);
      await page.getByLabel('Lösenord').fill(BENCH_PASSWORD);
      const clicked = await page.evaluate<number>('performance.now()');
      await page.getByRole('button', { name: 'Logga in' }).click();
      // The first heading painted after the click that is not the sign-in page's own.
      const shown = await page.waitForFunction((since) => {
        const headings = (globalThis as { __benchMarks?: Marks }).__benchMarks?.headings ?? [];
        return headings.find((h) => h.at > since.clicked && h.text !== since.signInHeading) ?? false;
      }, { clicked, signInHeading: signInHeading ?? null }, { timeout: 10_000 });
      const next = await shown.jsonValue() as { text: string; at: number };
      console.log(`  sign-in click → "${next.text}" h1 ${(next.at - clicked).toFixed(0).padStart(5)} ms (client-side, same page)`);
      storageState = await context.storageState();
      // The list's own address must serve the app; if it does not, reach the list the way a signed-in
      // user still can (the sign-in page forwards to it) and say so.
      const direct = await page.request.get(listUrl);
      if (direct.status() !== 200 || !(direct.headers()['content-type'] ?? '').startsWith('text/html')) {
        console.log(`  NOTE: GET ${LIST_PATH} answers ${direct.status()} ${direct.headers()['content-type'] ?? ''} instead of the app; ` +
          `measuring the list through ${SIGN_IN_PATH}, which forwards a signed-in user to it`);
        listUrl = server.url + SIGN_IN_PATH;
      }
    } finally {
      await context.close();
    }

    const listPage = await coldAndWarm(browser, listUrl, { row: true, skipHeading: signInHeading, storageState });
    describe(`reports list cold, signed in`, listPage.cold);
    describe(`reports list warm, signed in`, listPage.warm);

    const signInOk = verdict('first load /logga-in', signInPage.cold, false);
    const listOk = verdict('first load reports list', listPage.cold, true);
    const ok = signInOk && listOk;
    console.log(`  ${ok ? 'PASS' : 'FAIL'}: first page load (load event, visible h1 and the list's first row; median of ${runs} cold runs) ` +
      `${ok ? 'under' : 'not under'} ${BUDGET_MS} ms on localhost`);
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  await database.destroy();
}
