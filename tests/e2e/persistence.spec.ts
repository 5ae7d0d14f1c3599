import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { openTab, shown, sv, typeInto } from './grid';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const library = (page: Page) => page.getByRole('dialog', { name: 'Scenarier' });

const start = async (page: Page) => {
  await page.goto('/');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 926'));
};

/** Opens the app on whatever scenario was open last. */
const reopen = async (page: Page) => {
  await page.goto('/');
  await expect(shown(page, 'skatteintakter', 2025)).toBeVisible();
};

const openLibrary = async (page: Page) => {
  await page.getByRole('button', { name: 'Scenarier' }).click();
  await expect(library(page)).toBeVisible();
};

/** The scenarios IndexedDB holds now, read directly (name and changed inputs). */
const savedScenario = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ name: string; inputs: Record<string, Record<string, number>> }[]>((resolve, reject) => {
        const request = indexedDB.open('budgetverkstad');
        request.onerror = () => reject(new Error('kan inte öppna'));
        request.onsuccess = () => {
          const all = request.result.transaction('scenarios').objectStore('scenarios').getAll();
          all.onsuccess = () => {
            const records = all.result as {
              format: string;
              data: { name: string; changes: { inputs: never } };
            }[];
            resolve(
              records
                .filter((r) => r.format === 'budgetverkstad.scenario')
                .map((r) => ({ name: r.data.name, inputs: r.data.changes.inputs })),
            );
            request.result.close();
          };
        };
      }),
  );

test('an edited cell and a new name are still there after a reload', async ({ page }) => {
  await start(page);
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await openLibrary(page);
  await library(page).getByRole('button', { name: 'Byt namn på Mitt scenario' }).click();
  await library(page)
    .getByRole('textbox', { name: /Nytt namn/ })
    .fill('Mitt förslag');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Stäng', exact: true }).click();
  await expect(heading(page)).toHaveText('Mitt förslag');
  await expect.poll(async () => (await savedScenario(page))[0]?.name).toBe('Mitt förslag');

  await page.reload();
  await expect(heading(page)).toHaveText('Mitt förslag');
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
});

test('an edit is flushed when the page is closed at once', async ({ page }) => {
  await start(page);
  await openTab(page, 'Antaganden');
  await typeInto(page, 'befolkning', 2025, '250 103');
  await page.reload();
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'befolkning', 2025)).toHaveText(sv('250 103'));
});

test('two tabs on the same scenario: the quiet tab follows, and neither edit is lost', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await start(a);
  await start(b);
  await openTab(b, 'Antaganden');
  await typeInto(b, 'skattesats', 2025, '11,44');
  // Tab A had no unsaved edits: it shows B's version and says so.
  await openTab(a, 'Antaganden');
  await expect(shown(a, 'skattesats', 2025)).toHaveText('11,44');
  await expect(a.getByText(/ändrades i en annan flik/)).toBeVisible();

  // Both edit while a third tab holds the record's lock: the second save finds a newer revision.
  const holder = await context.newPage();
  await reopen(holder);
  const id = await holder.evaluate(() => {
    const w = window as unknown as { __release?: () => void };
    return new Promise<string>((resolve) => {
      const request = indexedDB.open('budgetverkstad');
      request.onsuccess = () => {
        const get = request.result.transaction('scenarios').objectStore('scenarios').get('settings');
        get.onsuccess = () => {
          const id = (get.result as { data: { lastOpenId: string } }).data.lastOpenId;
          void navigator.locks.request(
            `budgetverkstad:scenario:${id}`,
            () => new Promise<void>((release) => (w.__release = release)),
          );
          resolve(id);
        };
      };
    });
  });
  expect(id).toBeTruthy();
  await typeInto(a, 'prisindex', 2026, '2');
  await typeInto(b, 'befolkning', 2025, '250 103');
  await a.waitForTimeout(600);
  await holder.evaluate(() => (window as unknown as { __release: () => void }).__release());

  const told = async () =>
    (await a.getByText(/Båda versionerna finns kvar/).count()) +
    (await b.getByText(/Båda versionerna finns kvar/).count());
  await expect.poll(told).toBe(1);
  await expect
    .poll(async () =>
      (await savedScenario(holder)).map((s) => `${s.name}: ${Object.keys(s.inputs).sort().join(',')}`).sort(),
    )
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Mitt scenario: .*skattesats/),
        expect.stringMatching(/^Mitt scenario \(kopia från annan flik\): .*skattesats/),
      ]),
    );
  const saved = await savedScenario(holder);
  const keys = saved.flatMap((s) => Object.keys(s.inputs));
  expect(keys).toContain('prisindex');
  expect(keys).toContain('befolkning');
});

test('two tabs on different scenarios both keep their work', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await start(a);
  await start(b);
  await openLibrary(a);
  await library(a).getByRole('button', { name: 'Nytt från planen' }).click();
  await expect(heading(a)).toHaveText('Nytt scenario');
  await openTab(a, 'Antaganden');
  await openTab(b, 'Antaganden');
  await typeInto(a, 'skattesats', 2025, '11,50');
  await typeInto(b, 'skattesats', 2025, '11,60');
  await expect
    .poll(async () =>
      Object.fromEntries((await savedScenario(a)).map((s) => [s.name, s.inputs.skattesats?.['2025']])),
    )
    .toEqual({ 'Nytt scenario': 11.5, 'Mitt scenario': 11.6 });
  await expect(shown(a, 'skattesats', 2025)).toHaveText('11,50');
  await expect(shown(b, 'skattesats', 2025)).toHaveText('11,60');
  await expect(a.getByText(/annan flik/)).toHaveCount(0);
  // Each tab reopens its own scenario after a reload.
  await reopen(a);
  await reopen(b);
  await expect(heading(a)).toHaveText('Nytt scenario');
  await expect(heading(b)).toHaveText('Mitt scenario');
});

test('a full disk: the Swedish message, the edit still shows, nothing saved before is lost', async ({
  context,
}) => {
  const first = await context.newPage();
  await start(first);
  await openTab(first, 'Antaganden');
  await typeInto(first, 'skattesats', 2025, '11,44');
  await expect.poll(async () => (await savedScenario(first))[0]?.inputs.skattesats?.['2025']).toBe(11.44);
  await first.close();

  const full = await context.newPage();
  await full.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await full.goto('/');
  await openTab(full, 'Antaganden');
  await expect(shown(full, 'skattesats', 2025)).toHaveText('11,44');
  await typeInto(full, 'befolkning', 2025, '250 103');
  await expect(
    full.getByText(
      'Webbläsaren kan inte spara just nu (lagringen är full). Dina ändringar finns kvar i den här fliken – exportera dem till fil.',
    ),
  ).toBeVisible();
  await expect(shown(full, 'befolkning', 2025)).toHaveText(sv('250 103'));
  await typeInto(full, 'prisindex', 2026, '2');
  await expect(shown(full, 'prisindex', 2026)).toHaveText('2,0');
  await full.close();

  const later = await context.newPage();
  await reopen(later);
  await openTab(later, 'Antaganden');
  await expect(shown(later, 'skattesats', 2025)).toHaveText('11,44');
});

test('a deleted scenario goes to the Papperskorg and comes back', async ({ page }) => {
  await start(page);
  await openLibrary(page);
  await library(page).getByRole('button', { name: 'Nytt från planen' }).click();
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await openLibrary(page);
  const dialog = library(page);
  await dialog.getByRole('button', { name: 'Ta bort Nytt scenario' }).click();
  await expect(heading(page)).toHaveText('Mitt scenario');
  const trash = dialog.getByRole('region', { name: 'Papperskorg' });
  await expect(trash.getByText('Nytt scenario')).toBeVisible();
  await expect(
    dialog.getByRole('region', { name: 'Sparade scenarier' }).getByText('Nytt scenario'),
  ).toHaveCount(0);

  await page.reload();
  await openLibrary(page);
  await library(page).getByRole('button', { name: 'Återställ Nytt scenario' }).click();
  await expect(
    library(page).getByRole('region', { name: 'Papperskorg' }).getByText('Papperskorgen är tom.'),
  ).toBeVisible();
  await library(page).getByRole('button', { name: 'Öppna Nytt scenario' }).click();
  await expect(heading(page)).toHaveText('Nytt scenario');
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
});

test('an example is read-only: the first edit makes a copy', async ({ page }) => {
  await start(page);
  await openLibrary(page);
  await expect(library(page).getByText('Exempel – skrivskyddat')).toHaveCount(4);
  await library(page).getByRole('button', { name: 'Öppna Skatt +10 öre' }).click();
  await expect(heading(page)).toHaveText('Skatt +10 öre');
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2026, '11,54');
  await expect(heading(page)).toHaveText('Kopia av Skatt +10 öre');
  await expect(page.getByText(/är skrivskyddat\. Ändringen gjordes i en ny kopia/)).toBeVisible();
  await page.reload();
  await expect(heading(page)).toHaveText('Kopia av Skatt +10 öre');
});

test('the scenario list, the banner and a notice have no serious accessibility violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await expect(page.getByText(/Webbläsaren kan inte spara just nu/)).toBeVisible();
  await openLibrary(page);
  await library(page).getByRole('button', { name: 'Nytt från planen' }).click();
  await openLibrary(page);
  await library(page).getByRole('button', { name: 'Ta bort Mitt scenario' }).click();
  await library(page).getByRole('button', { name: 'Byt namn på Nytt scenario' }).click();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await expect(library(page).getByRole('textbox', { name: /Nytt namn/ })).toHaveCount(0);
  await expect(library(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(library(page)).toBeHidden();
});
