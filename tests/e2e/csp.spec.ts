import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { shown, sv } from './grid';

/** The build the browser tests serve (playwright.config.ts). */
const DIST = process.env.E2E_DIST ?? 'dist';

const filesOf = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });

/**
 * Every Content-Security-Policy violation on any page of the context: the DOM's own event (recorded before
 * the app's scripts run) and Chromium's console line ("Refused to …"), so neither a blocked script nor a
 * blocked style attribute passes unseen.
 */
const watchViolations = async (context: BrowserContext, pages: () => Page[]) => {
  const seen: string[] = [];
  await context.addInitScript(() => {
    const record = (event: SecurityPolicyViolationEvent) => {
      const list = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
      list.push(
        `${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    };
    document.addEventListener('securitypolicyviolation', record);
  });
  context.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  return async (): Promise<string[]> => {
    const fromPages = await Promise.all(
      pages().map((page) =>
        page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []),
      ),
    );
    return [...seen, ...fromPages.flat()];
  };
};

const exportMenu = async (page: Page, item: string) => {
  await page.getByRole('button', { name: 'Exportera', exact: true }).click();
  await page.getByRole('button', { name: item, exact: true }).click();
};

test('the built page carries a Content-Security-Policy without inline script or eval', async ({ page }) => {
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 5_000 });
  const directives = new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(directives.get('form-action')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
  // The policy comes before every script and stylesheet, or it would not cover them.
  const order = await page.evaluate(() =>
    [...document.head.children].map((element) => element.getAttribute('http-equiv') ?? element.tagName),
  );
  const first = order.findIndex((entry) => entry === 'SCRIPT' || entry === 'LINK');
  expect(order.indexOf('Content-Security-Policy')).toBeLessThan(first);
  const inline = await page.evaluate(
    () => [...document.querySelectorAll('script')].filter((script) => !script.src).length,
  );
  expect(inline).toBe(0);
});

test('charts, Excel, import, a share link, print and projector run without a CSP violation', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(context, () => context.pages());
  await page.goto('/');
  // Without the policy nothing could be blocked: the test is about the features under it.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 926'));

  // Charts: ECharts draws its SVG beside the grid.
  await page.locator('.sheet-charts').scrollIntoViewIfNeeded();
  await expect(page.locator('.sheet-charts .chart-canvas svg').first()).toBeVisible({ timeout: 30_000 });

  // Excel: exceljs loads lazily and the file downloads through a blob: URL.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), exportMenu(page, 'Exportera till Excel')]);
  expect(
    readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // A scenario file imported.
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await page.getByLabel('Välj en scenariofil (.json) eller släpp den här').setInputFiles({
    name: 'skatt.json',
    mimeType: 'application/json',
    buffer: readFileSync('fixtures/scenarios/skatt-plus-10-ore.json'),
  });
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 996'));

  // A share link, opened in a page of its own.
  await exportMenu(page, 'Kopiera delningslänk');
  const link = await page.getByLabel('Delningslänk').inputValue();
  await page.keyboard.press('Escape');
  const shared = await context.newPage();
  await shared.goto(link);
  await expect(shared.getByRole('region', { name: /Delat scenario/ })).toBeVisible();

  // Print: the summary for paper renders with its chart.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-summary h1')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Projector mode with its chart.
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  await expect(page.locator('.projector .chart-canvas svg').first()).toBeVisible({ timeout: 30_000 });
  expect(await violations()).toEqual([]);
});

test('the build ships no source maps', () => {
  const files = filesOf(DIST);
  expect(files.some((file) => file.endsWith('index.html'))).toBe(true);
  expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  const mapped = files.filter(
    (file) => /\.(js|css)$/.test(file) && readFileSync(file, 'utf8').includes('sourceMappingURL='),
  );
  expect(mapped).toEqual([]);
});
