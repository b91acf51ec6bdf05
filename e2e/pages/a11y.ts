import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/**
 * An axe-core scan of what the page shows now (WCAG 2.x A and AA rules). Violations are listed by rule,
 * with the elements they were found on, so a failure says what to fix.
 */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  if (found.length > 0)
    await testInfo.attach(`axe ${what}`, { body: found.join('\n'), contentType: 'text/plain' });
  expect(found, `accessibility violations on ${what}`).toEqual([]);
}

/** Whether the document is wider than the window: a page that scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}
