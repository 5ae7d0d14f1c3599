import type { Page } from '@playwright/test';
import type { BenchWindow, EditTiming, KeyPresentation } from './editHook';

/** One edit: a driver cell and the Swedish text typed into it. */
export type Edit = { readonly rowId: string; readonly year: number; readonly text: string };

/**
 * The drivers a user changes most, with a base and a step in the input's unit: skattesats in öre,
 * befolkning in hundreds, LPIK in tenths of a percentage point, investeringar in tens of mnkr.
 */
const DRIVERS = [
  { rowId: 'skattesats', years: [2025, 2026, 2027, 2028, 2029, 2030], base: 11.34, step: 0.01, decimals: 2 },
  { rowId: 'befolkning', years: [2025, 2026, 2027, 2028, 2029, 2030], base: 248_000, step: 100, decimals: 0 },
  { rowId: 'prisindex', years: [2025, 2026, 2027, 2028, 2029, 2030], base: 1, step: 0.1, decimals: 1 },
  { rowId: 'investeringar_materiella', years: [2025, 2026, 2027], base: 867, step: 10, decimals: 0 },
] as const;

const swedish = (value: number, decimals: number) => value.toFixed(decimals).replace('.', ',');

/**
 * `count` realistic edits: the drivers in turn, across the years, each visit to a cell a different value
 * from the last (7n mod 11 never repeats for consecutive n), so every edit changes the results.
 */
export const editSequence = (count: number): Edit[] => {
  const visits = new Map<string, number>();
  return Array.from({ length: count }, (_, i) => {
    const driver = DRIVERS[i % DRIVERS.length] ?? DRIVERS[0];
    const year = driver.years[Math.floor(i / DRIVERS.length) % driver.years.length] ?? 2025;
    const key = `${driver.rowId}|${year}`;
    const n = visits.get(key) ?? 0;
    visits.set(key, n + 1);
    const k = ((n * 7) % 11) - 5;
    return { rowId: driver.rowId, year, text: swedish(driver.base + driver.step * k, driver.decimals) };
  });
};

export type EditSample = EditTiming & {
  readonly engineMs: number | undefined;
  /** Event Timing: Enter → the next frame on screen; `undefined` when under the API's threshold. */
  readonly presented: number | undefined;
};

/** Event Timing of the keys typed before each Enter: how many were typed, and the durations reported. */
export type TypedKeys = { readonly keys: number; readonly reported: readonly number[] };

/**
 * Types each edit into the Antaganden grid (click the cell, type, Enter) and returns the hook's timings.
 * An edit whose dependent cells never change within `timeoutMs` is reported as missing, not timed.
 */
export const runEdits = async (
  page: Page,
  edits: readonly Edit[],
  {
    pauseMs = 30,
    timeoutMs = 3000,
    around,
  }: {
    pauseMs?: number;
    timeoutMs?: number;
    /** Called just before the committing Enter and after its paint (the CPU profile). */
    around?: { before: () => Promise<void>; after: () => Promise<void> };
  } = {},
): Promise<{ samples: EditSample[]; missing: Edit[]; typed: TypedKeys }> => {
  const samples: Omit<EditSample, 'presented'>[] = [];
  const missing: Edit[] = [];
  for (const edit of edits) {
    const cell = `${edit.rowId}|${edit.year}`;
    await page.locator(`td[data-cell="${cell}"]`).click();
    await page.keyboard.type(edit.text);
    const before = await page.evaluate((c) => {
      const hook = (window as unknown as BenchWindow).__benchHook;
      hook.armed = c;
      return hook.done.length;
    }, cell);
    await around?.before();
    await page.keyboard.press('Enter');
    const ok = await page
      .waitForFunction((n) => (window as unknown as BenchWindow).__benchHook.done.length > n, before, {
        timeout: timeoutMs,
      })
      .then(() => true)
      .catch(() => false);
    await around?.after();
    if (!ok) {
      missing.push(edit);
      await page.evaluate(() => {
        const hook = (window as unknown as BenchWindow).__benchHook;
        hook.pending = null;
        hook.armed = null;
      });
      await page.keyboard.press('Escape');
      continue;
    }
    const { timing, engineMs } = await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      return { timing: w.__benchHook.done.at(-1), engineMs: w.__budgetverkstadBench?.getState().engineMs };
    });
    if (timing) samples.push({ ...timing, engineMs });
    await page.waitForTimeout(pauseMs);
  }
  await page.waitForTimeout(500); // Event Timing entries arrive after their frame is presented
  const presented = await page.evaluate(() => (window as unknown as BenchWindow).__benchHook.presented);
  const near = (entry: KeyPresentation, t: number) => Math.abs(entry.start - t) < 0.5;
  const isEnter = (entry: KeyPresentation) => samples.some((sample) => near(entry, sample.t0));
  return {
    samples: samples.map((sample) => ({
      ...sample,
      presented: presented.find((entry) => near(entry, sample.t0))?.duration,
    })),
    missing,
    typed: {
      keys: edits.reduce((n, edit) => n + edit.text.length, 0),
      reported: presented.filter((entry) => !isEnter(entry)).map((entry) => entry.duration),
    },
  };
};

/**
 * Moves the selection around the Antaganden grid with the arrow keys, `count` times (down, right, up, left
 * in turn, so it stays among the drivers), each keydown marked for the trace: what moving a cell costs.
 */
export const runMoves = async (page: Page, count: number, pauseMs = 30): Promise<void> => {
  await page.locator('td[data-cell="skattesats|2026"]').click();
  await page.evaluate(() => {
    (window as unknown as BenchWindow).__benchHook.moves = true;
  });
  const keys = ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'];
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press(keys[i % keys.length] ?? 'ArrowDown');
    await page.waitForTimeout(pauseMs);
  }
  await page.evaluate(() => {
    (window as unknown as BenchWindow).__benchHook.moves = false;
  });
};
