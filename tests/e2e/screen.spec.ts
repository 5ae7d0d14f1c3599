import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { goal, openTab, shown, sv } from './grid';

/** Issue 12 §6: what the screen promises, it keeps – at a laptop's and a projector's size. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const YEARS = [2025, 2026, 2027, 2028, 2029, 2030] as const;
const STATEMENT_TABS = [
  'Antaganden',
  'Resultatbudget',
  'Balansbudget',
  'Finansieringsbudget',
  'Nyckeltal',
  'Planens värden',
];
const OTHER_TABS = ['Ramförändringar', 'Jämför', 'Vad krävs?', 'Varför skiljer?'];

const start = async (page: Page, path = '/') => {
  await page.goto(path);
  await expect(shown(page, 'skatteintakter', 2025)).not.toHaveText('');
};

/** A scenario file (envelope) with the given changes, as the app saves one. */
const scenarioFile = (name: string, changes: object) => ({
  format: 'budgetverkstad.scenario',
  schemaVersion: 1,
  appVersion: '0.1.0',
  savedAt: '2026-12-01T12:00:00.000Z',
  data: {
    id: `test-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    name,
    plan: { id: 'norrbotten-2025-2027', version: 1 },
    changes: { inputs: {}, frameChanges: [], ...changes },
    notes: {},
    createdAt: '2026-12-01T12:00:00.000Z',
    updatedAt: '2026-12-01T12:00:00.000Z',
  },
});

/** A share link as README describes it: `#s=1.` + base64url(deflate-raw(the envelope as JSON)). */
const shareFragment = (file: object) =>
  `#s=1.${deflateRawSync(Buffer.from(JSON.stringify(file))).toString('base64url')}`;

const importText = async (page: Page, file: object) => {
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await page.getByLabel('Eller klistra in en scenariofils text (JSON)').fill(JSON.stringify(file));
  await page.getByRole('button', { name: 'Importera texten' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
};

const openExample = async (page: Page, name: string) => {
  await page.getByRole('button', { name: 'Scenarier', exact: true }).click();
  await page.getByRole('button', { name: `Öppna ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('dialog', { name: 'Scenarier' })).toBeHidden();
};

/**
 * What lies over the goal bar: a sticky header whose box overlaps it, or anything painted on top of it
 * (sampled with elementFromPoint), and whether the bar itself is inside the window.
 */
const goalBarProblems = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.goal-bar');
    if (!bar) return ['no goal bar'];
    const box = bar.getBoundingClientRect();
    const problems: string[] = [];
    if (box.top < 0 || box.bottom > window.innerHeight || box.height < 20)
      problems.push(`goal bar at ${box.top}–${box.bottom}`);
    for (const element of document.querySelectorAll<HTMLElement>('.sheet *')) {
      if (getComputedStyle(element).position !== 'sticky') continue;
      const r = element.getBoundingClientRect();
      // At the end of its table a sticky header leaves with it, under the bar (the samples below see to that).
      const table = element.closest('table')?.getBoundingClientRect();
      const leaving = table !== undefined && table.bottom < box.bottom + r.height;
      if (!leaving && r.height > 0 && r.top < box.bottom - 0.5 && r.bottom > box.top + 0.5)
        problems.push(`sticky ${element.tagName} at ${r.top}–${r.bottom}, goal bar ${box.top}–${box.bottom}`);
    }
    for (let x = box.left + 6; x < box.right; x += 48)
      for (let y = Math.max(box.top, 0) + 3; y < box.bottom - 1; y += 10) {
        const hit = document.elementFromPoint(x, y);
        if (hit && !bar.contains(hit)) problems.push(`${hit.tagName}.${hit.className} over the goal bar`);
      }
    return [...new Set(problems)].slice(0, 5);
  });

const checkScrolled = async (page: Page, where: string) => {
  for (const y of [150, 400, 1200]) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await expect.poll(() => goalBarProblems(page), { message: `${where}, scrolled to ${y}` }).toEqual([]);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
};

for (const size of SIZES) {
  test(`the goal bar stays in sight and uncovered while the views scroll, ${size.width}×${size.height}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await start(page);
    for (const mode of ['Scenario', 'Plan', 'Skillnad']) {
      await page
        .locator('.mode-switch label')
        .filter({ hasText: new RegExp(`^${mode}$`) })
        .click();
      for (const tab of STATEMENT_TABS) {
        await openTab(page, tab);
        await expect(page.locator('td[role="gridcell"]').first()).toBeVisible();
        await checkScrolled(page, `${tab}, ${mode}`);
      }
    }
    for (const tab of OTHER_TABS) {
      await openTab(page, tab);
      await expect(page.getByRole('tabpanel')).not.toBeEmpty();
      await checkScrolled(page, tab);
    }
  });
}

/** Every text node the projector shows (chart labels included) smaller than 24 px, and how many it checked. */
const projectorText = (page: Page) =>
  page.locator('.projector').evaluate((root) => {
    const small: string[] = [];
    let checked = 0;
    let chartTexts = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim();
      if (!element || !text || element.closest('.visually-hidden')) continue;
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      checked += 1;
      if (element.closest('svg')) chartTexts += 1;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < 24) small.push(`${size} px: ${text}`);
    }
    return { small, checked, chartTexts };
  });

const pageWidth = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });

for (const size of SIZES) {
  test(`projector mode never scrolls sideways and all its text is at least 24 px, ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await start(page);
    await page.getByRole('button', { name: 'Projektorläge' }).click();
    for (const compare of [false, true]) {
      if (compare) await page.getByRole('button', { name: 'Jämför med planen' }).click();
      for (const chart of ['Resultat', 'Soliditet', 'Självfinansiering']) {
        await page.locator('.projector-chart .chart-choice').getByRole('button', { name: chart }).click();
        await expect(page.locator(`.projector-chart .chart-choice [aria-pressed="true"]`)).toContainText(
          chart,
        );
        await expect(page.locator('.projector-chart svg text').first()).toBeVisible();
        const width = await pageWidth(page);
        expect(width.scrollWidth, `${chart}, compare ${compare}`).toBeLessThanOrEqual(width.clientWidth);
        await expect
          .poll(async () => {
            const { small, checked, chartTexts } = await projectorText(page);
            return checked > 60 && chartTexts > 8
              ? small
              : [`only ${checked} texts, ${chartTexts} in the chart`];
          })
          .toEqual([]);
      }
    }
    await page.screenshot({ path: `test-results/screenshots/projector-${size.width}x${size.height}.png` });
  });
}

test('the goal margin in mnkr is visible text in the goal bar and in projector mode', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await start(page);
  // Verksamhetens resultat 2025: 132 mnkr against 1 % of 10 974 mnkr skatt, statsbidrag och utjämning.
  const margin = goal(page, 'verksamhetensResultat', 2025).getByText(sv('+22 mnkr'));
  await expect(margin).toBeVisible();
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  const cell = page.locator('.projector-goals [data-goal="verksamhetensResultat"] td[data-year="2025"]');
  await expect(cell.getByText(sv('+22'), { exact: true })).toBeVisible();
  await expect(
    page.locator('.projector-goals [data-goal="verksamhetensResultat"] th').getByText('marginal, mnkr'),
  ).toBeVisible();
});

/** Text in a goal cell that lies outside the cell's padding box, or a cell whose content is wider than it. */
const clippedFigures = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const style = getComputedStyle(cell);
      const box = cell.getBoundingClientRect();
      const left = box.left + Number.parseFloat(style.borderLeftWidth) - 0.5;
      const right = box.right - Number.parseFloat(style.borderRightWidth) + 0.5;
      const problems: string[] = [];
      if (cell.scrollWidth > cell.clientWidth) problems.push(`${cell.textContent}: wider than its cell`);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        if (text.left < left || text.right > right)
          problems.push(`"${node.textContent}" at ${text.left}–${text.right}, cell ${left}–${right}`);
      }
      return problems;
    }),
  );

test('goal cells never cut their figures, also long negative ones', async ({ page }) => {
  await start(page);
  // 1 300 mnkr more cost every year: balanskravsresultat −36 − 1 300 = −1 336 mnkr in 2025.
  const amounts = Object.fromEntries(YEARS.map((year) => [String(year), 1300]));
  await importText(
    page,
    scenarioFile('Stor kostnad', {
      frameChanges: [
        {
          id: 'stor',
          name: 'Stor kostnad',
          namnd: 'Regionstyrelsen',
          kind: 'kostnad',
          active: true,
          amounts,
        },
      ],
    }),
  );
  await expect(goal(page, 'balanskrav', 2025)).toContainText(sv('-1 336 mnkr'));
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expect
      .poll(() => clippedFigures(page, '.goal-table tbody td'), { message: `${size.width}` })
      .toEqual([]);
  }
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  for (const compare of [false, true]) {
    if (compare) await page.getByRole('button', { name: 'Jämför med planen' }).click();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect(
        page.locator('.projector-goals [data-goal="balanskrav"] td[data-year="2025"]'),
      ).toContainText(sv('-1 336'));
      await expect
        .poll(() => clippedFigures(page, '.projector-goals tbody td'), { message: `projector ${size.width}` })
        .toEqual([]);
    }
  }
});

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
