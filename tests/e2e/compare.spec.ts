import { expect, test, type Page } from '@playwright/test';
import { openTab, sv, typeInto } from './grid';

const line = (page: Page, rowId: string, scenario: string) =>
  page.locator(`.compare-table tbody[data-row="${rowId}"] tr`, {
    has: page.getByRole('rowheader', { name: scenario, exact: true }),
  });

test('two to four scenarios side by side with the plan: values, differences, goals, a filter', async ({
  page,
}) => {
  await page.goto('/');
  await openTab(page, 'Antaganden');
  await typeInto(page, 'befolkning', 2025, '249 103');
  await openTab(page, 'Jämför');

  const picker = page.getByRole('group', { name: /Scenarier att jämföra/ });
  await expect(picker.getByRole('checkbox', { name: /Mitt scenario \(öppet nu\)/ })).toBeChecked();
  await picker.getByRole('checkbox', { name: /Skatt \+10 öre/ }).check();

  const skatt = line(page, 'skatteintakter', 'Skatt +10 öre').locator('td[data-year="2025"]');
  await expect(skatt.locator('.diff')).toHaveText(/\+69,9/);
  await expect(line(page, 'skatteintakter', 'Planen').locator('td[data-year="2025"]')).toHaveText(
    sv('7 926'),
  );

  // The open scenario is compared as it is now, edits included: 1 000 more inhabitants bring 10 × 4,0 mnkr
  // in skatt and statsbidrag together (DOMAIN.md §4).
  const diffOf = async (rowId: string) => {
    const text = await line(page, rowId, 'Mitt scenario').locator('td[data-year="2025"] .diff').innerText();
    return Number(
      text
        .replace(/.*planen\s*/s, '')
        .replace('\u2212', '-')
        .replace(/\s/g, '')
        .replace(',', '.'),
    );
  };
  const both = (await diffOf('skatteintakter')) + (await diffOf('generella_statsbidrag'));
  expect(both).toBeCloseTo(40, 0);

  const goals = page.locator('.compare-goal-table tbody[data-compare-goal="balanskrav"]');
  await expect(
    goals
      .locator('tr', { has: page.getByRole('rowheader', { name: 'Skatt +10 öre' }) })
      .locator('td')
      .first(),
  ).toHaveAccessibleName(/^Uppfyllt/);
  await expect(
    goals
      .locator('tr', { has: page.getByRole('rowheader', { name: 'Planen', exact: true }) })
      .locator('td')
      .first(),
  ).toHaveAccessibleName(/^Ej uppfyllt/);

  const costs = page.locator('.compare-table tbody[data-row="verksamhetens_kostnader"]');
  await expect(costs).toHaveCount(0);
  await page.getByLabel('Visa bara rader som skiljer sig från planen').uncheck();
  await expect(costs).toHaveCount(1);

  const boxes = picker.getByRole('checkbox');
  for (let i = 0; (await picker.getByRole('checkbox', { checked: true }).count()) < 4; i += 1)
    await boxes.nth(i).check();
  await expect(picker.getByRole('checkbox', { checked: false }).first()).toBeDisabled();
  await expect(picker).toContainText('Högst 4 scenarier');

  // The charts overlay the plan and every chosen scenario (read from the chart's screen-reader table).
  const chart = page.locator('.compare figure.chart');
  for (const name of ['Planen', 'Skatt +10 öre', 'Mitt scenario']) await expect(chart).toContainText(name);

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/compare-1280x720.png' });
});
