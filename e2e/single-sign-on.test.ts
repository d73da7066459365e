// Single sign-on in Chromium: the demo started as a municipality runs it with its identity provider
// (a real OpenID Connect provider, oidc-provider, in this test's process) and password sign-in turned
// off. The sign-in page offers only "Logga in med Testkommunens inloggning"; a person the group map
// gives a role signs in at the provider's own login page and lands in the app signed in, then signs
// out of both; signed in again at the provider as the demo controller's address, the controller's
// account is found; a person no group gives a role gets Redovisa's Swedish refusal page. Axe on
// Redovisa's pages.
import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../test/support/oidc-provider.js';
import { launchChromium } from './browser.js';
import { axeViolations } from './support/axe.js';
import { startDemoApp, type DemoApp } from './support/demo-app.js';
import { newPerson } from './support/session.js';

const STEP = 120_000;
const SIGN_IN_BUTTON = 'Logga in med Testkommunens inloggning';

/** A port nobody listens on now, so the app's address (and its redirect URI) is known before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('Ingen port.'))));
    });
  });
}

/** Signs in at the provider's own (development) login page as the account. */
async function signInAtProvider(page: Page, provider: TestProvider, login: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(provider.issuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('vilket lösenord som helst');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('single sign-on in Chromium, with password sign-in turned off', () => {
  let provider: TestProvider;
  let app: DemoApp;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    provider = await startTestProvider(url);
    [app, browser] = await Promise.all([
      startDemoApp({
        env: {
          PORT: String(port), PUBLIC_URL: url, LOCAL_ACCOUNTS: 'off',
          OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret,
          OIDC_NAME: 'Testkommunens inloggning', OIDC_SCOPES: 'openid email profile groups',
          OIDC_ROLE_MAP: 'redovisa-rapportorer=reporter:Hässelby-Vällingby stadsdelsnämnd, redovisa-ekonomi=controller',
        },
      }),
      launchChromium(),
    ]);
    expect(app.url).toBe(url);
    provider.accounts.set('saga', { email: 'saga.strom@stad.test', email_verified: true, name: 'Saga Ström', groups: ['alla-anstallda', 'redovisa-rapportorer'] });
    provider.accounts.set('cecilia', { email: app.accounts.controller.email.toUpperCase(), name: 'C. Controller', groups: [] });
    provider.accounts.set('olle', { email: 'olle@stad.test', name: 'Olle Obehörig', groups: ['alla-anstallda'] });
  }, STEP);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await provider?.close();
  }, STEP);

  it('signs a provisioned reporter in through the provider, into the app, and out of both; the controller is found by address', async () => {
    const { page, context, pageErrors } = await newPerson(browser);
    await page.goto(`${app.url}/logga-in`);
    const button = page.getByRole('link', { name: SIGN_IN_BUTTON });
    await button.waitFor();
    // Password sign-in is off: no form to fill.
    expect(await page.locator('#email, #password').count()).toBe(0);
    expect(await page.getByRole('main').innerText()).toContain('Logga in med ditt konto hos organisationen.');
    expect(await axeViolations(page)).toEqual([]);

    await button.click();
    await signInAtProvider(page, provider, 'saga');
    await page.waitForURL(`${app.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const user = page.locator('.user-info');
    await expect.poll(() => user.innerText()).toMatch(/^Saga Ström\s+Rapportör, Hässelby-Vällingby stadsdelsnämnd$/u);
    expect(await axeViolations(page)).toEqual([]);

    // Signing out ends Redovisa's session and sends the browser to the provider's sign-out, which
    // asks, and then back to the sign-in page.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/session/end`));
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${app.url}/logga-in`);
    await page.getByRole('link', { name: SIGN_IN_BUTTON }).waitFor();
    expect((await context.request.get(`${app.url}/api/session`)).status()).toBe(401);

    // The provider's session ended too: it asks who signs in, and this time it is the controller's address.
    await page.getByRole('link', { name: SIGN_IN_BUTTON }).click();
    await signInAtProvider(page, provider, 'cecilia');
    await page.waitForURL(`${app.url}/`);
    await expect.poll(() => user.innerText()).toMatch(/^Cecilia Controller\s+Controller$/u);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, STEP);

  it('shows a person whom no group gives a role a Swedish refusal page, and no session', async () => {
    const { page, context } = await newPerson(browser);
    await page.goto(`${app.url}/logga-in`);
    await page.getByRole('link', { name: SIGN_IN_BUTTON }).click();
    await signInAtProvider(page, provider, 'olle');
    await page.waitForURL((url) => url.pathname === '/api/auth/oidc/callback');
    await page.getByRole('heading', { name: 'Du kan inte logga in i Redovisa' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toBe(
      'Du är inloggad hos organisationen som olle@stad.test, men du har inget konto i Redovisa och ingen av dina grupper ger någon roll här. Kontakta Redovisas administratör om du ska ha tillgång.',
    );
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Tillbaka till inloggningen' }).click();
    await page.waitForURL(`${app.url}/logga-in`);
    expect((await context.request.get(`${app.url}/api/session`)).status()).toBe(401);
    await context.close();
  }, STEP);
});
