import { expect, test } from '@playwright/test';
import { cell, goal, openTab, pasteInto, shown, sv, typeInto } from './grid';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 926'));
});

test('typing 11,44 into Skattesats 2025 raises skatteintäkter by about 69,9 mnkr and turns balanskravet', async ({
  page,
}) => {
  await expect(shown(page, 'balanskravsresultat', 2025)).toHaveText(sv('-36'));
  await expect(goal(page, 'balanskrav', 2025)).toHaveAccessibleName(/^Ej uppfyllt/);

  await openTab(page, 'Antaganden');
  await typeInto(page, 'skattesats', 2025, '11,44');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
  await expect(cell(page, 'skattesats', 2025)).toHaveClass(/changed/);
  await expect(goal(page, 'balanskrav', 2025)).toHaveAccessibleName(/^Uppfyllt/);
  await expect(goal(page, 'balanskrav', 2025)).toContainText(sv('34 mnkr'));

  await openTab(page, 'Resultatbudget');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 996'));
  await expect(shown(page, 'balanskravsresultat', 2025)).toHaveText('34');
  await page.getByText('Skillnad', { exact: true }).click();
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText('+69,9');
  await expect(shown(page, 'skatteintakter', 2026)).toHaveText('0');
});

test('the selected cell is still selected after a visit to another view', async ({ page }) => {
  await openTab(page, 'Antaganden');
  await cell(page, 'befolkning', 2026).click();
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'skatteunderlagstillvaxt', 2026)).toHaveAttribute('aria-selected', 'true');
  await openTab(page, 'Jämför');
  await openTab(page, 'Antaganden');
  await expect(cell(page, 'skatteunderlagstillvaxt', 2026)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Formel' })).toContainText('Skatteunderlagstillväxt 2026');
});

test('bad input is refused with a Swedish message and nothing changes', async ({ page }) => {
  await openTab(page, 'Antaganden');
  for (const text of ['abc', '11,4,4', '0,5']) {
    await typeInto(page, 'skattesats', 2025, text);
    await expect(page.getByRole('alert')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(shown(page, 'skattesats', 2025)).toHaveText('11,34');
  }
  await typeInto(page, 'befolkning', 2025, '248 103,5');
  await expect(page.getByRole('alert')).toHaveText('Befolkningen anges i hela invånare.');
  await page.keyboard.press('Escape');
  await expect(goal(page, 'balanskrav', 2025)).toContainText(sv('-36 mnkr'));
  await expect(page.getByText('inga ändringar mot planen')).toBeVisible();
});

test('Swedish input habits: spaces, Unicode minus, percent, +10 öre; Delete resets; undo and redo', async ({
  page,
}) => {
  await openTab(page, 'Antaganden');
  await typeInto(page, 'befolkning', 2025, '250\u00a0103');
  await expect(shown(page, 'befolkning', 2025)).toHaveText(sv('250 103'));
  // The Unicode minus arrives as text input (not a key), as when typed with a layout that has it: edit, then type.
  await cell(page, 'prisindex', 2026).dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('\u22120,5 %');
  await page.keyboard.press('Enter');
  await expect(shown(page, 'prisindex', 2026)).toHaveText(sv('-0,5'));
  await typeInto(page, 'skattesats', 2027, '+10 öre');
  await expect(shown(page, 'skattesats', 2027)).toHaveText('11,44');

  await cell(page, 'skattesats', 2027).click();
  await page.keyboard.press('Delete');
  await expect(shown(page, 'skattesats', 2027)).toHaveText('11,34');

  await page.keyboard.press('Control+z');
  await expect(shown(page, 'skattesats', 2027)).toHaveText('11,44');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(shown(page, 'befolkning', 2025)).toHaveText(sv('248 103'));
  await expect(shown(page, 'prisindex', 2026)).toHaveText('0,8');
  await page.keyboard.press('Control+y');
  await expect(shown(page, 'befolkning', 2025)).toHaveText(sv('250 103'));
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(shown(page, 'befolkning', 2025)).toHaveText(sv('248 103'));
});

test('a row pasted from Excel fills the years, and a bad paste changes nothing', async ({ page }) => {
  await openTab(page, 'Antaganden');
  await pasteInto(page, 'skattesats', 2025, '11,40\t11,50\t11,60\r\n');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,40');
  await expect(shown(page, 'skattesats', 2026)).toHaveText('11,50');
  await expect(shown(page, 'skattesats', 2027)).toHaveText('11,60');
  await expect(shown(page, 'skattesats', 2028)).toHaveText('11,34');

  await pasteInto(page, 'skattesats', 2028, '11,70\tx\t11,90');
  await expect(page.getByRole('alert')).toContainText('Inget klistrades in');
  await expect(shown(page, 'skattesats', 2028)).toHaveText('11,34');
  await page.keyboard.press('Control+z');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,34');
  await expect(shown(page, 'skattesats', 2027)).toHaveText('11,34');
});

test('keyboard: arrows, Enter and Tab move, F2 edits in place, Esc cancels', async ({ page }) => {
  await openTab(page, 'Antaganden');
  await cell(page, 'skattesats', 2025).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 'befolkning', 2026)).toBeFocused();
  await page.keyboard.press('F2');
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  await page.keyboard.press('Escape');
  await expect(shown(page, 'befolkning', 2026)).toHaveText(sv('248 276'));
  await page.keyboard.press('F2');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  await expect(shown(page, 'befolkning', 2026)).toHaveText(sv('248 270'));
  await expect(cell(page, 'skatteunderlagstillvaxt', 2026)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cell(page, 'skatteunderlagstillvaxt', 2027)).toBeFocused();
});

test('keyboard focus stays with the selected cell through quick arrow keys', async ({ page }) => {
  // The formula bar follows the selection in a deferred render; an effect of that render once took the
  // focus back to the cell it had seen selected (1 round in 4 lost the focus).
  await openTab(page, 'Antaganden');
  const selected = page.locator('td[aria-selected="true"]');
  for (let round = 0; round < 6; round++) {
    await cell(page, 'skattesats', 2025).click();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
      await page.keyboard.press(key);
    }
    await expect(selected).toHaveAttribute('data-cell', 'befolkning|2028');
    await expect(selected).toBeFocused();
  }
});

test('the formula bar shows the formula in words and follows a reference', async ({ page }) => {
  await cell(page, 'skatteintakter', 2025).click();
  const bar = page.getByRole('region', { name: 'Formel' });
  await expect(bar).toContainText('Skatteintäkter 2025');
  await expect(bar).toContainText('Skatteunderlag 2025 × Skattesats 2025 / 100');
  await bar.getByRole('button', { name: 'Skattesats 2025' }).click();
  await expect(page.getByRole('tab', { name: 'Antaganden', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(cell(page, 'skattesats', 2025)).toBeFocused();
  await expect(bar).toContainText('Utdebitering');
});

test('a frame change shows in the statements and the goals, and can be switched off and removed', async ({
  page,
}) => {
  await openTab(page, 'Ramförändringar');
  await page.getByRole('button', { name: 'Lägg till ramförändring' }).click();
  const name = page.getByRole('textbox', { name: /^Namn/ });
  await name.fill('Kollektivtrafik');
  await name.press('Tab');
  for (const year of [2025, 2026, 2027]) {
    const amount = page.getByRole('textbox', { name: `Belopp ${year}, Kollektivtrafik` });
    await amount.fill('50');
    await amount.press('Enter');
  }
  await expect(page.locator('.frame-table tfoot')).toContainText(sv('-50,0'));
  await expect(goal(page, 'balanskrav', 2027)).toContainText(sv('-22 mnkr'));

  await page.getByRole('checkbox', { name: 'Påslagen, Kollektivtrafik' }).uncheck();
  await expect(goal(page, 'balanskrav', 2027)).toContainText('28 mnkr');
  await page.getByRole('checkbox', { name: 'Påslagen, Kollektivtrafik' }).check();
  await openTab(page, 'Resultatbudget');
  await expect(shown(page, 'verksamhetens_kostnader', 2025)).toHaveText(sv('-11 625'));
  await openTab(page, 'Ramförändringar');
  await page.getByRole('button', { name: 'Ta bort Kollektivtrafik' }).click();
  await expect(page.getByText('Scenariot har inga ramförändringar än.')).toBeVisible();
  await expect(goal(page, 'balanskrav', 2027)).toContainText('28 mnkr');
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`screenshot at ${width}×${height} after a change`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openTab(page, 'Antaganden');
    await typeInto(page, 'skattesats', 2025, '11,44');
    await typeInto(page, 'befolkning', 2026, '245 000');
    await openTab(page, 'Resultatbudget');
    await cell(page, 'balanskravsresultat', 2026).click();
    await page.screenshot({ path: `test-results/screenshots/modeller-${width}x${height}.png` });
    await expect(goal(page, 'balanskrav', 2025)).toHaveAccessibleName(/^Uppfyllt/);
  });
}
