import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { cell, openTab, shown, sv } from './grid';

test.use({ viewport: { width: 1280, height: 720 } });

test('projector mode: large drivers move the goals; comparing shows the plan; leaving keeps everything', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  const goals = page.locator('.projector-goals');
  await expect(goals.locator('[data-goal="balanskrav"] td[data-year="2025"]')).toContainText(
    sv('Ej uppfyllt -36'),
  );

  await page.getByRole('button', { name: 'Öka skattesats med 10 öre' }).click();
  await expect(page.locator('#drivare-skattesats ~ .driver-value')).toHaveText('11,44 kr');
  await expect(goals.locator('[data-goal="balanskrav"] td[data-year="2025"]')).toContainText('Uppfyllt 34');
  await page.getByRole('button', { name: 'Minska befolkning med 1 000 invånare' }).click();
  await expect(goals.locator('[data-goal="balanskrav"] td[data-year="2025"]')).toContainText(
    sv('Ej uppfyllt -6'),
  );

  await page.getByRole('button', { name: 'Jämför med planen' }).click();
  await expect(page.getByRole('button', { name: /Jämför med planen/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(goals.locator('[data-goal="balanskrav"] td[data-year="2025"] .plan-value')).toContainText(
    sv('-36'),
  );

  const sizes = await page
    .locator('.projector')
    .evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('h1, h2, p, button, th, td, label')]
        .filter((element) => element.offsetParent !== null && element.textContent?.trim())
        .map((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
    );
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  await page.screenshot({ path: 'test-results/screenshots/projector-1280x720.png' });

  await page.getByRole('button', { name: 'Lämna projektorläget' }).click();
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
  await expect(shown(page, 'befolkning', 2025)).toHaveText(sv('247 103'));
  await page.keyboard.press('Control+z');
  await expect(shown(page, 'befolkning', 2025)).toHaveText(sv('248 103'));
});

test('projector mode is operable by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Projektorläge' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Öka skattesats med 1 öre' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(page.locator('#drivare-skattesats ~ .driver-value')).toHaveText('11,36 kr');
});

test('a step outside the allowed range is refused with a message', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  await page.getByRole('button', { name: 'Välj drivare' }).click();
  await page.getByRole('checkbox', { name: 'Effektiviseringskrav' }).check();
  await page.getByRole('button', { name: /Minska effektiviseringskrav med 10/ }).click();
  await expect(page.getByRole('alert')).toContainText('kan inte bli negativt');
  await page.getByRole('button', { name: /Öka effektiviseringskrav med 50/ }).click();
  await expect(page.locator('.projector-goals [data-goal="balanskrav"] td[data-year="2025"]')).toContainText(
    'Uppfyllt 14',
  );
});

for (const view of [
  'Antaganden',
  'Resultatbudget',
  'Balansbudget',
  'Finansieringsbudget',
  'Nyckeltal',
  'Ramförändringar',
  'Jämför',
  'Vad krävs?',
  'Varför skiljer?',
  'Planens värden',
]) {
  test(`no serious or critical accessibility violation: ${view}`, async ({ page }) => {
    await page.goto('/');
    await openTab(page, view);
    if (view === 'Ramförändringar')
      await page.getByRole('button', { name: 'Lägg till ramförändring' }).click();
    else if (['Jämför', 'Vad krävs?', 'Varför skiljer?'].includes(view))
      await page.getByRole('tabpanel').locator('fieldset, form, select, input').first().waitFor();
    else await page.locator('td[role="gridcell"]').first().click();
    // The header and the goal bar are the same on every view: checked with the first, then the view alone.
    await expectNoSeriousViolations(page, view === 'Antaganden' ? [] : ['[role="tabpanel"]']);
  });
}

test('no serious or critical accessibility violation in projector mode', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  await page.getByRole('button', { name: 'Jämför med planen' }).click();
  await expectNoSeriousViolations(page);
});

test('the print summary lists the changes with their notes, the goals and key rows', async ({ page }) => {
  await page.goto('/');
  await openTab(page, 'Antaganden');
  await cell(page, 'skattesats', 2025).click();
  await page.keyboard.type('11,44');
  await page.keyboard.press('Enter');
  await cell(page, 'skattesats', 2025).click();
  await page.getByRole('textbox', { name: /Varför/ }).fill('Finansierar kollektivtrafiken');
  await page.emulateMedia({ media: 'print' });
  const summary = page.getByRole('article', { name: 'Sammanfattning för utskrift' });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Skattesats: 2025 11,34 → 11,44 – Finansierar kollektivtrafiken');
  await expect(summary).toContainText('Balanskravet');
  await expect(page.locator('.goal-bar')).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/print-summary.png', fullPage: true });
});
