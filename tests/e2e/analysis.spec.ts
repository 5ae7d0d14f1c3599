import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { formatKr } from '../../src/format/formatNumber';
import { goal, openTab, shown, typeInto } from './grid';

/** Expectations from the plan fixture (DOMAIN.md §4) and the figures the app itself shows. */
type Fixture = {
  years: { budget: number[] };
  statements: { resultatbudget: { rows: { id: string; values: Record<string, number> }[] } };
  drivers: { skattesats: { values: Record<string, number> } };
};
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/plans/norrbotten-2025-2027.json', import.meta.url), 'utf8'),
) as Fixture;
const budgetYears = fixture.years.budget;
const skatteintakter =
  fixture.statements.resultatbudget.rows.find((row) => row.id === 'skatteintakter')?.values ?? {};
const rate = (year: number) => fixture.drivers.skattesats.values[year] ?? NaN;
/** One öre = skatteunderlag × 0,01 / 100 = skatteintäkter / skattesats / 100. */
const ore = (year: number) => (skatteintakter[year] ?? NaN) / rate(year) / 100;

/** "−35,6" → −35.6: the app's sv-SE text back to a number. */
const parseSv = (text: string) =>
  Number(
    text
      .replace(/\u2212/g, '-')
      .replace(/[\s\u00a0]/g, '')
      .replace('mnkr', '')
      .replace(',', '.'),
  );

const shownNumber = async (page: Page, rowId: string, year: number) =>
  parseSv((await shown(page, rowId, year).textContent()) ?? '');

test('goal seek: the skattesats that gives balanskravsresultat ≥ 0 in every budget year, applied and undone', async ({
  page,
}) => {
  await page.goto('/');
  await expect(goal(page, 'balanskrav', 2025)).toHaveAccessibleName(/^Ej uppfyllt/);
  // The öre each year needs, from the balanskravsresultat the app shows (whole mnkr, so ±0,5) and the fixture.
  const candidates = new Set<number>();
  for (const slack of [-0.5, 0.5]) {
    const needs = [];
    for (const year of budgetYears) {
      const bkr = (await shownNumber(page, 'balanskravsresultat', year)) + slack;
      needs.push(Math.round(rate(year) * 100) + Math.max(0, Math.ceil(-bkr / ore(year))));
    }
    candidates.add(Math.max(...needs));
  }
  expect(Math.min(...candidates)).toBeGreaterThan(Math.round(rate(2025) * 100));

  await openTab(page, 'Vad krävs?');
  await expect(
    page.getByRole('radio', { name: 'Balanskravet: Balanskravsresultat minst 0 mnkr varje år' }),
  ).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Skattesats (hela ören)' })).toBeChecked();
  await page.getByRole('button', { name: 'Beräkna' }).click();
  const sentence = page.locator('.seek-sentence');
  await expect(sentence).toContainText('Lägsta skattesats som når målet');
  const text = (await sentence.textContent()) ?? '';
  expect([...candidates].some((o) => text.includes(formatKr(o / 100)))).toBe(true);
  await expect(page.getByText('Samma skattesats gäller varje år 2025–2030.')).toBeVisible();

  await page.getByRole('button', { name: 'Tillämpa' }).click();
  await expect(page.getByText('Tillämpat i scenariot.')).toBeVisible();
  for (const year of budgetYears)
    await expect(goal(page, 'balanskrav', year)).toHaveAccessibleName(/^Uppfyllt/);
  await expect(page.getByText(/^\d+ ändringar? mot planen$/)).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(goal(page, 'balanskrav', 2025)).toHaveAccessibleName(/^Ej uppfyllt/);
  await expect(page.getByText('inga ändringar mot planen')).toBeVisible();
});

test('why two scenarios differ: a skattesats change and a frame change, and the parts add up', async ({
  page,
}) => {
  await page.goto('/');
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await openTab(page, 'Ramförändringar');
  await page.getByRole('button', { name: 'Lägg till ramförändring' }).click();
  const amount = page.getByRole('textbox', { name: 'Belopp 2025, Ramförändring 1' });
  await amount.fill('50');
  await amount.press('Enter');

  await openTab(page, 'Varför skiljer?');
  const table = page.getByTestId('waterfall-table');
  const parts = table.locator('tbody tr[data-part]');
  await expect(parts).toHaveCount(2);
  await expect(table.locator('tr[data-part="input:skattesats"] th')).toHaveText('Skattesats');
  await expect(table.locator('tr[data-part^="frame:"] th')).toContainText('Ramförändring 1');

  const valueIn = async (selector: string) =>
    parseSv((await table.locator(`${selector} td[data-year="2025"]`).textContent()) ?? '');
  const tax = await valueIn('tr[data-part="input:skattesats"]');
  const frame = await valueIn('tr[data-part^="frame:"]');
  const total = await valueIn('tfoot tr[data-part="total"]');
  // +10 öre ≈ 10 × skatteunderlag / 10 000; a kostnad of 50 lowers the result by 50 (DOMAIN.md §4).
  expect(tax).toBeCloseTo(10 * ore(2025), 1);
  expect(frame).toBeCloseTo(-50, 1);
  expect(Math.abs(tax + frame - total)).toBeLessThanOrEqual(0.1);
  const start = parseSv((await table.locator('tr.wf-start td').first().textContent()) ?? '');
  const end = parseSv((await table.locator('tr.wf-end td').first().textContent()) ?? '');
  expect(Math.abs(end - start - total)).toBeLessThanOrEqual(0.1);

  const chart = page.getByTestId('waterfall');
  await expect(chart).toContainText('Skattesats');
  await expect(chart).toContainText('Ramförändring 1');
  await expect(chart.locator('.wf-up')).toHaveCount(1);
  await expect(chart.locator('.wf-down')).toHaveCount(1);
});

test('no serious or critical accessibility violation in either analysis view, with answers shown', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await openTab(page, 'Vad krävs?');
  await page.getByRole('radio', { name: 'Ett värde ett visst år' }).check();
  await page.getByRole('button', { name: 'Som i planen' }).click();
  await page.getByRole('button', { name: 'Beräkna' }).click();
  await expect(page.locator('.seek-sentence')).toBeVisible();
  const check = async () => {
    await expectNoSeriousViolations(page, ['[role="tabpanel"]']);
  };
  await check();
  await openTab(page, 'Varför skiljer?');
  await expect(page.getByTestId('waterfall-table')).toBeVisible();
  await check();
});
