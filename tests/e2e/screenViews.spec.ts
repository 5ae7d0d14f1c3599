import { expect, test } from '@playwright/test';
import { goal, openTab, shown, sv } from './grid';
import { openExample, scenarioFile, shareFragment, start, YEARS } from './screenHelpers';

/** Issue 12 §6: Ramförändringar at 1280 px, what is called the plan, a shared link's goals, one printed page. */

test('Ramförändringar fits at 1280 px: every year and every delete button without scrolling sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await start(page);
  await openExample(page, 'Budgetförslag 2023 (V)');
  await openTab(page, 'Ramförändringar');
  const rows = page.locator('.frame-table tbody tr');
  await expect(rows).toHaveCount(8);
  const outside = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        '.frame-table input, .frame-table select, .frame-table button',
      ),
    ];
    const scrollers = [document.scrollingElement, ...document.querySelectorAll('.sheet, .frame-changes')];
    return [
      ...controls
        .map((control) => ({ control, box: control.getBoundingClientRect() }))
        .filter(({ box }) => box.left < 0 || box.right > width)
        .map(
          ({ control, box }) => `${control.getAttribute('aria-label') ?? control.textContent}: ${box.right}`,
        ),
      ...scrollers
        .filter((element) => element && element.scrollWidth > element.clientWidth)
        .map((element) => `${element?.className ?? ''} scrolls sideways`),
    ];
  });
  expect(outside).toEqual([]);
  for (const year of YEARS)
    await expect(page.getByRole('textbox', { name: `Belopp ${year}, Avgiftssänkning` })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Ta bort Avgiftssänkning' })).toBeInViewport();
});

test('the scenario a new user starts with is not called the plan; "Planen" is only the plan', async ({
  page,
}) => {
  await start(page);
  const name = await page.getByRole('heading', { level: 1 }).textContent();
  expect(name).toBe('Mitt scenario');
  await openTab(page, 'Jämför');
  const picker = page.getByRole('group', { name: /Scenarier att jämföra/ });
  await expect(picker.getByRole('checkbox', { name: 'Mitt scenario (öppet nu)' })).toBeChecked();
  for (const label of await picker.getByRole('checkbox').all())
    expect(await label.evaluate((input) => input.closest('label')?.textContent ?? '')).not.toMatch(/^Planen/);
  // In Jämför's goals, the line named Planen is the plan and the user's scenario has its own name.
  const balanskrav = page.locator('.compare-goals [data-compare-goal="balanskrav"]');
  await expect(balanskrav.locator('tr[data-scenario="plan"] th')).toHaveText('Planen');
  await expect(balanskrav.locator('tr[data-scenario="0"] th')).toHaveText('Mitt scenario');

  await page.emulateMedia({ media: 'print' });
  const summary = page.getByRole('article', { name: 'Sammanfattning för utskrift' });
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Mitt scenario');
  await expect(summary).not.toContainText('Planen som beslutad');
});

test('a scenario saved under the old name "Planen som beslutad" still opens, not named as the plan', async ({
  page,
}) => {
  await start(page);
  await openTab(page, 'Antaganden');
  await page.locator('td[data-cell="skattesats|2025"]').click();
  await page.keyboard.type('11,44');
  await page.keyboard.press('Enter');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
  await expect(page.getByText('1 ändring mot planen')).toBeVisible();
  // Give the record the name earlier versions gave the first scenario, as such a version would have saved it.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('budgetverkstad');
            request.onerror = () => reject(new Error('kan inte öppna'));
            request.onsuccess = () => {
              const db = request.result;
              const transaction = db.transaction('scenarios', 'readwrite');
              const store = transaction.objectStore('scenarios');
              let renamed = 0;
              const cursor = store.openCursor();
              cursor.onsuccess = () => {
                const at = cursor.result;
                if (!at) return;
                const record = at.value as { format?: string; data?: { name: string; changes: object } };
                const inputs = (record.data?.changes as { inputs?: { skattesats?: object } } | undefined)
                  ?.inputs;
                if (record.format === 'budgetverkstad.scenario' && record.data && inputs?.skattesats) {
                  at.update({ ...record, data: { ...record.data, name: 'Planen som beslutad' } });
                  renamed += 1;
                }
                at.continue();
              };
              transaction.oncomplete = () => {
                db.close();
                resolve(renamed);
              };
            };
          }),
      ),
    )
    .toBe(1);
  await start(page);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Planen som beslutad');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mitt scenario');
  await openTab(page, 'Antaganden');
  await expect(shown(page, 'skattesats', 2025)).toHaveText('11,44');
});

test("a shared link's preview shows that scenario's goals in the goal bar, not the viewer's own", async ({
  page,
}) => {
  await start(page);
  // The viewer's own scenario is the plan: balanskravsresultat 2025 −36 mnkr.
  await expect(goal(page, 'balanskrav', 2025)).toContainText(sv('-36 mnkr'));
  // The link raises the skattesats by 1 kr in 2025: 11,34 → 12,34 on a skatteunderlag of 69 894 mnkr
  // (7 926 mnkr / 11,34 × 100) is +699 mnkr, so balanskravsresultat 2025 becomes −36 + 699 = 663 mnkr.
  const link = scenarioFile('Skatt plus en krona', { inputs: { skattesats: { '2025': 12.34 } } });
  await page.goto(`/${shareFragment(link)}`);
  const banner = page.getByRole('region', { name: /Delat scenario/ });
  await expect(banner).toBeVisible();
  const bar = page.locator('.goal-bar');
  await expect(bar.locator('[data-goal="balanskrav"] td[data-year="2025"]')).toContainText(sv('663 mnkr'));
  await expect(bar).toHaveAccessibleName(/det delade scenariot ”Skatt plus en krona”/);
  await expect(bar).toContainText('Skatt plus en krona');
  await expect(shown(page, 'skatteintakter', 2025)).toHaveText(sv('7 926'));

  await banner.getByRole('button', { name: 'Stäng utan att spara' }).click();
  await expect(banner).toBeHidden();
  await expect(goal(page, 'balanskrav', 2025)).toContainText(sv('-36 mnkr'));
  await expect(page.getByRole('region', { name: 'Balanskravet och de finansiella målen' })).toBeVisible();
});

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test("print gives one A4 page for the V proposal's eight frame changes", async ({ page }) => {
  await start(page);
  await openExample(page, 'Budgetförslag 2023 (V)');
  await page.emulateMedia({ media: 'print' });
  const summary = page.getByRole('article', { name: 'Sammanfattning för utskrift' });
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText('Budgetförslag 2023 (V)');
  await expect(summary).toContainText('Kollektivtrafiken utökas');
  await expect(summary.locator('.print-chart svg')).toBeAttached();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pageCount(pdf)).toBe(1);
});
