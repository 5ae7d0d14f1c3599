/**
 * `npm run bench` (issue 3 §7): builds the app, serves it with `vite preview` on a free port and measures in
 * headless Chromium: over ≥ 200 driver edits, the main thread's work per edit and the wall clock from the key
 * to the painted frame (both from a Chromium trace), the key to the screen (Event Timing), the engine's own
 * time per edit; load to an interactive grid; the JS shipped (gzip per chunk). A benchmark, not a test: it
 * prints, it does not fail on a slow machine.
 *
 *   npm run bench                       # table with PASS/OVER against the targets
 *   npm run bench -- --json             # the same as JSON
 *   npm run bench -- --edits 400 --loads 10 --moves 200 --throttled-loads 5 --busy-edits 80
 *   npm run bench -- --close-charts     # the same with the chart panel beside the grid folded away
 *   npm run bench -- --profile          # where the time goes: CPU profile by source file (source maps)
 *                                       # and the trace by kind (style, layout, paint); timings then inflate
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build, preview } from 'vite';
import { measureAnalyses } from './analysisTime';
import { measureBusyEdits } from './busyEdits';
import { installEditHook } from './editHook';
import { editSequence, runEdits, runMoves, type EditSample } from './editLatency';
import { jsChunks } from './jsSize';
import { measureLoad } from './loadTime';
import { measurePace } from './pace';
import { commitProfiler } from './profile';
import { editStats, formatReport, statsOf, TARGETS, type BenchResult } from './report';
import { keyFramesOf, summariseTrace, TRACE_CATEGORIES } from './trace';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const EDITS = option('edits', 200);
const LOADS = option('loads', 5);
const MOVES = option('moves', 100);
const THROTTLED_LOADS = option('throttled-loads', 3);
const BUSY_EDITS = option('busy-edits', 40);
const PROFILE = flag('profile');
/** Diagnosis: fold the chart panel beside the grid away before the edits, to see what the charts cost. */
const CLOSE_CHARTS = flag('close-charts');
const log = (message: string) => {
  if (!flag('json')) process.stderr.write(`${message}\n`);
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });

const launch = (): Promise<Browser> => {
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
};

/** esbuild (tsx) may wrap functions in `__name(...)`; the page has no such helper, so give it one. */
const hookScript = `var __name = (f) => f;\n(${installEditHook.toString()})();`;

const phasesOf = (samples: readonly EditSample[]) => ({
  'input delay (key → handler)': statsOf(samples.map((s) => s.handlerStart - s.t0)),
  'key handler (engine + React render)': statsOf(samples.map((s) => s.handlerEnd - s.handlerStart)),
  'DOM → frame (rAF): waiting for the display': statsOf(samples.map((s) => s.raf - s.mutation)),
});

const measure = async (browser: Browser, url: string, dist: string): Promise<BenchResult> => {
  log(`Load: ${LOADS} fresh loads …`);
  const loads = [];
  for (let i = 0; i < LOADS; i += 1) loads.push(await measureLoad(browser, url));

  log(`Load at 4× CPU throttling: ${THROTTLED_LOADS} fresh loads …`);
  const throttled = [];
  for (let i = 0; i < THROTTLED_LOADS; i += 1)
    throttled.push(await measureLoad(browser, url, { cpuThrottle: 4 }));

  log(`Edits: ${EDITS} driver edits on Antaganden …`);
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 720 } });
  await context.addInitScript({ content: hookScript });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('tab', { name: 'Antaganden', exact: true }).click();
  await page.locator('td.editable').first().waitFor();
  if (CLOSE_CHARTS) {
    const open = page.locator('details.sheet-charts[open] > summary');
    if ((await open.count()) > 0) await open.first().click();
  }
  const paceBefore = await measurePace(page);
  const profiler = PROFILE ? await commitProfiler(await context.newCDPSession(page), dist) : undefined;
  // Always traced: the trace tells when the frame showing each edit was painted, which no page script can.
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const { samples, missing, typed } = await runEdits(
    page,
    editSequence(EDITS),
    profiler ? { around: profiler } : {},
  );
  const profile = profiler?.rows();
  log(`Moves: ${MOVES} arrow keys on Antaganden …`);
  await runMoves(page, MOVES);
  const traced = (await browser.stopTracing()).toString('utf8');
  const paceAfter = await measurePace(page);
  const frames = keyFramesOf(traced);
  const moves = keyFramesOf(traced, 'bench-move');
  const trace = PROFILE ? summariseTrace(traced) : undefined;
  await context.close();

  log(`Edits while 50 000 draws run: ${BUSY_EDITS} driver edits …`);
  const busy = await measureBusyEdits(browser, url, hookScript, BUSY_EDITS);

  log('Analyses: 10 000 simulated draws, HyperFormula per draw, the tornado …');
  const analyses = measureAnalyses();
  const chunks = jsChunks(dist);
  const sum = (initial: boolean) =>
    chunks.filter((c) => c.initial === initial).reduce((n, c) => n + c.gzip, 0) / 1000;
  const edits = editStats(frames, samples, typed);
  return {
    ...edits,
    moveWork: statsOf(moves.map((f) => f.busyMs)),
    phases: phasesOf(samples),
    engineMs: statsOf(samples.flatMap((s) => (s.engineMs === undefined ? [] : [s.engineMs]))),
    missingEdits: missing.length,
    paceMs: { before: paceBefore, after: paceAfter },
    load: {
      gridVisible: statsOf(loads.map((l) => l.gridVisible)),
      driverEditable: statsOf(loads.map((l) => l.driverEditable)),
      driverEditableThrottled: statsOf(throttled.map((l) => l.driverEditable)),
    },
    busy,
    chunks,
    initialGzipKb: sum(true),
    lazyGzipKb: sum(false),
    verdict: {
      editWork: edits.work.p95 <= TARGETS.editWorkP95Ms ? 'PASS' : 'OVER',
      initialJs: sum(true) <= TARGETS.initialJsGzipKb ? 'PASS' : 'OVER',
      simulation: analyses.simulation10kMs <= TARGETS.simulation10kMs ? 'PASS' : 'OVER',
      goalSeek: analyses.goalSeekMs <= TARGETS.goalSeekMs ? 'PASS' : 'OVER',
      attribution: analyses.attribution12Ms <= TARGETS.attribution12Ms ? 'PASS' : 'OVER',
      firstEdit:
        statsOf(throttled.map((l) => l.driverEditable)).p50 <= TARGETS.firstEditThrottledMs ? 'PASS' : 'OVER',
      busyEdit: busy.enterToFrame.p95 <= TARGETS.busyEditP95Ms ? 'PASS' : 'OVER',
    },
    analyses,
    ...(profile ? { profile } : {}),
    ...(trace ? { trace } : {}),
  };
};

const main = async () => {
  const dist = mkdtempSync(join(tmpdir(), 'budgetverkstad-bench-'));
  log(`Building to ${dist} …`);
  // Source maps only for --profile, which maps the CPU profile to source files; the shipped build has none.
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true, sourcemap: PROFILE } });
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { port, strictPort: true },
  });
  const browser = await launch();
  try {
    const result = await measure(browser, `http://localhost:${port}/?bench`, dist);
    process.stdout.write(`${flag('json') ? JSON.stringify(result, null, 2) : formatReport(result)}\n`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
};

await main();
