import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openTab, shown, sv, typeInto } from './grid';

/** The hidden table row a chart keeps for screen readers, e.g. "Balanskravsresultat, <scenario>". */
const chartRow = (scope: Locator, role: 'plan' | 'scenario', header: string) =>
  scope.locator(`table tr[data-role="${role}"]`).filter({ hasText: header });

/** The drawn lines: every SVG path's geometry, to see that the picture itself moved. */
const pathsOf = (scope: Locator) =>
  scope
    .locator('.chart-canvas svg path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')).join('|'));

const openApp = async (page: Page) => {
  await page.goto('/');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 926'));
};

test('the chart beside the grid follows an edit of skattesats', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  const panel = page.locator('.sheet-charts');
  await expect(panel.locator('.chart-canvas svg')).toBeVisible();
  const balanskrav = chartRow(panel, 'scenario', 'Balanskravsresultat').locator('td').first();
  await expect(balanskrav).toHaveText(sv('-36 mnkr'));
  await expect(chartRow(panel, 'plan', 'Balanskravsresultat').locator('td').first()).toHaveText(
    sv('-36 mnkr'),
  );
  const before = await pathsOf(panel);

  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
  await expect(balanskrav).toHaveText(sv('34 mnkr'));
  await expect(chartRow(panel, 'plan', 'Balanskravsresultat').locator('td').first()).toHaveText(
    sv('-36 mnkr'),
  );
  await expect(panel.locator('.chart-canvas')).toHaveAttribute(
    'aria-label',
    /Balanskravsresultat, [^:]+: 2025 34\u00a0mnkr/,
  );
  await expect.poll(() => pathsOf(panel)).not.toBe(before);
  // At 1920×1080 the chart sits beside the grid: the edited cell and the chart are both in view.
  await expect(panel.locator('.chart-canvas')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('on a laptop the chart below the grid skips redrawing out of sight and catches up in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  const panel = page.locator('.sheet-charts');
  await expect(panel.locator('.chart-canvas svg')).toBeAttached();
  await openTab(page, 'Antaganden');
  await expect(panel.locator('.chart-canvas')).not.toBeInViewport();
  const before = await pathsOf(panel);

  await typeInto(page, 'skattesats', 2025, '11,44');
  // The figures for screen readers follow at once; the drawing waits until it can be seen.
  await expect(chartRow(panel, 'scenario', 'Balanskravsresultat').locator('td').first()).toHaveText(
    sv('34 mnkr'),
  );
  await page.waitForTimeout(300); // a redraw comes two frames after the edit; this is many frames later
  expect(await pathsOf(panel)).toBe(before);
  await panel.locator('.chart-canvas').scrollIntoViewIfNeeded();
  await expect.poll(() => pathsOf(panel)).not.toBe(before);
});

test('the plan’s charts are chosen by buttons and each draws its goal line', async ({ page }) => {
  await openApp(page);
  const panel = page.locator('.sheet-charts');
  for (const [name, chart, goal] of [
    ['Soliditet', 'mal-soliditet', 'Mål 16\u00a0%'],
    ['Självfinansiering', 'mal-sjalvfinansiering', 'Mål 60\u00a0%'],
    ['Resultatmål', 'mal-resultat', 'Mål 1\u00a0%'],
    ['Resultat', 'resultat', 'Balanskrav ≥ 0'],
  ] as const) {
    const button = panel.getByRole('button', { name: new RegExp(`^(✓ )?${name}$`) });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.locator('figure.chart')).toHaveAttribute('data-chart', chart);
    await expect(panel.locator('.chart-canvas svg text', { hasText: goal })).toHaveCount(1);
  }
  const results = await new AxeBuilder({ page }).include('.sheet-charts').analyze();
  expect(results.violations).toEqual([]);
});

test('ECharts is a separate chunk: the grid is usable before it arrives', async ({ page }) => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const chunks: string[] = [];
  await page.route(/\/assets\/echartsSetup-[^/]+\.js$/, async (route) => {
    chunks.push(route.request().url());
    await gate;
    await route.continue();
  });
  await openApp(page);
  await expect(page.locator('.sheet-charts').getByText('Diagram laddas …')).toBeVisible();
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');

  const entry = await page.locator('script[type="module"][src]').first().getAttribute('src');
  const initial = await (await page.request.get(entry ?? '/')).text();
  expect(initial).not.toContain('_echarts_instance_');
  expect(chunks).toHaveLength(1);
  const chunk = await (await page.request.get(chunks[0] ?? '/')).text();
  expect(chunk).toContain('_echarts_instance_');

  release();
  await expect(page.locator('.sheet-charts .chart-canvas svg')).toBeVisible();
  await expect(
    chartRow(page.locator('.sheet-charts'), 'scenario', 'Balanskravsresultat').locator('td').first(),
  ).toHaveText(sv('34 mnkr'));
});

test('projector: one large chart, three buttons, and the plan only when comparing', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page);
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  const chart = page.locator('.projector-chart');
  await expect(chart.locator('.chart-canvas svg')).toBeVisible();
  await expect(chart.locator('table tr[data-role="plan"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Öka skattesats med 10 öre' }).click();
  await expect(chartRow(chart, 'scenario', 'Balanskravsresultat').locator('td').first()).toHaveText(
    sv('34 mnkr'),
  );
  await page.getByRole('button', { name: /Jämför med planen/ }).click();
  await expect(chartRow(chart, 'plan', 'Balanskravsresultat').locator('td').first()).toHaveText(
    sv('-36 mnkr'),
  );
  await chart.getByRole('button', { name: 'Soliditet' }).click();
  await expect(chart.locator('figure.chart')).toHaveAttribute('data-chart', 'mal-soliditet');
  const fontSizes = await chart
    .locator('.chart-canvas svg text')
    .evaluateAll((texts) => texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize)));
  expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(20);
  const box = await chart.locator('.chart-canvas').boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(200);
});

test('the printed summary has the chart, up to date with the last edit', async ({ page }) => {
  await openApp(page);
  const chart = page.locator('.print-chart');
  await expect(chart.locator('.chart-canvas svg')).toBeAttached();
  const before = await pathsOf(chart);
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => pathsOf(chart)).not.toBe(before);
  await expect(chart.locator('.chart-canvas svg')).toBeVisible();
  await expect(chart.locator('figure.chart')).toHaveAttribute('data-chart', 'resultat');
  await expect(chart.locator('.chart-canvas svg text', { hasText: 'Krav 1 %' })).toHaveCount(1);
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const)
  test(`screenshot with charts at ${width}×${height}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await expect(page.locator('.sheet-charts .chart-canvas svg')).toBeAttached();
    await page.screenshot({ path: testInfo.outputPath(`charts-${width}x${height}.png`) });
    await page.getByRole('button', { name: 'Projektorläge' }).click();
    await expect(page.locator('.projector-chart .chart-canvas svg')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`charts-projector-${width}x${height}.png`) });
  });
