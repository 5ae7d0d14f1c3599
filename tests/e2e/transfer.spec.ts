import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import ExcelJS from 'exceljs';
import { recalculateWithLibreOffice, skipLibreOffice } from '../persistence/xlsxRecalc';
import { openTab, shown, sv, typeInto } from './grid';

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030] as const;
const KEY_ROWS = [
  ['skatteintakter', 'Skatteintäkter'],
  ['arets_resultat', 'Årets resultat'],
  ['balanskravsresultat', 'Balanskravsresultat'],
] as const;

const ready = async (page: Page) => {
  await expect(shown(page, 'skatteintakter', 2025)).not.toHaveText('');
};

/** What the Resultatbudget shows for the key rows, year by year. */
const keyFigures = async (page: Page): Promise<Record<string, string>> => {
  await openTab(page, 'Resultatbudget');
  const figures: Record<string, string> = {};
  for (const [id] of KEY_ROWS)
    for (const year of YEARS) figures[`${id} ${year}`] = (await shown(page, id, year).textContent()) ?? '';
  return figures;
};

const exportMenu = async (page: Page, item: string) => {
  await page.getByRole('button', { name: 'Exportera', exact: true }).click();
  await page.getByRole('button', { name: item, exact: true }).click();
};

const download = async (page: Page, item: string): Promise<{ name: string; bytes: Buffer }> => {
  const [file] = await Promise.all([page.waitForEvent('download'), exportMenu(page, item)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
};

const importFile = async (page: Page, name: string, bytes: Buffer) => {
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await page
    .getByLabel('Välj en scenariofil (.json) eller släpp den här')
    .setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
};

/** The app's rounding for whole mnkr, in sv-SE (no-break space groups, Unicode minus). */
const asShown = (value: number) =>
  new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(value).replace(/^-/, '\u2212');

/** A sheet row found by its Swedish label; cells by the year in the header row. */
const byLabel = (sheet: string[][] | undefined, label: string, year: number): number => {
  const header = sheet?.[0] ?? [];
  const row = sheet?.find((line) => line[0] === label);
  const value = Number(row?.[header.indexOf(String(year))]);
  if (!row || Number.isNaN(value)) throw new Error(`${label} ${year} saknas i bladet`);
  return value;
};

// Each test builds the workbook in two browsers; the default 30 s is tight on a busy machine.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await ready(page);
});

test('a scenario exported as a file gives the same figures when imported in a fresh browser', async ({
  page,
  browser,
}) => {
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await typeInto(page, 'prisindex', 2026, '4,5');
  const figures = await keyFigures(page);
  expect(figures['skatteintakter 2025']).toBe(sv('7 996'));

  const file = await download(page, 'Spara som fil');
  expect(file.name).toMatch(/^budgetverkstad-.*\.json$/);
  expect(JSON.parse(file.bytes.toString('utf8'))).toMatchObject({ format: 'budgetverkstad.scenario' });
  await expect(page.getByRole('status').filter({ hasText: 'Scenariot är sparat som fil.' })).toBeVisible();
  await expect(page.getByText(/^Senast exporterad: \d/)).toBeVisible();

  const fresh = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto(new URL('/', page.url()).href);
  await ready(other);
  expect((await keyFigures(other))['skatteintakter 2025']).toBe(sv('7 926'));
  await importFile(other, file.name, file.bytes);
  await expect(other.getByRole('dialog')).toBeHidden();
  await expect(shown(other, 'skatteintakter', 2025)).toHaveText(sv('7 996'));
  expect(await keyFigures(other)).toEqual(figures);
  await fresh.close();
});

test('a broken file gets a Swedish message and nothing changes', async ({ page }) => {
  const before = await keyFigures(page);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  await importFile(page, 'trasig.json', Buffer.from('{"format": "budgetverkstad.scenario", "schemaV'));
  await expect(page.getByRole('alert')).toContainText('inte giltig JSON');

  const valid = {
    format: 'budgetverkstad.scenario',
    schemaVersion: 1,
    appVersion: '0.1.0',
    savedAt: '2026-11-24T12:00:00.000Z',
    data: { id: 'x', name: '', plan: { id: 'p', version: 1 }, changes: { inputs: {}, frameChanges: [] } },
  };
  await page.getByLabel('Eller klistra in en scenariofils text (JSON)').fill(JSON.stringify(valid));
  await page.getByRole('button', { name: 'Importera texten' }).click();
  await expect(page.getByRole('alert')).toContainText('Scenariot i filen är felaktigt');
  await expect(page.getByRole('alert')).toContainText('name: namnet får inte vara tomt');
  await expect(page.getByRole('alert')).toContainText('notes: fältet saknas');

  await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
  expect(await keyFigures(page)).toEqual(before);
  await expect(page.getByText('inga ändringar mot planen')).toBeVisible();
});

test('a scenario file dropped on the import area is imported', async ({ page }) => {
  const text = readFileSync('fixtures/scenarios/skatt-plus-10-ore.json', 'utf8');
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await page.getByTestId('import-drop').evaluate((zone, contents) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([contents], 'skatt.json', { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skatt +10 öre (2)');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 996'));
  await openTab(page, 'Antaganden');
  for (const year of YEARS) await expect(shown(page, 'skattesats', year)).toHaveText('11,44');
});

test('a share link opens the scenario and offers to save a copy', async ({ page, browser }) => {
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  const figures = await keyFigures(page);
  await exportMenu(page, 'Kopiera delningslänk');
  const link = await page.getByLabel('Delningslänk').inputValue();
  expect(link).toMatch(/#s=1\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto(link);
  const banner = other.getByRole('region', { name: /Delat scenario/ });
  await expect(banner).toBeVisible();
  await expect(banner.locator('[data-preview="skatteintakter"] td[data-year="2025"]')).toHaveText(
    `${sv('7 996')} (${sv('7 926')})`,
  );
  await banner.getByRole('button', { name: 'Spara en kopia' }).click();
  await expect(banner).toBeHidden();
  await expect(shown(other, 'skatteintakter', 2025)).toHaveText(sv('7 996'));
  expect(await keyFigures(other)).toEqual(figures);
  expect(new URL(other.url()).hash).toBe('');
  await fresh.close();
});

test('all scenarios in one file are imported as copies, never replacing one', async ({ page, browser }) => {
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await page.getByRole('button', { name: 'Scenarier', exact: true }).click();
  await page.getByRole('button', { name: 'Nytt från planen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nytt scenario');
  const file = await download(page, 'Spara alla som fil');
  const saved = JSON.parse(file.bytes.toString('utf8')) as { format: string; data: { scenarios: unknown[] } };
  expect(saved.format).toBe('budgetverkstad.scenarios');
  expect(saved.data.scenarios).toHaveLength(2);

  // Imported into the same browser: two more scenarios, the originals untouched.
  await importFile(page, file.name, file.bytes);
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Scenarier', exact: true }).click();
  const list = page.getByRole('region', { name: 'Sparade scenarier' }).getByRole('listitem');
  await expect(list).toHaveCount(4);

  const fresh = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto(new URL('/', page.url()).href);
  await ready(other);
  await importFile(other, file.name, file.bytes);
  await expect(other.getByText('2 scenarier är importerade som kopior.')).toBeAttached();
  await fresh.close();
});

test('no serious accessibility violation in the export menu, the import dialog and a shared link', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const check = (selector: string) => expectNoSeriousViolations(page, [selector]);
  await exportMenu(page, 'Kopiera delningslänk');
  const link = await page.getByLabel('Delningslänk').inputValue();
  await check('.transfer-actions');
  await page.keyboard.press('Escape');
  await importFile(page, 'trasig.json', Buffer.from('nej'));
  await expect(page.getByRole('alert')).toBeVisible();
  await check('.import-dialog');
  await page.goto(link);
  await expect(page.getByRole('region', { name: /Delat scenario/ })).toBeVisible();
  await check('.shared-banner');
});

test('a damaged share link gets a Swedish message', async ({ page }) => {
  await page.goto('/#s=1.q1YqzkxPLUlVslIqSk0uyczPU6oF');
  await expect(page.getByRole('alert')).toContainText('Delningslänken kunde inte öppnas');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 926'));
});

test.describe('Excel', () => {
  test.skip(skipLibreOffice, 'LibreOffice (soffice) saknas');
  test.setTimeout(120_000);

  test('the .xlsx recalculated by LibreOffice gives the figures the app shows', async ({ page }) => {
    await openTab(page, 'Antaganden');
    await typeInto(page, 'skattesats', 2025, '11,44');
    await typeInto(page, 'befolkning', 2026, '250 103');
    const figures = await keyFigures(page);
    const file = await download(page, 'Exportera till Excel');
    expect(file.name).toMatch(/\.xlsx$/);
    const sheets = recalculateWithLibreOffice(file.bytes);
    for (const [id, label] of KEY_ROWS)
      for (const year of YEARS)
        expect(asShown(byLabel(sheets.Resultatbudget, label, year)), `${label} ${year}`).toBe(
          figures[`${id} ${year}`],
        );
  });

  test('changing the skattesats cells in the .xlsx moves the statements as +10 öre does in the app', async ({
    page,
  }) => {
    const planFigures = await keyFigures(page);
    const file = await download(page, 'Exportera till Excel');
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(file.bytes.buffer.slice(file.bytes.byteOffset) as ArrayBuffer);
    const antaganden = excel.getWorksheet('Antaganden');
    const header = (antaganden?.getRow(1).values ?? []) as unknown[];
    antaganden?.eachRow((row) => {
      if (row.getCell(1).value !== 'Skattesats') return;
      for (const year of YEARS) {
        const cell = row.getCell(header.indexOf(year));
        cell.value = Math.round(((cell.value as number) + 0.1) * 100) / 100;
      }
    });
    excel.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string } | null;
          if (value && typeof value === 'object' && value.formula)
            cell.value = { formula: value.formula } as ExcelJS.CellValue;
        }),
      ),
    );
    const sheets = recalculateWithLibreOffice(
      new Uint8Array((await excel.xlsx.writeBuffer()) as ArrayBuffer),
    );

    await openTab(page, 'Antaganden');
    for (const year of YEARS) await typeInto(page, 'skattesats', year, '+10 öre');
    const raised = await keyFigures(page);
    expect(raised).not.toEqual(planFigures);
    for (const [id, label] of KEY_ROWS)
      for (const year of YEARS)
        expect(asShown(byLabel(sheets.Resultatbudget, label, year)), `${label} ${year}`).toBe(
          raised[`${id} ${year}`],
        );
    const delta = byLabel(sheets.Resultatbudget, 'Skatteintäkter', 2025) - 7926;
    expect(delta).toBeGreaterThan(69.4);
    expect(delta).toBeLessThan(70.4);
  });
});
