import { expect, test, type Page } from '@playwright/test';
import { openTab, shown, sv, typeInto } from './grid';

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
  await page.screenshot({ path: 'test-results-4393/historik-1280x720.png' });
});
