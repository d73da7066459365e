// Accounts without passwords passed around, in Chromium against `redovisa serve --demo` with SMTP_URL
// pointing at a real SMTP server started here: the admin invites a user, the link in the e-mail that
// arrives is opened, a password chosen (by keyboard), and the new user signs in; the used link and a
// forgotten password's page say what they should. axe finds nothing on any of the pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, startSmtp, type TestSmtp } from '../test/support/smtp.js';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { fillSignIn, newPerson, signIn, visit } from './support/session.js';

const STEP = 120_000;
const EMAIL = 'nora.nilsson@stad.example';
const PASSWORD = 'blåbär cykelställ regnrock tofflor';

async function expectClean(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
}

/**
 * The link in the newest e-mail to the address among those received after the first `since`, waiting
 * for the app's sender (every 5 s) to send it.
 */
async function linkFor(smtp: TestSmtp, email: string, since = 0, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mail = smtp.received.slice(since).filter((m) => m.to.includes(email)).at(-1);
    const link = mail ? /^(http:\/\/\S+\/konto\/losenord#[A-Za-z0-9_-]{43})$/mu.exec(bodyOf(mail.raw))?.[1] : undefined;
    if (link) return link;
    if (Date.now() > until) throw new Error(`Inget e-postmeddelande med länk till ${email} inom ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('accounts in Chromium: an invitation by e-mail, a password chosen with its link, a forgotten password', () => {
  let smtp: TestSmtp;
  let app: DemoApp;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startSmtp();
    [app, browser] = await Promise.all([startDemoApp({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'Redovisa <redovisa@stad.example>' } }), launchChromium()]);
  }, STEP);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await smtp?.close();
  }, STEP);

  it('lets the admin invite a user, whose link from the e-mail chooses a password once; the user then signs in', async () => {
    const admin = await signIn(browser, app, 'admin');
    await visit(admin.page, app, '/anvandare');
    await admin.page.locator('#user-email').fill(EMAIL);
    await admin.page.locator('#user-name').fill('Nora Nilsson');
    // An invitation is the default: no password field until the admin chooses to type one.
    expect(await admin.page.getByRole('radio', { name: 'Skicka en inbjudan med e-post' }).isChecked()).toBe(true);
    expect(await admin.page.locator('#user-password').count()).toBe(0);
    await expectClean(admin.page, '/anvandare, ny användare med inbjudan');
    await admin.page.getByRole('button', { name: 'Skapa användare' }).click();
    await admin.page.getByRole('status').filter({ hasText: `En inbjudan till ${EMAIL} ligger i utkorgen` }).waitFor();

    const link = await linkFor(smtp, EMAIL);
    expect(link.startsWith(`${app.url}/konto/losenord#`)).toBe(true);

    // The new user opens the link in a browser of their own.
    const nora = await newPerson(browser);
    await nora.page.goto(link);
    await nora.page.getByRole('heading', { level: 1, name: 'Välkommen – välj ditt lösenord' }).waitFor();
    await nora.page.getByText(`Lösenordet gäller kontot ${EMAIL}.`).waitFor();
    // The token has left the address bar (and so the history).
    expect(new URL(nora.page.url()).hash).toBe('');
    await expectClean(nora.page, '/konto/losenord');

    // By keyboard alone: two passwords that differ are stopped at the second field.
    await nora.page.getByLabel('Nytt lösenord').focus();
    await nora.page.keyboard.type(PASSWORD);
    await nora.page.keyboard.press('Tab');
    expect(await nora.page.evaluate(() => document.activeElement?.id)).toBe('choose-repeat');
    await nora.page.keyboard.type(`${PASSWORD}!`);
    await nora.page.keyboard.press('Enter');
    await nora.page.locator('#choose-repeat-error').filter({ hasText: 'Lösenorden är inte lika.' }).waitFor();
    await expectClean(nora.page, '/konto/losenord, fel');
    await nora.page.getByLabel('Upprepa lösenordet').fill('');
    await nora.page.getByLabel('Upprepa lösenordet').focus();
    await nora.page.keyboard.type(PASSWORD);
    await nora.page.keyboard.press('Enter');

    // The sign-in page, the address filled in.
    await nora.page.waitForURL((url) => url.pathname === '/logga-in');
    await nora.page.getByRole('status').filter({ hasText: 'Ditt lösenord är sparat. Logga in med det.' }).waitFor();
    expect(await nora.page.getByLabel('E-postadress').inputValue()).toBe(EMAIL);
    await fillSignIn(nora.page, EMAIL, PASSWORD);
    await nora.page.waitForURL((url) => url.pathname === '/');
    await nora.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await nora.page.locator('.user-info__name').textContent()).toBe('Nora Nilsson');

    // The link again, used: a clear refusal and the way to a new one.
    const again = await newPerson(browser);
    await again.page.goto(link);
    await again.page.getByRole('alert').filter({ hasText: 'Länken har redan använts' }).waitFor();
    await again.page.getByRole('link', { name: 'Be om en ny länk' }).waitFor();
    await expectClean(again.page, '/konto/losenord, använd länk');
    expect([...admin.pageErrors, ...nora.pageErrors, ...again.pageErrors]).toEqual([]);
  }, STEP);

  it('answers a forgotten password the same whether or not the address exists', async () => {
    const answers: string[] = [];
    const before = smtp.received.length;
    for (const email of ['ingen.alls@stad.example', EMAIL]) {
      const person = await newPerson(browser);
      await person.page.goto(`${app.url}/logga-in`);
      await person.page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
      await person.page.getByRole('heading', { level: 1, name: 'Glömt lösenordet' }).waitFor();
      await expectClean(person.page, '/glomt-losenord');
      await person.page.getByLabel('E-postadress').fill(email);
      await person.page.getByRole('button', { name: 'Skicka länk' }).click();
      const status = person.page.getByRole('status');
      await status.waitFor();
      answers.push((await status.textContent()) ?? '');
      await expectClean(person.page, '/glomt-losenord, skickat');
      expect(person.pageErrors).toEqual([]);
    }
    expect(answers).toEqual(Array(2).fill('Om adressen finns hos oss har vi skickat en länk till den. Med länken väljer du ett nytt lösenord; den gäller i 72 timmar.'));
    // Only the known address gets an e-mail: a reset link, which opens the page for a new password.
    const link = await linkFor(smtp, EMAIL, before);
    const person = await newPerson(browser);
    await person.page.goto(link);
    await person.page.getByRole('heading', { level: 1, name: 'Välj ett nytt lösenord' }).waitFor();
    expect(smtp.received.some((m) => m.to.includes('ingen.alls@stad.example'))).toBe(false);
  }, STEP);
});
