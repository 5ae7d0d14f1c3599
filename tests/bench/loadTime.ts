import type { Browser } from '@playwright/test';

export type LoadSample = {
  /** Navigation start to the first grid cell on screen (the default view, Resultatbudget). */
  readonly gridVisible: number;
  /** Navigation start to an editable driver cell on Antaganden, including the click on the tab. */
  readonly driverEditable: number;
};

/**
 * Opens the app in a fresh browser context (cold cache), its CPU slowed `cpuThrottle` times, and reads `performance.now()`, which counts from
 * navigation start, when the first grid cell is laid out, then after a click on Antaganden when a driver
 * cell is editable (selected with a click and focused, ready for typing).
 */
export const measureLoad = async (
  browser: Browser,
  url: string,
  { cpuThrottle = 1 }: { cpuThrottle?: number } = {},
): Promise<LoadSample> => {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    // DevTools' CPU throttling: 4 runs every task four times slower, a slow laptop on battery.
    if (cpuThrottle > 1)
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    await page.goto(url, { waitUntil: 'commit' });
    const visible = await page.waitForFunction(
      () => {
        const cell = document.querySelector('td[data-cell]');
        return cell && cell.getBoundingClientRect().height > 0 ? performance.now() : false;
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    const gridVisible = (await visible.jsonValue()) as number;
    await page.getByRole('tab', { name: 'Antaganden', exact: true }).click();
    const driver = page.locator('td.editable[data-cell="skattesats|2025"]');
    await driver.click();
    const editable = await page.waitForFunction(
      () => {
        const cell = document.querySelector('td.editable[data-cell="skattesats|2025"]');
        return cell && document.activeElement === cell ? performance.now() : false;
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    return { gridVisible, driverEditable: (await editable.jsonValue()) as number };
  } finally {
    await context.close();
  }
};
