import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { openTab, shown, sv, typeInto } from './grid';

const SJOBO = 'Sjöbo kommun · Budget 2024 med plan 2025–2027';

const picker = (page: Page) => page.locator('.plan-picker > button');
const choosePlan = async (page: Page, name: string) => {
  await picker(page).click();
  await page.getByRole('menu', { name: 'Planer' }).getByRole('menuitemradio', { name, exact: true }).click();
  await expect(picker(page)).toHaveText(name, { timeout: 20_000 });
};
const view = (page: Page) => page.getByRole('tabpanel');
const answer = (page: Page, id: string) => view(page).locator(`[data-answer="${id}"]`);
const ledger = (page: Page, line: string, year: number) =>
  view(page)
    .locator('table.ledger tr', { has: page.getByRole('rowheader', { name: line, exact: true }) })
    .locator(`td[data-year="${year}"]`);
const form = (page: Page) => page.getByRole('form', { name: 'Registrera beslut om synnerliga skäl' });

// Sjöbo's published balanskravsresultat: −4,8 (2023), −18,6 (2024), 40,0, 44,0, 38,0 (2025–2027). The 2023
// deficit (due 2026) and 2024's (due 2027) wait together: 4,8 + 18,6 = 23,4 at the end of 2024, restored by
// 2025's 40,0.
test('Sjöbo: the revisor’s answers, a scenario that does not restore in time, and synnerliga skäl kept over a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await openTab(page, 'Balanskrav');
  await expect(answer(page, 'balanskrav').locator('.answer-mark')).toHaveText('✗ Nej');
  await expect(answer(page, 'balanskrav')).toContainText(`2024 (${sv('-18,6 mnkr')})`);
  await expect(answer(page, 'aterstallande').locator('.answer-mark')).toHaveText('✓ Ja');
  await expect(ledger(page, 'Balanskravsresultat', 2024)).toHaveText(sv('-18,6'));
  await expect(ledger(page, 'Kvar att återställa', 2024)).toHaveText('23,4');
  await expect(ledger(page, 'Återställt i år', 2025)).toHaveText('23,4');

  // A realisationsvinst of 60 mnkr a year leaves the balanskravsresultat: 40 − 60 = −20 (2025), −16, −22.
  await openTab(page, 'Antaganden');
  for (const year of [2025, 2026, 2027]) {
    await typeInto(page, 'realisationsvinster_grund', year, '-60');
    await expect(shown(page, 'realisationsvinster_grund', year)).toHaveText(sv('-60,0'));
  }
  await openTab(page, 'Balanskrav');
  await expect(answer(page, 'aterstallande').locator('.answer-mark')).toHaveText('✗ Nej');
  await expect(answer(page, 'aterstallande')).toContainText('Underskottet 2023 återställs inte i tid');
  await expect(ledger(page, 'Balanskravsresultat', 2025)).toHaveText(sv('-20,0'));
  await expect(ledger(page, 'Status', 2026)).toContainText('Återställs inte i tid');
  // 4,8 + 18,6 + 20 + 16 + 22 = 81,4 left after 2027.
  await expect(ledger(page, 'Kvar att återställa', 2027)).toHaveText('81,4');

  // Fullmäktige decides not to restore 10 mnkr of 2024's deficit: 23,4 − 10 = 13,4 left at the end of 2024.
  const reason = 'Pandemins kostnader <b>och</b> {inget}';
  await form(page).getByLabel('År').selectOption('2024');
  await form(page).getByLabel('Belopp som inte återställs, mnkr').fill('10');
  await form(page).getByLabel('Fullmäktiges skäl').fill(reason);
  await form(page).getByRole('button', { name: 'Registrera beslut' }).click();
  await expect(ledger(page, 'Kvar att återställa', 2024)).toHaveText('13,4');
  await expect(ledger(page, 'Kvar att återställa', 2027)).toHaveText('71,4');
  const decision = view(page).locator('[data-decision="2024"]');
  await expect(decision.locator('.decision-reason')).toHaveText(reason);
  await expect(decision).toContainText('Scenariots');

  await page.reload();
  await expect(picker(page)).toHaveText(SJOBO, { timeout: 20_000 });
  await openTab(page, 'Balanskrav');
  await expect(view(page).locator('[data-decision="2024"] .decision-reason')).toHaveText(reason);
  await expect(ledger(page, 'Kvar att återställa', 2024)).toHaveText('13,4');

  await page.emulateMedia({ media: 'print' });
  const summary = page.getByRole('article', { name: 'Sammanfattning för utskrift' });
  await expect(summary.locator('.print-balanskrav')).toContainText(reason);
  await expect(summary.locator('.print-balanskrav')).toContainText('Återställs underskotten i tid?');
  await expect(summary.locator('.print-balanskrav table.ledger td[data-year="2024"]').nth(2)).toHaveText(
    '13,4',
  );
  await page.emulateMedia({ media: 'screen' });

  await view(page).getByRole('button', { name: 'Ta bort beslutet för 2024' }).click();
  await expect(ledger(page, 'Kvar att återställa', 2024)).toHaveText('23,4');
  await expect(view(page).locator('[data-decision]')).toHaveCount(0);
});

test('the synnerliga skäl form refuses what is not an amount and asks about more than the deficit', async ({
  page,
}) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await openTab(page, 'Balanskrav');
  const amount = form(page).getByLabel('Belopp som inte återställs, mnkr');
  const submit = form(page).getByRole('button', { name: 'Registrera beslut' });
  await form(page).getByLabel('Fullmäktiges skäl').fill('Ett skäl');
  await amount.fill('tio');
  await submit.click();
  await expect(form(page).getByRole('alert')).toContainText('Skriv ett tal');
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await amount.fill('-5');
  await submit.click();
  await expect(form(page).getByRole('alert')).toContainText('positivt tal');
  await amount.fill('10');
  await form(page).getByLabel('Fullmäktiges skäl').fill(' ');
  await submit.click();
  await expect(form(page).getByRole('alert')).toHaveText('Skriv skälen för fullmäktiges beslut.');
  await expect(view(page).locator('[data-decision]')).toHaveCount(0);

  // 25 mnkr against 2024's deficit of 18,6: only the deficit counts, and the form offers it.
  await form(page).getByLabel('Fullmäktiges skäl').fill('Ett skäl');
  await amount.fill('25');
  await submit.click();
  const question = form(page).getByRole('alertdialog');
  await expect(question).toContainText(`Underskottet 2024 är ${sv('18,6 mnkr')}`);
  await question.getByRole('button', { name: `Ja, registrera ${sv('18,6 mnkr')}` }).click();
  await expect(view(page).locator('[data-decision="2024"]')).toContainText('18,6');
  // 4,8 from 2023 is still to restore at the end of 2024.
  await expect(ledger(page, 'Kvar att återställa', 2024)).toHaveText('4,8');
});

test('the projector shows the återställande status in a line above the drivers', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  const line = page.locator('.projector-balanskrav');
  await expect(line).toHaveText('✓ Återställande: Varje underskott återställs inom tre år');
  // 2027: 38 − 60 = −22 mnkr, a deficit to restore by 2030.
  await page.getByRole('button', { name: 'Lämna projektorläget' }).click();
  await openTab(page, 'Antaganden');
  await typeInto(page, 'realisationsvinster_grund', 2027, '-60');
  await expect(shown(page, 'realisationsvinster_grund', 2027)).toHaveText(sv('-60,0'));
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  await expect(line).toHaveText(
    `! Återställande: Åtgärdsplan krävs: ${sv('22,0 mnkr')} att återställa senast 2030`,
  );
  // In the room's type size, inside the window without scrolling.
  expect(await line.evaluate((element) => getComputedStyle(element).fontSize)).toBe('24px');
  const box = await line.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(720);
});

test('no serious or critical accessibility violation: Balanskrav', async ({ page }) => {
  await page.goto('/');
  await choosePlan(page, SJOBO);
  await openTab(page, 'Balanskrav');
  await form(page).getByLabel('Belopp som inte återställs, mnkr').fill('tio');
  await form(page).getByRole('button', { name: 'Registrera beslut' }).click();
  await expect(form(page).getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, ['[role="tabpanel"]']);
});
