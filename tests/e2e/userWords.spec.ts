import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { internalWords } from '../internalWords';
import { openTab, shown } from './grid';

/** The plan file's own keys for its documents (`sp2025`): never a word for a reader. */
const documentKeys = Object.keys(
  (
    JSON.parse(readFileSync('fixtures/plans/norrbotten-2025-2027.json', 'utf8')) as {
      documents: Record<string, unknown>;
    }
  ).documents,
);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const STATEMENT_TABS = [
  'Antaganden',
  'Resultatbudget',
  'Balansbudget',
  'Finansieringsbudget',
  'Nyckeltal',
  'Planens värden',
];

/** Everything a person can read: the page's text, and what tooltips and screen readers say. */
const readable = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const texts = [document.body.innerText, document.title];
    for (const element of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]'))
      for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
        texts.push(element.getAttribute(name) ?? '');
    for (const option of document.querySelectorAll('option')) texts.push(option.textContent ?? '');
    // A field's text, except the share link itself: an address is not words.
    for (const input of document.querySelectorAll<HTMLInputElement>('input[type="text"], textarea'))
      if (!/^https?:\/\//.test(input.value)) texts.push(input.value);
    return texts.filter((text) => text.trim() !== '');
  });

const problemsOn = async (page: Page, where: string): Promise<string[]> =>
  [...new Set(await readable(page))].flatMap((text) =>
    internalWords(text, documentKeys).map((problem) => `${where}: ${problem} in "${text.slice(0, 120)}"`),
  );

/** Each row's formula bar (definition and source) on a statement tab, read by selecting its first cell. */
const formulaBarProblems = async (page: Page, tab: string): Promise<string[]> => {
  const problems: string[] = [];
  const rows = page.locator('tr[data-row]');
  const bar = page.getByRole('region', { name: 'Formel' });
  const count = await rows.count();
  expect(count, tab).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const cell = rows.nth(i).locator('td[data-cell]').first();
    const where = (await cell.getAttribute('data-cell')) ?? '';
    const label = await rows.nth(i).locator('.row-label').innerText();
    await cell.click();
    // The bar follows the selection a frame later: wait until it names this row's cell.
    await expect(bar.locator('.formula-cell')).toHaveText(new RegExp(`^${escapeRegExp(label)}( \\d{4})?$`));
    const texts = [
      await bar.innerText(),
      (await bar.locator('.formula-definition').getAttribute('title')) ?? '',
    ];
    for (const text of texts)
      problems.push(...internalWords(text, documentKeys).map((p) => `${tab} ${where}: ${p} in "${text}"`));
  }
  return problems;
};

const openExample = async (page: Page, name: string) => {
  await page.getByRole('button', { name: 'Scenarier', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Scenarier' })
    .getByRole('button', { name: `Öppna ${name}` })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
};

test.use({ viewport: { width: 1280, height: 720 } });

test('no view shows a file name, a seed, an internal document, a row id or a doubled unit', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(shown(page, 'skatteintakter', 2025)).not.toHaveText('');
  const problems: string[] = [];

  await page.getByRole('button', { name: 'Scenarier', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Scenarier' })).toBeVisible();
  problems.push(...(await problemsOn(page, 'Scenarier')));
  await page.getByRole('dialog', { name: 'Scenarier' }).getByRole('button', { name: 'Stäng' }).click();
  // The V proposal's eight frame changes and their notes, so Ramförändringar and print have text to show.
  await openExample(page, 'Budgetförslag 2023 (V)');

  for (const tab of STATEMENT_TABS) {
    await openTab(page, tab);
    await expect(page.locator('tr[data-row]').first()).toBeVisible();
    problems.push(...(await problemsOn(page, tab)), ...(await formulaBarProblems(page, tab)));
  }
  await openTab(page, 'Ramförändringar');
  await expect(page.locator('tr[data-frame]')).toHaveCount(8);
  problems.push(...(await problemsOn(page, 'Ramförändringar')));
  await openTab(page, 'Jämför');
  await page
    .getByRole('group', { name: /Scenarier att jämföra/ })
    .getByRole('checkbox', { name: /Skatt \+10 öre/ })
    .check();
  await expect(page.getByRole('rowheader', { name: 'Skatt +10 öre', exact: true }).first()).toBeVisible();
  problems.push(...(await problemsOn(page, 'Jämför')));
  await openTab(page, 'Vad krävs?');
  await page.getByRole('button', { name: 'Beräkna' }).click();
  await expect(page.locator('.seek-sentence')).toBeVisible();
  problems.push(...(await problemsOn(page, 'Vad krävs?')));
  await openTab(page, 'Varför skiljer?');
  await expect(page.locator('.attribution-body[aria-busy="false"] table')).toBeVisible({ timeout: 60_000 });
  problems.push(...(await problemsOn(page, 'Varför skiljer?')));
  await openTab(page, 'Balanskrav');
  await expect(page.locator('.revisor-answers li')).toHaveCount(3);
  problems.push(...(await problemsOn(page, 'Balanskrav')));

  await page.getByRole('button', { name: 'Exportera', exact: true }).click();
  problems.push(...(await problemsOn(page, 'Exportera')));
  await page.getByRole('button', { name: 'Kopiera delningslänk', exact: true }).click();
  const link = await page.getByLabel('Delningslänk').inputValue();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  problems.push(...(await problemsOn(page, 'Importera')));
  await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).click();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-summary h1')).toBeVisible();
  problems.push(...(await problemsOn(page, 'Utskrift')));
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Projektorläge' }).click();
  await expect(page.locator('.projector')).toBeVisible();
  problems.push(...(await problemsOn(page, 'Projektorläge')));

  const shared = await page.context().newPage();
  await shared.goto(link);
  await expect(shared.getByRole('region', { name: /Delat scenario/ })).toBeVisible();
  problems.push(...(await problemsOn(shared, 'Delningslänk')));
  expect(problems).toEqual([]);
});

test('the projector controls are named in Swedish: "Minska LPIK", not "minska lpik"', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  await expect(page.getByRole('group', { name: 'Ändra LPIK', exact: true })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Minska LPIK med 0,1 procentenheter', exact: true }),
  ).toBeVisible();
  const labels = await page
    .locator('.driver-steps button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
  expect(labels.filter((label) => /lpik/.test(label))).toEqual([]);
});
