import { expect, test } from '@playwright/test';

test('the app opens on the Norrbotten plan with statements and goals in Swedish', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mitt scenario');
  await expect(page.getByText('Region Norrbotten · Strategisk plan 2025–2027')).toBeVisible();

  const skatt = page.locator('tr[data-row="skatteintakter"] td[data-year="2025"]');
  await expect(skatt).toHaveText('7\u00a0926');
  await expect(page.locator('tr[data-row="verksamhetens_kostnader"] td[data-year="2030"]')).toHaveText(
    '\u221213\u00a0348',
  );

  const balanskrav2025 = page.locator('[data-goal="balanskrav"] td[data-year="2025"]');
  await expect(balanskrav2025).toHaveAccessibleName('Ej uppfyllt −36 mnkr');
  await expect(page.locator('[data-goal="resultat"] td[data-year="2025"]')).toHaveAccessibleName(
    'Uppfyllt 1,2 % +0,2 p.e. marginal +22 mnkr',
  );
  await expect(page.locator('[data-goal="sjalvfinansiering"] td[data-year="2025"]')).toContainText(
    '36,2\u00a0%',
  );

  await page.getByRole('tab', { name: 'Balansbudget' }).click();
  await expect(page.locator('tr[data-row="soliditet_fullfondering"] td[data-year="2025"]')).toHaveText(
    '18,0',
  );
  expect(errors).toEqual([]);
});
