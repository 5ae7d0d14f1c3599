import { expect, test, type Page } from '@playwright/test';
import { cell, openTab, shown } from './grid';

const SJOBO = 'Sjöbo kommun · Budget 2024 med plan 2025–2027';
const VASTERNORRLAND = 'Region Västernorrland · Regionplan 2022–2024';

const choosePlan = async (page: Page, name: string) => {
  const picker = page.locator('.plan-picker > button');
  await picker.click();
  await page.getByRole('menu', { name: 'Planer' }).getByRole('menuitemradio', { name, exact: true }).click();
  await expect(picker).toHaveText(name, { timeout: 20_000 });
};
const yearHeader = (page: Page, year: number) =>
  page.getByRole('grid').getByRole('columnheader', { name: new RegExp(`^${year}`) });

test('Sjöbo: earlier years read-only, the statements it publishes, only its balanskrav in the goal bar', async ({
  page,
}) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await openTab(page, 'Balansbudget');
  // Sjöbo's balansbudget prints 2022 and 2023 before its budget years: shown as "Tidigare", never "Budget".
  await expect(yearHeader(page, 2022)).toHaveText('2022Tidigare');
  await expect(yearHeader(page, 2023)).toHaveText('2023Tidigare');
  await expect(yearHeader(page, 2024)).toHaveText('2024Budget');
  // Materiella anläggningstillgångar 2023 is 621,6 in the plan's balansbudget; the cell cannot be edited.
  await expect(shown(page, 'materiella_anlaggningstillgangar', 2023)).toHaveText('621,6');
  await expect(cell(page, 'materiella_anlaggningstillgangar', 2023)).toHaveAttribute('aria-readonly', 'true');
  await expect(page.getByRole('tab', { name: 'Finansieringsbudget' })).toHaveCount(0);
  await expect(page.locator('.goal-bar [data-goal]')).toHaveCount(1);
  await expect(page.locator('.goal-bar [data-goal="balanskrav"]')).toBeVisible();
  await expect(page.locator('.goal-bar')).not.toContainText('Soliditet');
});

test('Sjöbo on the projector: its own drivers, the index by its name, steps of its size', async ({
  page,
}) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  await page.getByRole('button', { name: 'Välj drivare' }).click();
  const choice = page.locator('.projector-choice');
  await expect(choice.getByRole('checkbox')).toHaveCount(4);
  await expect(choice.getByRole('checkbox', { name: 'Pris- och lönekompensation' })).toBeChecked();
  await expect(choice).not.toContainText('Investeringar');
  // Sjöbo's 19 549 inhabitants: steps of 10 and 100, not a region's 100 and 1 000.
  await page.getByRole('button', { name: 'Öka befolkning med 100 invånare' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.projector-goals [data-goal]')).toHaveCount(1);
});

test('Sjöbo printed: its goals and key rows, no soliditet and no cash-flow row', async ({ page }) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await page.emulateMedia({ media: 'print' });
  const summary = page.getByRole('article', { name: 'Sammanfattning för utskrift' });
  await expect(summary).toContainText('Sjöbo kommun, Budget 2024 med plan 2025–2027');
  await expect(summary.locator('tr.goal-row')).toHaveCount(1);
  await expect(summary).toContainText('Balanskravet');
  await expect(summary).not.toContainText('Soliditet');
  await expect(summary).not.toContainText('Likvida medel');
  await expect(summary.locator('table').first().getByRole('columnheader', { name: '2024' })).toBeVisible();
});

for (const [name, plan, sheet] of [
  ['sjobo', SJOBO, 'Resultatbudget'],
  ['vasternorrland', VASTERNORRLAND, 'Resultatbudget'],
] as const)
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const)
    test(`screenshot: ${name} ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await choosePlan(page, plan);
      await openTab(page, sheet);
      await expect(page.getByRole('grid')).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png` });
    });

test('Sjöbo: Vad krävs? finds the skattesats that restores every deficit by 2024', async ({ page }) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await openTab(page, 'Vad krävs?');
  await page.getByRole('radio', { name: 'Alla underskott återställda senast ett visst år' }).check();
  await page.getByLabel('Senast år').selectOption('2024');
  await page.getByRole('button', { name: 'Beräkna' }).click();
  // The 2023 deficit of 4,8 needs a balanskravsresultat of +4,8 in 2024, with no reserve used once the result
  // is positive: 26,1 + 4,8 = 30,9 mnkr at 995,3 / 2 092 mnkr per öre is ⌈64,9⌉ = 65 öre, 20,92 → 21,57 kr.
  await expect(page.locator('.seek-sentence')).toContainText('21,57\u00a0kr', { timeout: 30_000 });
});
