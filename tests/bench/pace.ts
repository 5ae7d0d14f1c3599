import type { Page } from '@playwright/test';

/**
 * The machine's pace during a run: a fixed piece of JavaScript (fill and sort 200 000 numbers) timed in the
 * page, median of 7. It measures no app code; it tells a quiet run from a busy one on a shared machine, so the
 * figures of two runs can be compared (or not).
 */
export const measurePace = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const times: number[] = [];
    let checksum = 0;
    for (let round = 0; round < 7; round += 1) {
      const start = performance.now();
      const numbers = new Float64Array(200_000);
      for (let i = 0; i < numbers.length; i += 1) numbers[i] = Math.sin(i + round) * 1000;
      numbers.sort();
      checksum += numbers[100_000] ?? 0;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    // The checksum is read so that the work cannot be optimised away.
    return Number.isNaN(checksum) ? Number.NaN : (times[3] ?? Number.NaN);
  });
