// The README's screenshots, taken from the running demo as a new user sees it (not a test):
//   node --import tsx e2e/screenshots.ts
// Starts `redovisa serve --demo` on a temporary database, walks the demo report through a return
// with a reason and a correction, and saves 1280×800 PNGs of the main pages into docs/screenshots/.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { callApi, fetchReport, newPerson, signIn, visit, waitSaved, type Person } from './support/session.js';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshots');

async function shot(page: Page, name: string): Promise<void> {
  // Let fonts and the focus ring settle; the caret would blink into some shots and not others.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(OUT, `${name}.png`), caret: 'hide', animations: 'disabled' });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

async function post(person: Person, app: DemoApp, url: string, body: unknown): Promise<void> {
  const answer = await callApi(person, app, 'POST', url, body);
  if (answer.status !== 200) throw new Error(`POST ${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
}

await mkdir(OUT, { recursive: true });
const [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
try {
  const id = app.reportId;
  const reportPath = `/rapporter/${id}`;

  const { page: visitor } = await newPerson(browser);
  await visitor.goto(`${app.url}/logga-in`);
  await visitor.locator('#email').waitFor();
  await shot(visitor, 'logga-in');

  // The story: the approver submits the demo report, the controller returns it with reasons.
  const [reporter, approver, controller, admin] = await Promise.all([
    signIn(browser, app, 'reporter'), signIn(browser, app, 'approver'), signIn(browser, app, 'controller'), signIn(browser, app, 'admin'),
  ]);
  await post(approver, app, `/api/reports/${id}/submit`, { version: (await fetchReport(approver, app, id)).version });
  const submitted = await fetchReport(controller, app, id);
  await post(controller, app, `/api/reports/${id}/return`, {
    version: submitted.version,
    reason: 'Beloppet för Lärandecenter stämmer inte med fakturan från augusti. Rätta beloppet och skicka in igen.',
    sectionReasons: [{ sectionId: submitted.sections[1]?.id, reason: 'Fakturan visar 2 612 400 kr.' }],
  });

  // The reporter reads the reason, corrects the amount and adds a row; autosave stores it.
  await visit(reporter.page, app, reportPath);
  await reporter.page.locator('.return-reason').waitFor();
  await shot(reporter.page, 'redovisning');
  await visit(reporter.page, app, `${reportPath}/redigera`);
  await reporter.page.locator('#f-projects-1-entries-0-amountOre').fill('2 612 400');
  await reporter.page.getByRole('button', { name: 'Lägg till rad i projekt 1' }).click();
  await reporter.page.locator('#f-projects-0-entries-1-amountOre').fill('12 500,50');
  await reporter.page.locator('#f-projects-0-entries-1-text').fill('Stadsodlingens lådor, fakturerade i september');
  await waitSaved(reporter.page);
  // The project the controller commented on, with the corrected amount as read back.
  await reporter.page.getByRole('heading', { name: 'Projekt 2: Lärandecenter' }).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -24);
  });
  await shot(reporter.page, 'redigera');

  // The approver reviews it before sending it in again.
  await visit(approver.page, app, `${reportPath}/redigera`);
  await approver.page.getByRole('button', { name: 'Granska och skicka in' }).click();
  await approver.page.locator('#submit-button').waitFor();
  await approver.page.locator('#check').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await shot(approver.page, 'granskning');

  await visit(controller.page, app, '/');
  await controller.page.locator('main table').waitFor();
  await shot(controller.page, 'redovisningar');
  await visit(controller.page, app, `/omgangar/${submitted.round?.id ?? 1}`);
  await controller.page.locator('main table').waitFor();
  await shot(controller.page, 'omgang');
  await visit(controller.page, app, `${reportPath}/historik`);
  await controller.page.locator('ol.history > li').first().waitFor();
  await shot(controller.page, 'historik');

  await visit(admin.page, app, '/anvandare');
  await admin.page.locator('main table').waitFor();
  await shot(admin.page, 'anvandare');

  // The year end: Kungsholmen's approved annual report (the demo's history), booked (SIE) and
  // reconciled against a ledger that has one project 0,50 kr short.
  await visit(controller.page, app, '/ekonomi/2014-VB');
  await controller.page.locator('main table').waitFor();
  await shot(controller.page, 'ekonomi');
  await post(controller, app, '/api/rounds/2014-VB/exports', { again: false }).catch(() => undefined);
  const figures = (await callApi(controller, app, 'GET', '/api/rounds/2014-VB/figures')).body as {
    committees: { counterparty: string; projects: { projectCode: string; accruedThisRoundOre: number | null }[] }[];
  };
  const rows = figures.committees.flatMap((c) => c.projects.flatMap((p) => (p.accruedThisRoundOre === null || p.accruedThisRoundOre === 0 ? [] : [
    `${c.counterparty};${p.projectCode};${((p.projectCode === '1712-02' ? p.accruedThisRoundOre - 50 : p.accruedThisRoundOre) / 100).toFixed(2).replace('.', ',')};Bokfört`,
  ])));
  const made = await callApi(controller, app, 'POST', '/api/rounds/2014-VB/reconciliations', {
    fileName: 'bokfort-2014-VB.csv', contentBase64: Buffer.from(['Motpart;Projekt;Belopp;Text', ...rows].join('\r\n')).toString('base64'),
  });
  const reconciliationId = (made.body as { id: number }).id;
  await callApi(controller, app, 'PUT', `/api/reconciliations/${reconciliationId}/notes`, {
    counterparty: '1712', project: '1712-02', resolution: 'corrected', body: 'Öresavrundning i huvudboken; rättas i januari.',
  });
  await visit(controller.page, app, `/avstamningar/${reconciliationId}`);
  await controller.page.locator('main table').waitFor();
  await shot(controller.page, 'avstamning');

  // Översikt on the demo's newest year, 2015: six committees' approved history against 2014.
  await visit(controller.page, app, '/oversikt');
  await controller.page.locator('.chart__canvas[data-chart-state="drawn"] svg').nth(4).waitFor();
  // From the key figures down: the warning and the chart per committee with the start of its table.
  await controller.page.locator('.key-figures').evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
  await shot(controller.page, 'oversikt');
  await controller.page.getByRole('figure', { name: /Indikatorer: mål och utfall/u }).evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
  await shot(controller.page, 'oversikt-indikatorer');

  // The public record, switched on by the admin: 2015-VB's page with its chart drawn on the server.
  await callApi(admin, app, 'PUT', '/api/public-site', { enabled: true });
  await visitor.goto(`${app.url}/offentligt/omgangar/2015-VB`);
  await visitor.locator('figure.public-chart svg').waitFor();
  await visitor.locator('figure.public-chart').evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
  await shot(visitor, 'offentlig-omgang');
} finally {
  await browser.close();
  await app.stop();
}
