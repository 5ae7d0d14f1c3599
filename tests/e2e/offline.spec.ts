import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { openTab, shown, sv, typeInto } from './grid';
import { nextRelease, startReleaseServer } from './releaseServer';

/** The build the browser tests serve (playwright.config.ts). */
const DIST = process.env.E2E_DIST ?? 'dist';

// The only spec with the service worker: the others block it (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const NORRBOTTEN = 'Region Norrbotten · Strategisk plan 2025–2027';
const SJOBO = 'Sjöbo kommun · Budget 2024 med plan 2025–2027';
const SJOBO_COPY = `${SJOBO} (kopia)`;
// Published: Norrbotten's skatteintäkter 2025 are 7 926 mnkr at 11,34 kr. By hand, 10 öre more:
// 7 926 × 11,44 / 11,34 = 7 995,9 mnkr.
const SKATT_2025 = sv('7 926');
const SKATT_2025_AT_1144 = sv('7 996');
// Sjöbo's Årets balanskravsresultat 2024 is −18,6 mnkr in its resultatbudget.
const SJOBO_BALANSKRAV_2024 = sv('-18,6');

const picker = (page: Page) => page.locator('.plan-picker > button');
const choosePlan = async (page: Page, name: string) => {
  await picker(page).click();
  await page.getByRole('menu', { name: 'Planer' }).getByRole('menuitemradio', { name, exact: true }).click();
  await expect(picker(page)).toHaveText(name, { timeout: 30_000 });
};

/** The page is controlled by an activated worker: every file of the release is precached (install). */
const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 60_000,
  });

/** The skattesats 2025 of every scenario IndexedDB holds, read directly. */
const savedSkattesats = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<(number | undefined)[]>((resolve, reject) => {
        const request = indexedDB.open('budgetverkstad');
        request.onerror = () => reject(new Error('kan inte öppna'));
        request.onsuccess = () => {
          const all = request.result.transaction('scenarios').objectStore('scenarios').getAll();
          all.onsuccess = () =>
            resolve(
              (all.result as { format: string; data: { changes: { inputs: Record<string, never> } } }[])
                .filter((r) => r.format === 'budgetverkstad.scenario')
                .map(
                  (r) =>
                    (r.data.changes.inputs['skattesats'] as Record<string, number> | undefined)?.['2025'],
                ),
            );
        };
      }),
  );

/** Errors on the page and CSP refusals in the console, which must not happen offline either. */
const watchErrors = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) errors.push(message.text());
  });
  return errors;
};

test('after one visit the app works with no network: edit, save, reload, built-in and own plans', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(SKATT_2025);
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expect(picker(page)).toHaveText(NORRBOTTEN);
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(SKATT_2025);
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
  await openTab(page, 'Resultatbudget');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(SKATT_2025_AT_1144);
  await expect.poll(() => savedSkattesats(page)).toContain(11.44);

  await page.reload();
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(SKATT_2025_AT_1144);
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');

  // Another built-in plan (its own chunk), a copy of it as the user's own plan, and that plan after a reload.
  await choosePlan(page, SJOBO);
  await openTab(page, 'Resultatbudget');
  await expect(page.locator('tr[data-row="balanskravsresultat"] td[data-year="2024"]')).toHaveText(
    SJOBO_BALANSKRAV_2024,
  );
  await picker(page).click();
  await page.getByRole('menu', { name: 'Planer' }).getByRole('menuitem', { name: 'Kopiera planen' }).click();
  await expect(picker(page)).toHaveText(SJOBO_COPY, { timeout: 30_000 });
  await page.reload();
  await expect(picker(page)).toHaveText(SJOBO_COPY);
  await expect(page.locator('tr[data-row="balanskravsresultat"] td[data-year="2024"]')).toHaveText(
    SJOBO_BALANSKRAV_2024,
  );
  await choosePlan(page, NORRBOTTEN);
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(SKATT_2025_AT_1144);
  expect(errors).toEqual([]);
});

test('in a room without network: a new forecast, its bridge for the plan and a proposal, the proposal moved', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(SKATT_2025);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();

  // Ny prognos (its own chunk, precached): skatteunderlagstillväxt 2025 4,8 → 3,7 %.
  await picker(page).click();
  await page.getByRole('menuitem', { name: 'Ny prognos och versioner…' }).click();
  const versions = page.getByRole('main', { name: 'Planens versioner' });
  const form = versions.getByRole('region', { name: 'Ny prognos' });
  await form.getByLabel('Versionens namn').fill('Prognos utan nät');
  await form.getByLabel('Skatteunderlagstillväxt 2025').fill('3,7');
  await form.getByRole('button', { name: 'Spara som ny version' }).click();
  await expect(versions).toContainText('öppen: Version 2 · Prognos utan nät', { timeout: 30_000 });
  // The bridge (the worker and the chart, precached): version 1's −36, by hand −93 for the forecast, −129.
  const table = versions.locator('.bridge-table');
  const first = (label: string) =>
    table
      .locator('tr', { has: page.getByRole('rowheader', { name: label, exact: true }) })
      .locator('td')
      .first();
  await expect(first('Version 1')).toHaveText(sv('-36'), { timeout: 30_000 });
  await expect(first('Skatteunderlagstillväxt')).toHaveText(sv('-93'));
  await expect(first('Version 2')).toHaveText(sv('-129'));
  await expect(versions.locator('.bridge-chart [role="img"]')).toBeVisible();
  await versions
    .getByRole('listitem')
    .filter({ hasText: 'Budgetförslag 2023 (V)' })
    .getByRole('button', { name: 'Flytta scenariot…' })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Flytta scenariot/ })
    .click();
  await expect(versions).toContainText('”Budgetförslag 2023 (V)” är sparat på Version 2');
  await page.reload();
  await expect(versions).toContainText('öppen: Version 2 · Prognos utan nät');
  await page.getByRole('button', { name: 'Tillbaka till planen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budgetförslag 2023 (V)');
  expect(errors).toEqual([]);
});

test('a new release waits while an edit is unsaved, and the edit is there after the update', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const release = nextRelease(DIST, 'nästa');
  const server = await startReleaseServer(DIST);
  try {
    await page.goto(server.url);
    await expect(shown(page, 'skatteintakter', 2025)).toHaveText(SKATT_2025);
    await controlled(page);
    // The scenario open now: a first start saves one, 'Mitt scenario'.
    const savedIds = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const request = indexedDB.open('budgetverkstad');
            request.onsuccess = () => {
              const all = request.result.transaction('scenarios').objectStore('scenarios').getAll();
              all.onsuccess = () =>
                resolve(
                  (all.result as { format: string; data: { id: string } }[])
                    .filter((r) => r.format === 'budgetverkstad.scenario')
                    .map((r) => r.data.id),
                );
            };
          }),
      );
    await expect.poll(async () => (await savedIds()).length).toBe(1);
    const [id] = await savedIds();
    // Saves of that scenario wait while the test holds its lock: the edit below stays unsaved.
    await page.evaluate(
      (name) =>
        new Promise<void>((held) => {
          void navigator.locks.request(name, () => {
            held();
            return new Promise<void>((release) => {
              (window as unknown as { __release: () => void }).__release = release;
            });
          });
        }),
      `budgetverkstad:scenario:${id}`,
    );
    await openTab(page, 'Antaganden');
    await typeInto(page, 'skattesats', 2025, '11,44');
    await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));

    server.serve(release.dir);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = page.getByRole('region', { name: 'Ny version' });
    await expect(banner).toContainText('En ny version finns.', { timeout: 60_000 });
    await expectNoSeriousViolations(page, ['.update-banner']);
    await banner.getByRole('button', { name: 'Uppdatera nu' }).click();
    await expect(banner).toContainText('Uppdateringen väntar tills dina ändringar är sparade.');
    // Still the old page, and the new release still waits: nothing was activated with the edit unsaved.
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null),
    ).toBe(true);
    expect(await savedSkattesats(page)).not.toContain(11.44);

    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    // The save lands, the new release takes over and the page reloads on it.
    await expect(page.locator('meta[name="release"]')).toHaveAttribute('content', 'nästa', {
      timeout: 60_000,
    });
    await expect(shown(page, 'skatteintakter', 2025)).toHaveText(SKATT_2025_AT_1144);
    await openTab(page, 'Antaganden');
    await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
    expect(await savedSkattesats(page)).toContain(11.44);
    await expect(page.getByRole('region', { name: 'Ny version' })).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await server.close();
    release.remove();
  }
});
