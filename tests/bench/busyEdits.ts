import type { Browser } from '@playwright/test';
import { editSequence, runEdits } from './editLatency';
import { statsOf, type Stats } from './report';

/** Edits typed while the analysis worker runs 50 000 draws (issue 15: typing never waits for an analysis). */
export type BusyEdits = {
  /** Enter → the frame after the dependent cells changed (the hook's rAF), per edit. */
  readonly enterToFrame: Stats;
  /** How many of the edits were made while the run was still going (all of them, or the run was too short). */
  readonly duringRun: number;
};

const TAB = (name: string) => ({ name, exact: true });

/**
 * Starts a simulation of 50 000 draws on "Hur säkert?", goes back to Antaganden and types `count` driver
 * edits while it runs (the run outlives the view), timing each with the same hook as the main edits.
 */
export const measureBusyEdits = async (
  browser: Browser,
  url: string,
  hookScript: string,
  count: number,
): Promise<BusyEdits> => {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 720 } });
  try {
    await context.addInitScript({ content: hookScript });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('tab', TAB('Hur säkert?')).click();
    await page.getByText('50 000', { exact: true }).click();
    await page.getByRole('button', TAB('Räkna')).click();
    const progress = page.getByTestId('sim-progress');
    await progress.waitFor();
    await page.getByRole('tab', TAB('Antaganden')).click();
    await page.locator('td.editable').first().waitFor();
    const { samples } = await runEdits(page, editSequence(count));
    const stillRunning = (await progress.count()) > 0;
    const duringRun = stillRunning ? samples.length : Number.NaN;
    return { enterToFrame: statsOf(samples.map((s) => s.raf - s.t0)), duringRun };
  } finally {
    await context.close();
  }
};
