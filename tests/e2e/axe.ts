import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Checks the parts of the page a test is about (`include`: CSS selectors; the whole page when empty) for
 * serious and critical accessibility violations, and lists them readably when there are any.
 *
 * Only violations are collected (`resultTypes`): axe then records one example of each passing rule instead
 * of every passing node, which on a statement grid of a thousand cells is most of its work. The time of the
 * analysis is noted on the test (annotation "axe"). Measured on this 2-core machine: 1,5–6 s for one view at
 * load 9, 12–15 s at load 12 with two other browsers running; axe's work is CPU, so a test that runs it gets
 * Playwright's slow budget (three times the timeout) rather than failing because others share the machine.
 */
export const expectNoSeriousViolations = async (page: Page, include: readonly string[] = []) => {
  test.slow();
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  for (const selector of include) builder = builder.include(selector);
  const started = Date.now();
  const results = await builder.analyze();
  test.info().annotations.push({ type: 'axe', description: `${Date.now() - started} ms` });
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`),
  ).toEqual([]);
};
