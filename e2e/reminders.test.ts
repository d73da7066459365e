// Deadline day in Chromium, on the demo as `npm start` leaves it (the 2014 annual report's deadline,
// 2015-01-31, has long passed and Hässelby-Vällingby's report is a draft): the reminders job of
// `serve` has told the committee once; the controller reminds the late committee from the round's
// overview in an editable message; the committee's reporter finds it among the notifications, and the
// report page and the start page say the report is late and what is left to do. Axe on each.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { callApi, signIn, visit, type Person } from './support/session.js';

const STEP = 120_000;
const COMMITTEE = 'Hässelby-Vällingby stadsdelsnämnd';
const MESSAGE = 'Hej! Vi saknar fortfarande er verksamhetsberättelse för 2014. Skicka in den senast på fredag.';

async function expectClean(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
}

interface NotificationJson { kind: string; title: string; body: string }

describe('reminders in Chromium, from the first start of the demo', () => {
  let app: DemoApp;
  let browser: Browser;
  let controller: Person;
  let reporter: Person;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startDemoApp(), launchChromium()]);
    [controller, reporter] = await Promise.all([signIn(browser, app, 'controller'), signIn(browser, app, 'reporter')]);
  }, STEP);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  }, STEP);

  const notificationsOf = async (person: Person) =>
    ((await callApi(person, app, 'GET', '/api/notifications')).body as { notifications: NotificationJson[] }).notifications;

  it('the reminders job of serve told the committee and the controller, once, that the deadline has passed', async () => {
    await expect.poll(async () => (await notificationsOf(reporter)).filter((n) => n.kind === 'deadline_passed').map((n) => n.title), { timeout: 30_000 })
      .toEqual(['Redovisningen för 2014-VB är försenad']);
    const toController = (await notificationsOf(controller)).filter((n) => n.kind === 'deadline_passed');
    expect(toController.map((n) => n.body)).toEqual([
      `Redovisningarna i omgången 2014-VB skulle ha varit inskickade senast 2015-01-31. Inte inskickade: ${COMMITTEE} (utkast).`,
    ]);
  }, STEP);

  it('the controller reminds the late committee from the round overview, in an editable message', async () => {
    const { page } = controller;
    const rounds = (await callApi(controller, app, 'GET', '/api/rounds')).body as { rounds: { id: number; code: string }[] };
    const round = rounds.rounds.find((r) => r.code === '2014-VB');
    await visit(page, app, `/omgangar/${round?.id}`);
    const remind = page.getByRole('button', { name: `Påminn ${COMMITTEE}` });
    await remind.waitFor();
    // Kungsholmen's report is approved: nothing to remind it of.
    expect(await page.getByRole('button', { name: /^Påminn Kungsholmen/u }).count()).toBe(0);
    await page.getByRole('button', { name: 'Påminn alla som inte skickat in' }).waitFor();
    await expectClean(page, 'omgångens översikt med Påminn');

    await remind.click();
    const dialog = page.locator('#remind-dialog[open]');
    await dialog.waitFor();
    const message = dialog.getByRole('textbox', { name: 'Meddelande' });
    // The message starts from the round and its deadline, and the field has the focus.
    expect(await message.inputValue()).toBe(
      'Påminnelse: redovisningen för omgången 2014-VB skulle ha varit inskickad senast 2015-01-31. Skicka in den så snart som möjligt, eller hör av er om något hindrar.',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('remind-message');
    await expectClean(page, '#remind-dialog');

    await message.fill('');
    await dialog.getByRole('button', { name: 'Skicka påminnelsen' }).click();
    await dialog.getByText('Skriv ett meddelande till nämnden.').waitFor();
    await expectClean(page, '#remind-dialog, meddelande saknas');

    await message.fill(MESSAGE);
    await dialog.getByRole('button', { name: 'Skicka påminnelsen' }).click();
    await page.getByText(`Påminnelsen är skickad till ${COMMITTEE}.`).waitFor();
    await page.locator('#remind-dialog').waitFor({ state: 'hidden' });
    // Focus goes back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Påminn ${COMMITTEE}`);
    await expectClean(page, 'översikten efter påminnelsen');
    expect(controller.pageErrors).toEqual([]);
  }, STEP);

  it('the committee’s reporter sees the reminder among the notifications, and the report says it is late', async () => {
    const { page } = reporter;
    await visit(page, app, '/');
    await page.getByText('Er redovisning för Verksamhetsberättelse 2014 skulle ha varit inskickad senast 2015-01-31 och är försenad.').waitFor();
    await page.getByText('Kvar att göra: fyll i redovisningen. Sedan granskar attestanten den och skickar in den.').waitFor();
    await expectClean(page, 'startsidan med sista dag och vad som återstår');

    await visit(page, app, '/aviseringar');
    const reminder = page.locator('.notification', { hasText: MESSAGE });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain(`påminner om redovisningen för ${COMMITTEE} i 2014-VB`);
    await expectClean(page, '/aviseringar med påminnelsen');

    await visit(page, app, `/rapporter/${app.reportId}`);
    await page.getByText('Redovisningen är försenad: den skulle ha skickats in senast 2015-01-31.').waitFor();
    await expectClean(page, 'försenad redovisning (rapportör)');
    expect(reporter.pageErrors).toEqual([]);
  }, STEP);
});
