import { expect, test, type Page } from '@playwright/test';
import { cell, openTab, shown, sv, typeInto } from './grid';

const panel = (page: Page) => page.getByRole('dialog', { name: 'Historik' });
const openHistory = async (page: Page) => {
  await page.getByRole('button', { name: 'Historik' }).click();
  await expect(panel(page)).toBeVisible();
};
const closeHistory = async (page: Page) => {
  await panel(page).getByRole('button', { name: 'Stäng', exact: true }).click();
  await expect(panel(page)).toBeHidden();
};

test('a version saved with a note is restored after an edit, and is there after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 926'));
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2026, '11,54');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,54');

  await openHistory(page);
  await panel(page).getByRole('textbox', { name: 'Anteckning' }).fill('Inför gruppmötet');
  await panel(page).getByRole('button', { name: 'Spara version' }).click();
  const first = panel(page).getByRole('listitem', { name: 'Version 1' });
  await expect(first).toContainText('Inför gruppmötet');
  await expect(first).toContainText('Sparad version · Utkast');
  await first.getByRole('button', { name: 'Visa' }).click();
  await expect(first).toContainText(sv('Skattesats 2026: 11,34 → 11,54 kr'));
  await closeHistory(page);

  await typeInto(page, 'skattesats', 2026, '11,90');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,90');
  await openHistory(page);
  // Since the version, up to now: the edit in words and figures.
  await expect(panel(page).locator('.history-changes').first()).toHaveText(
    sv('Skattesats 2026: 11,54 → 11,90 kr'),
  );
  await first.getByRole('button', { name: 'Återställ' }).click();
  await expect(panel(page).getByRole('listitem', { name: 'Version 3' })).toContainText(
    'Återställd från version 1',
  );
  await closeHistory(page);
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,54');

  await page.reload();
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,54');
  await openHistory(page);
  await expect(panel(page).getByRole('listitem', { name: 'Version 1' })).toContainText('Inför gruppmötet');
  await expect(panel(page).getByRole('listitem', { name: 'Version 2' })).toContainText('Automatisk');
  await expect(panel(page).getByRole('listitem', { name: 'Version 2' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: test.info().outputPath('historik-1280x720.png') });
});

/** The skattesats the saved record of the open scenario holds for `year`, read from IndexedDB. */
const savedRate = (page: Page, name: string, year: number) =>
  page.evaluate(
    ([wanted, key]) =>
      new Promise<number | undefined>((resolve, reject) => {
        const request = indexedDB.open('budgetverkstad');
        request.onerror = () => reject(new Error('kan inte öppna'));
        request.onsuccess = () => {
          const all = request.result.transaction('scenarios').objectStore('scenarios').getAll();
          all.onsuccess = () => {
            const records = all.result as {
              format: string;
              data: { name: string; changes: { inputs: Record<string, Record<string, number>> } };
            }[];
            const record = records.find(
              (r) => r.format === 'budgetverkstad.scenario' && r.data.name === wanted,
            );
            resolve(record?.data.changes.inputs.skattesats?.[key]);
          };
        };
      }),
    [name, String(year)] as const,
  );

const saveVersion = async (page: Page, note: string) => {
  await openHistory(page);
  await panel(page).getByRole('textbox', { name: 'Anteckning' }).fill(note);
  await panel(page).getByRole('button', { name: 'Spara version' }).click();
  await expect(panel(page).getByRole('listitem', { name: 'Version 1' })).toContainText(note);
  await closeHistory(page);
};

test('a restore is one undo step: Ctrl+Z brings back the state before, and a reload keeps it', async ({
  page,
}) => {
  await page.goto('/');
  await openTab(page, 'Antaganden');
  const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await typeInto(page, 'skattesats', 2026, '11,54');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,54');
  await saveVersion(page, 'Förra månaden');
  await typeInto(page, 'skattesats', 2026, '11,90');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,90');

  await openHistory(page);
  await panel(page)
    .getByRole('listitem', { name: 'Version 1' })
    .getByRole('button', { name: 'Återställ' })
    .click();
  await expect(panel(page).getByRole('listitem', { name: 'Version 3' })).toContainText(
    'Återställd från version 1',
  );
  await closeHistory(page);
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,54');

  // Ctrl+Z outside a text field (on the grid, where a user undoes an edit).
  await cell(page, 'skattesats', 2025).click();
  await page.keyboard.press('Control+z');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,90');
  await expect.poll(() => savedRate(page, name, 2026), { timeout: 15_000 }).toBe(11.9);
  // The state before the restore is also a version; the restored one stays in the list.
  await openHistory(page);
  await expect(panel(page).getByRole('listitem', { name: 'Version 2' })).toContainText('Automatisk');
  await closeHistory(page);

  await page.reload();
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,90');
  await openHistory(page);
  await expect(panel(page).getByRole('listitem', { name: 'Version 3' })).toContainText(
    'Återställd från version 1',
  );
});

test('"Visa" shows an old version as it was; "Öppna som kopia" opens it as its own scenario, the original untouched', async ({
  page,
}) => {
  await page.goto('/');
  await openTab(page, 'Antaganden');
  const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await typeInto(page, 'skattesats', 2026, '11,54');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,54');
  await openTab(page, 'Resultatbudget');
  const taxThen = (await shown(page, 'skatteintakter', 2026).textContent()) ?? '';
  const goalsThen = await page.locator('.goal-bar tbody tr').allInnerTexts();
  await saveVersion(page, 'Förra månaden');

  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2026, '10,90');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('10,90');
  await openTab(page, 'Resultatbudget');
  await expect(shown(page, 'skatteintakter', 2026)).not.toHaveText(taxThen);
  expect(await page.locator('.goal-bar tbody tr').allInnerTexts()).not.toEqual(goalsThen);

  await openHistory(page);
  const first = panel(page).getByRole('listitem', { name: 'Version 1' });
  await first.getByRole('button', { name: 'Visa' }).click();
  await expect(first).toContainText(sv('Skattesats 2026: 11,34 → 11,54 kr'));
  await expect(first.locator('[data-preview="skatteintakter"] td[data-year="2026"]')).toContainText(
    `${taxThen} (`,
  );
  // The version's goals, figure for figure as the goal bar showed them when it was saved.
  expect(await first.locator('.history-goals tbody tr').allInnerTexts()).toEqual(goalsThen);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: test.info().outputPath('historik-visa-1920x1080.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: test.info().outputPath('historik-visa-1280x720.png') });

  await first.getByRole('button', { name: 'Öppna som kopia' }).click();
  await expect(panel(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} – version 1`);
  await expect(page.getByText('Originalet är orört.')).toBeVisible();
  await expect(shown(page, 'skatteintakter', 2026)).toHaveText(taxThen);
  expect(await page.locator('.goal-bar tbody tr').allInnerTexts()).toEqual(goalsThen);

  await page.getByRole('button', { name: 'Scenarier', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Scenarier' })
    .getByRole('button', { name: `Öppna ${name}`, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('10,90');
  await openHistory(page);
  // Its history as it was: the one version, no version added by the copy.
  await expect(panel(page).locator('.history-list > li')).toHaveCount(1);
  await expect(panel(page).locator('.history-changes').first()).toHaveText(
    sv('Skattesats 2026: 11,54 → 10,90 kr'),
  );
});

test('a share link carries the status and decision note: the receiver sees "Beslutad", and the copy keeps it', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2026, '11,54');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,54');
  await openHistory(page);
  await panel(page).getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Beslutad' });
  await panel(page).getByRole('textbox', { name: 'Beslut' }).fill('Regionfullmäktige 2026-11-24 § 150');
  await panel(page).getByRole('button', { name: 'Spara status' }).click();
  await expect(panel(page).getByRole('listitem', { name: 'Version 1' })).toContainText(
    'Ny status · Beslutad',
  );
  await closeHistory(page);
  await page.getByRole('button', { name: 'Exportera', exact: true }).click();
  await page.getByRole('button', { name: 'Kopiera delningslänk', exact: true }).click();
  const link = await page.getByLabel('Delningslänk').inputValue();
  expect(link).toMatch(/#s=1\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto(link);
  const banner = other.getByRole('region', { name: /Delat scenario/ });
  await expect(banner).toContainText('Status: Beslutad · Regionfullmäktige 2026-11-24 § 150');
  await banner.getByRole('button', { name: 'Spara en kopia' }).click();
  await expect(banner).toBeHidden();
  await other.getByRole('button', { name: 'Historik' }).click();
  const received = other.getByRole('dialog', { name: 'Historik' });
  await expect(received.getByRole('combobox', { name: 'Status' })).toHaveValue('beslutad');
  await expect(received.getByRole('textbox', { name: 'Beslut' })).toHaveValue(
    'Regionfullmäktige 2026-11-24 § 150',
  );
  // A link carries the current version only: the copy has no versions from the sender.
  await expect(received.locator('.history-list > li')).toHaveCount(0);
  await fresh.close();
});
