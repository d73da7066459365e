import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorContext } from '../src/app/context.js';
import { importReport } from '../src/app/import-report.js';
import { buildServer } from '../src/server/app.js';
import { createTestDatabase, type TestDatabase } from '../test/support/db.js';
import { goldenReport } from '../test/support/seed.js';
import { readReportFile } from '../src/documents/import/index.js';
import { launchChromium } from './browser.js';

describe('the local preview in Chromium', () => {
  let test: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;
  let reportId: number;

  beforeAll(async () => {
    test = await createTestDatabase('sqlite');
    const ctx = operatorContext(test.database, 'e2e');
    reportId = (await importReport(ctx, { document: goldenReport(), source: 'seed.txt' })).reportId;
    app = buildServer({ contextFor: (ip) => ({ ...ctx, ip }) });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, locale: 'sv-SE' });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    await test?.destroy();
  });

  it('has no axe violations on the list, a report and the error page', async () => {
    for (const path of ['/', `/rapporter/${reportId}`, '/rapporter/999999']) {
      const page = await context.newPage();
      await page.goto(base + path);
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect([path, results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)]).toEqual([path, []]);
      await page.close();
    }
  });

  it('lets a keyboard user open a report and download its PDF, which reads back to the same amounts', async () => {
    const page = await context.newPage();
    // Tabs forward until the link with this text has focus, as a keyboard user would.
    const tabTo = async (text: string) => {
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
      }
      throw new Error(`"${text}" nås inte med tangentbordet`);
    };
    await page.goto(base + '/');
    await page.keyboard.press('Tab'); // the skip link comes first
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await tabTo('Hässelby-Vällingby stadsdelsnämnd');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/rapporter/${reportId}`);
    await expect.poll(() => page.getByRole('cell', { name: '2 626 837' }).count()).toBe(1);
    await tabTo('Ladda ner PDF');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`redovisning-${reportId}-hasselby-vallingby-2014-12-31.pdf`);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const readBack = await readReportFile(new Uint8Array(await readFile(path)), 'nedladdad.pdf');
    expect(readBack.projects.map((p) => p.entries.map((e) => e.amountOre))).toEqual([[10700000], [262683700], [7699100]]);
    await page.close();
  });
});
