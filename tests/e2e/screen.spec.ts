import { expect, test, type Page } from '@playwright/test';
import { goal, openTab, sv } from './grid';
import { importText, scenarioFile, SIZES, start, YEARS } from './screenHelpers';

/** Issue 12 §6: the goals stay in sight and whole, on the desk and on the projector. */
const STATEMENT_TABS = [
  'Antaganden',
  'Resultatbudget',
  'Balansbudget',
  'Finansieringsbudget',
  'Nyckeltal',
  'Planens värden',
];
const OTHER_TABS = [
  'Ramförändringar',
  'Jämför',
  'Vad krävs?',
  'Varför skiljer?',
  'Balanskrav',
  'Hur säkert?',
];

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
    // Every view's tab is whole in the window, without scrolling the tab row (the Balanskrav tab once
    // pushed "Planens värden" past a projector's right edge).
    const tabsOutside = await page
      .getByRole('tab')
      .evaluateAll((tabs) =>
        tabs
          .filter((tab) => tab.getBoundingClientRect().right > window.innerWidth)
          .map((tab) => tab.textContent),
      );
    expect(tabsOutside).toEqual([]);
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
      for (const chart of ['Resultat', 'Resultatmål', 'Soliditet', 'Självfinansiering']) {
        await page
          .locator('.projector-chart .chart-choice')
          .getByRole('button', { name: new RegExp(`^(✓ )?${chart}$`) })
          .click();
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
  const margin = goal(page, 'resultat', 2025).getByText(sv('+22 mnkr'));
  await expect(margin).toBeVisible();
  await page.getByRole('button', { name: 'Projektorläge' }).click();
  const cell = page.locator('.projector-goals [data-goal="resultat"] td[data-year="2025"]');
  await expect(cell.getByText(sv('+22'), { exact: true })).toBeVisible();
  await expect(
    page.locator('.projector-goals [data-goal="resultat"] th').getByText('marginal, mnkr'),
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
