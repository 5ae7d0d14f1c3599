import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { cellAt, load, sheetOf } from '../persistence/templateHelpers';
import { openTab, shown, sv, typeInto } from './grid';

const NORRBOTTEN = 'Region Norrbotten · Strategisk plan 2025–2027';
const SJOBO = 'Sjöbo kommun · Budget 2024 med plan 2025–2027';

// Sjöbo's Årets balanskravsresultat 2024 is −18,6 mnkr in its resultatbudget, printed in tenths: shown so.
const SJOBO_BALANSKRAV_2024 = sv('-18,6');

const picker = (page: Page) => page.locator('.plan-picker > button');
const planMenu = async (page: Page) => {
  await picker(page).click();
  return page.getByRole('menu', { name: 'Planer' });
};
const choosePlan = async (page: Page, name: string) => {
  await (await planMenu(page)).getByRole('menuitemradio', { name, exact: true }).click();
  await expect(picker(page)).toHaveText(name, { timeout: 20_000 });
};
const balanskrav = (page: Page, year: number) =>
  page.locator(`tr[data-row="balanskravsresultat"] td[data-year="${year}"]`);
const exampleNames = async (page: Page) => {
  await page.getByRole('button', { name: 'Scenarier' }).click();
  const dialog = page.getByRole('dialog');
  const names = await dialog.locator('section[aria-labelledby="exempel-rubrik"] li').allInnerTexts();
  await page.keyboard.press('Escape');
  return names.join('\n');
};

test('the header switches from Norrbotten to Sjöbo, with Sjöbo’s figures and examples, and a reload keeps it', async ({
  page,
}) => {
  await page.goto('/');
  await expect(picker(page)).toHaveText(NORRBOTTEN);
  expect(await exampleNames(page)).toContain('Budgetförslag 2023 (V)');
  await choosePlan(page, SJOBO);
  await expect(balanskrav(page, 2024)).toHaveText(SJOBO_BALANSKRAV_2024);
  expect(await exampleNames(page)).not.toContain('Budgetförslag 2023 (V)');
  await page.reload();
  await expect(picker(page)).toHaveText(SJOBO);
  await expect(balanskrav(page, 2024)).toHaveText(SJOBO_BALANSKRAV_2024);
  await choosePlan(page, 'Region Västernorrland · Regionplan 2022–2024');
  await choosePlan(page, NORRBOTTEN);
  await expect(page.locator('tr[data-row="skatteintakter"] td[data-year="2025"]')).toHaveText(sv('7 926'));
});

test('”Kopiera planen” gives an editable own plan, which can be exported and imported elsewhere', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await (await planMenu(page)).getByRole('menuitem', { name: 'Kopiera planen' }).click();
  const copy = 'Sjöbo kommun · Budget 2024 med plan 2025–2027 (kopia)';
  await expect(picker(page)).toHaveText(copy, { timeout: 20_000 });
  await expect(balanskrav(page, 2024)).toHaveText(SJOBO_BALANSKRAV_2024);
  const menu = await planMenu(page);
  await expect(menu.getByText('Egna planer')).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Ta bort planen' })).toBeVisible();

  const download = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: 'Exportera plan' }).click();
  const path = await (await download).path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as { id: string; name: string; version: number };
  expect([file.id, file.name, file.version]).toEqual([
    'sjobo-2024-2027-kopia',
    'Budget 2024 med plan 2025–2027 (kopia)',
    1,
  ]);

  const fresh = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(picker(other)).toHaveText(NORRBOTTEN);
  await picker(other).click();
  await other.getByLabel('Planfil att importera').setInputFiles(path);
  await expect(picker(other)).toHaveText(copy, { timeout: 20_000 });
  await expect(balanskrav(other, 2024)).toHaveText(SJOBO_BALANSKRAV_2024);
  await fresh.close();
});

test('a plan file that does not validate is refused with the field named, and nothing is saved', async ({
  page,
}) => {
  await page.goto('/');
  await picker(page).click();
  const plan = JSON.parse(readFileSync('fixtures/plans/sjobo-2024-2027.json', 'utf8')) as Record<
    string,
    unknown
  >;
  await page.getByLabel('Planfil att importera').setInputFiles({
    name: 'trasig.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...plan, id: 'trasig', organisation: { name: 'X', kind: 'stad' } })),
  });
  await expect(page.getByRole('alert')).toContainText('organisation.kind: region eller kommun väntades');
  await expect(picker(page)).toHaveText(NORRBOTTEN);
  // The menu is still open: still the three built-in plans, no own plan.
  await expect(page.getByRole('menuitemradio')).toHaveCount(3);
});

test('a share link for a plan this browser does not have says which plan it needs', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await (await planMenu(page)).getByRole('menuitem', { name: 'Kopiera planen' }).click();
  await expect(picker(page)).toHaveText(`${SJOBO} (kopia)`, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Exportera', exact: true }).click();
  await page.getByRole('button', { name: 'Kopiera delningslänk', exact: true }).click();
  const ownLink = await page.getByLabel('Delningslänk').inputValue();
  await page.keyboard.press('Escape');
  await choosePlan(page, SJOBO);
  await page.getByRole('button', { name: 'Exportera', exact: true }).click();
  await page.getByRole('button', { name: 'Kopiera delningslänk', exact: true }).click();
  const builtInLink = await page.getByLabel('Delningslänk').inputValue();

  const fresh = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto(ownLink);
  await expect(other.getByText('Delningslänken kunde inte öppnas.')).toBeVisible();
  await expect(
    other.getByText(
      'Scenariot gäller Budget 2024 med plan 2025–2027 (kopia), Sjöbo kommun, som inte finns här. Importera planen först.',
    ),
  ).toBeVisible();
  await other.goto('/');
  await other.goto(builtInLink);
  await expect(
    other.getByText(
      'Scenariot gäller Budget 2024 med plan 2025–2027, Sjöbo kommun. Välj den planen i rubriken och öppna scenariot där.',
    ),
  ).toBeVisible();
  await fresh.close();
});

test('an own plan is renamed, taken to the Papperskorg and restored, with its scenario’s edit still there', async ({
  page,
}) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await (await planMenu(page)).getByRole('menuitem', { name: 'Kopiera planen' }).click();
  await expect(picker(page)).toHaveText(`${SJOBO} (kopia)`, { timeout: 20_000 });
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2024, '21,02');
  await expect(shown(page, 'skattesats', 2024)).toHaveText('21,02');

  await (await planMenu(page)).getByRole('menuitem', { name: 'Byt namn på planen…' }).click();
  const name = page.getByLabel('Nytt namn för Budget 2024 med plan 2025–2027 (kopia)');
  await name.fill('Vår prövning');
  await name.press('Enter');
  const renamed = 'Sjöbo kommun · Vår prövning';
  await expect(picker(page)).toHaveText(renamed, { timeout: 20_000 });
  await page.reload();
  await expect(picker(page)).toHaveText(renamed);
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2024)).toHaveText('21,02');

  await (await planMenu(page)).getByRole('menuitem', { name: 'Ta bort planen' }).click();
  await expect(page.locator('.plan-outcome')).toContainText('ligger i planernas papperskorg');
  await choosePlan(page, NORRBOTTEN);
  const menu = await planMenu(page);
  await expect(menu.getByRole('menuitemradio', { name: renamed })).toHaveCount(0);
  await menu.getByRole('menuitem', { name: `Återställ ${renamed}` }).click();
  await expect(page.locator('.plan-outcome')).toContainText('”Vår prövning” är återställd.');
  await choosePlan(page, renamed);
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2024)).toHaveText('21,02');
});

test('a filled-in template with a bad cell is refused with the sheet and cell named, and nothing is saved', async ({
  page,
}) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  const download = page.waitForEvent('download');
  await (await planMenu(page)).getByRole('menuitem', { name: 'Ladda ner mall' }).click();
  const excel = await load(readFileSync(await (await download).path()));
  // The user types a word where Skatteintäkter 2025 should be.
  const bad = cellAt(sheetOf(excel, 'Resultatbudget'), 'skatteintakter', 2025);
  bad.value = 'tolv';
  const buffer = Buffer.from(await excel.xlsx.writeBuffer());

  // The menu is still open after the download: the user chooses Importera plan… there.
  await page.getByLabel('Planfil att importera').setInputFiles({
    name: 'var-plan.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await expect(page.getByRole('alert')).toContainText(`Resultatbudget!${bad.address}: "tolv" är inget tal`);
  await expect(picker(page)).toHaveText(SJOBO);
  await expect(page.getByRole('menuitemradio')).toHaveCount(3);
});
