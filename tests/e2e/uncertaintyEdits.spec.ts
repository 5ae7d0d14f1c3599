import { expect, test, type Page } from '@playwright/test';
import { openTab } from './grid';

/** Issue 15, item 3: "each parameter cites its source and can be edited", in the built app. */

const run = async (page: Page) => {
  await page.getByRole('button', { name: 'Räkna', exact: true }).click();
  await expect(page.getByTestId('sim-progress')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('sim-headline')).toBeVisible();
};

/** "−1 234", "+19,8 mnkr" as −1234, 19.8. */
const mnkr = (text: string) =>
  Number(
    text
      .replace(/mnkr/, '')
      .replace(/\u2212/g, '-')
      .replace(/[\s\u00a0+]/g, '')
      .replace(',', '.'),
  );

/** The width of the fan's outer band (9 fall av 10) in the last year, from the chart's label in words. */
const outerBand = async (page: Page): Promise<number> => {
  const label =
    (await page.locator('[data-chart="fan"] [role="img"]').first().getAttribute('aria-label')) ?? '';
  const bands = [...label.matchAll(/9 fall av 10 inom: (\S+)\u00a0mnkr till (\S+)\u00a0mnkr/g)];
  const last = bands.at(-1);
  expect(last, label).toBeDefined();
  return mnkr(last?.[2] ?? '') - mnkr(last?.[1] ?? '');
};

const field = (page: Page, horizon: string) =>
  page.getByLabel(`Skatteunderlagets tillväxt, typiskt fel ${horizon}`, { exact: true });

const type = async (page: Page, horizon: string, text: string) => {
  await field(page, horizon).fill(text);
  await field(page, horizon).press('Enter');
};

test('a spread of one’s own: refused when impossible, kept over a reload, and it widens the fan', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await openTab(page, 'Hur säkert?');
  const driver = page.locator('.sim-driver[data-driver="skatteunderlag"]');
  await expect(field(page, '1 år fram')).toHaveValue('1,0');
  await expect(driver).not.toContainText('Egen bedömning');
  await run(page);
  await expect(page.getByTestId('sim-edited')).toHaveCount(0);
  const before = await outerBand(page);

  // Zero or a negative spread is refused in Swedish; the figure in use stays.
  await type(page, '1 år fram', '−1');
  await expect(driver.getByRole('alert')).toContainText('måste vara större än noll');
  await expect(driver.getByRole('alert')).toContainText('Det som gäller är kvar: 1,0');
  await expect(field(page, '1 år fram')).toHaveAttribute('aria-invalid', 'true');
  await field(page, '1 år fram').press('Escape');
  await expect(field(page, '1 år fram')).toHaveValue('1,0');
  await expect(driver.getByRole('alert')).toHaveCount(0);

  // Far above the sources (1,5 · 5 = 7,5) is questioned; "Ångra" keeps the source's figure.
  await type(page, '3 år fram och senare', '8');
  await expect(driver.getByRole('alert')).toContainText('mer än fem gånger källornas 1,5');
  await driver.getByRole('button', { name: 'Ångra' }).click();
  await expect(field(page, '3 år fram och senare')).toHaveValue('1,5');

  // A correlation set that cannot hold together is refused in words: with 0,2 to the portfolio, 0,99 cannot.
  const correlations = page.getByTestId('sim-correlations');
  const pair = page.getByLabel('Samband: Skatteunderlagets tillväxt och prisindex', { exact: true });
  await pair.fill('0,99');
  await pair.press('Enter');
  const refusal = page.locator('.sim-assumptions [role="alert"]');
  await expect(refusal).toContainText('Sambanden går inte ihop');
  await pair.press('Escape');
  await expect(pair).toHaveValue('0,4');
  await expect(correlations).not.toContainText('Egen bedömning');

  // Twice the sources' spread in every horizon: 0,55 · 2 = 1,1; 2,0; 2,6; 3,0.
  await type(page, 'innevarande år', '1,1');
  await type(page, '1 år fram', '2');
  await type(page, '2 år fram', '2,6');
  await type(page, '3 år fram och senare', '3 procentenheter');
  await expect(field(page, '3 år fram och senare')).toHaveValue('3,0');
  await expect(driver).toContainText('Egen bedömning');
  await expect(
    page.getByText('Antagandena om osäkerheten har ändrats sedan beräkningen. Räkna om.'),
  ).toBeVisible();
  await run(page);
  await expect(page.getByTestId('sim-edited')).toContainText('egna antaganden');
  // Tax income is skatteunderlag × skattesats: a wider error in its growth spreads balanskravsresultat
  // further on the same draws (same start value), so the band is wider than with the sources' figures.
  const after = await outerBand(page);
  expect(after).toBeGreaterThan(before);

  // A reload keeps the user's figures, marked as their own.
  await expect(page.locator('.sim-assumptions')).toHaveAttribute('data-saved', 'true');
  await page.reload();
  await openTab(page, 'Hur säkert?');
  await expect(field(page, '1 år fram')).toHaveValue('2,0');
  await expect(field(page, '3 år fram och senare')).toHaveValue('3,0');
  await expect(driver).toContainText('Egen bedömning');

  // "Återställ till källornas värden" takes them back, and that too outlives a reload.
  await page.getByRole('button', { name: 'Återställ till källornas värden' }).click();
  await expect(field(page, '1 år fram')).toHaveValue('1,0');
  await expect(driver).not.toContainText('Egen bedömning');
  await expect(page.getByRole('button', { name: 'Återställ till källornas värden' })).toHaveCount(0);
  await expect(page.locator('.sim-assumptions')).toHaveAttribute('data-saved', 'true');
  await page.reload();
  await openTab(page, 'Hur säkert?');
  await expect(field(page, '2 år fram')).toHaveValue('1,3');
});

test('an own tornado step: refused at zero, and half a procentenhet moves less than the typical error', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await openTab(page, 'Hur säkert?');
  const row = page.locator('.tornado-table tbody tr[data-driver="skatteunderlag"]');
  const step = page.getByLabel('Skatteunderlagets tillväxt, eget steg i procentenheter', { exact: true });
  /** The balanskravsresultat's change when the skatteunderlag is moved up, in mnkr. */
  const up = async () => mnkr(((await row.locator('td').nth(2).textContent()) ?? '').split('/')[1] ?? '');
  await expect(row.locator('td').nth(0)).toContainText('typiskt fel');
  const typical = await up();
  expect(typical).toBeGreaterThan(0);

  await step.fill('0');
  await step.press('Enter');
  await expect(page.locator('.tornado [role="alert"]')).toContainText('Steget måste vara större än noll');
  await step.press('Escape');
  await expect(step).toHaveValue('');

  // Every year's typical error of the skatteunderlag is 1,0 procentenhet or more: a step of 0,5 in every
  // year moves its level, and so the tax income, less than the typical error does.
  await step.fill('0,5');
  await step.press('Enter');
  await expect(row.locator('td').nth(0)).toContainText('±0,50 procentenhetereget steg');
  await expect.poll(up, { timeout: 30_000 }).toBeLessThan(typical);
  expect(await up()).toBeGreaterThan(0);

  await expect(page.locator('.sim-assumptions')).toHaveAttribute('data-saved', 'true');
  await page.reload();
  await openTab(page, 'Hur säkert?');
  await expect(step).toHaveValue('0,5');
  // Emptied, the driver moves by its typical error again.
  await step.fill('');
  await step.press('Enter');
  await expect(row.locator('td').nth(0)).toContainText('typiskt fel');
  await expect.poll(up, { timeout: 30_000 }).toBe(typical);
});
