import type { EditSample, TypedKeys } from './editLatency';
import type { AnalysisTimes } from './analysisTime';
import type { BusyEdits } from './busyEdits';
import type { Chunk } from './jsSize';
import type { ProfileRow } from './profile';
import type { EditFrame, TraceRow } from './trace';

export const TARGETS = {
  editWorkP95Ms: 16,
  initialJsGzipKb: 250,
  simulation10kMs: 2000,
  goalSeekMs: 100,
  attribution12Ms: 1000,
  firstEditThrottledMs: 2500,
  busyEditP95Ms: 50,
} as const;

export type Stats = { readonly n: number; readonly p50: number; readonly p95: number; readonly max: number };

/** Nearest-rank percentiles. */
export const statsOf = (values: readonly number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), max: sorted.at(-1) ?? NaN };
};

/** Event Timing reports durations in 8 ms steps and only from 16 ms up: an unreported key counts as 8 ms. */
export const UNREPORTED_KEY_MS = 8;

/**
 * The timings of the edits. `work` is what the app costs per edit: the main thread's busy time from the key
 * to the painted frame (handler: engine and React; the frame: style, layout, paint), without the wait for the
 * display's next frame; at most 16 ms means the edit fits in one frame. `editToPaint` adds that wait (0–16,7
 * ms however fast the app is) and `presented` the display pipeline after the paint (Event Timing).
 */
export const editStats = (
  frames: readonly EditFrame[],
  samples: readonly EditSample[],
  typed: TypedKeys,
): Pick<BenchResult, 'editToPaint' | 'work' | 'presented' | 'typedPresented'> => ({
  work: statsOf(frames.map((f) => f.busyMs)),
  editToPaint: statsOf(frames.map((f) => f.wallMs)),
  presented: statsOf(samples.map((s) => s.presented ?? UNREPORTED_KEY_MS)),
  typedPresented: statsOf([
    ...typed.reported,
    ...Array.from({ length: Math.max(0, typed.keys - typed.reported.length) }, () => UNREPORTED_KEY_MS),
  ]),
});

export type BenchResult = {
  /** Main-thread busy time per edit, Enter → its frame painted (trace; the target: p95 ≤ 16 ms). */
  readonly work: Stats;
  /** Enter → the frame showing the edit painted, wall clock (trace; with the wait for the display). */
  readonly editToPaint: Stats;
  /** Event Timing: Enter → on screen; and the same for the plain characters typed (the pipeline's floor). */
  readonly presented: Stats;
  readonly typedPresented: Stats;
  /** Main-thread busy time per arrow key, keydown → its frame painted (trace): moving the selection. */
  readonly moveWork: Stats;
  /** The parts of edit-to-paint, each p50/p95/max over the same edits. */
  readonly phases: Readonly<Record<string, Stats>>;
  readonly engineMs: Stats;
  readonly missingEdits: number;
  /** A fixed piece of JavaScript timed in the page before and after the edits: the machine's pace (pace.ts). */
  readonly paceMs: { readonly before: number; readonly after: number };
  readonly load: {
    readonly gridVisible: Stats;
    readonly driverEditable: Stats;
    /** The same at 4× CPU throttling (DevTools' Emulation.setCPUThrottlingRate). */
    readonly driverEditableThrottled: Stats;
  };
  readonly busy: BusyEdits;
  readonly chunks: readonly Chunk[];
  readonly initialGzipKb: number;
  readonly lazyGzipKb: number;
  readonly verdict: {
    readonly editWork: 'PASS' | 'OVER';
    readonly initialJs: 'PASS' | 'OVER';
    readonly simulation: 'PASS' | 'OVER';
    readonly goalSeek: 'PASS' | 'OVER';
    readonly attribution: 'PASS' | 'OVER';
    readonly firstEdit: 'PASS' | 'OVER';
    readonly busyEdit: 'PASS' | 'OVER';
  };
  readonly analyses: AnalysisTimes;
  readonly profile?: readonly ProfileRow[];
  readonly trace?: readonly TraceRow[];
};

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (text: string, width: number) => text.padEnd(width);
const padStart = (text: string, width: number) => text.padStart(width);

const statsLine = (label: string, stats: Stats, note = '') =>
  `${pad(label, 44)}${padStart(ms(stats.p50), 11)}${padStart(ms(stats.p95), 11)}${padStart(ms(stats.max), 11)}${padStart(String(stats.n), 6)}  ${note}`;

/** The human-readable report: one table of timings, one of chunks, and the verdicts. */
export const formatReport = (result: BenchResult): string => {
  const header = `${pad('', 44)}${padStart('p50', 11)}${padStart('p95', 11)}${padStart('max', 11)}${padStart('n', 6)}`;
  const lines = [
    'Budgetverkstad bench (headless Chromium, Norrbottens plan)',
    '',
    header,
    statsLine(
      'Work per edit (main thread, Enter → paint)',
      result.work,
      `${result.verdict.editWork} (p95 ≤ ${TARGETS.editWorkP95Ms} ms: fits in one frame)`,
    ),
    statsLine('Edit → paint (Enter to painted frame)', result.editToPaint, 'wall clock, with the wait'),
    ...Object.entries(result.phases).map(([label, stats]) => statsLine(`  ${label}`, stats)),
    statsLine('Enter → on screen (Event Timing)', result.presented, '8 ms steps'),
    statsLine('Typed character → on screen (floor)', result.typedPresented, 'no app work'),
    statsLine('Engine per edit (store engineMs)', result.engineMs),
    statsLine('Work per arrow key (keydown → paint)', result.moveWork, 'moving the selection'),
    statsLine('Load → first grid cell visible', result.load.gridVisible),
    statsLine('Load → driver cell editable (Antaganden)', result.load.driverEditable),
    statsLine(
      '  the same at 4× CPU throttling',
      result.load.driverEditableThrottled,
      `${result.verdict.firstEdit} (≤ ${TARGETS.firstEditThrottledMs} ms)`,
    ),
    statsLine(
      'Enter → frame while 50 000 draws run',
      result.busy.enterToFrame,
      `${result.verdict.busyEdit} (p95 ≤ ${TARGETS.busyEditP95Ms} ms); ${Number.isNaN(result.busy.duringRun) ? 'the run ended before the last edit' : 'all during the run'}`,
    ),
    `${pad('Machine pace (a fixed JS task in the page)', 44)}  ${ms(result.paceMs.before)} before the edits, ${ms(result.paceMs.after)} after (lower = quieter machine; compare runs at a like pace)`,
    result.missingEdits > 0
      ? `(${result.missingEdits} edits changed no dependent cell and were not timed)`
      : '',
    '',
    `${pad('Simulation, 10 000 draws × 6 years (Node)', 44)}${padStart(ms(result.analyses.simulation10kMs), 11)}  ${result.verdict.simulation} (≤ ${TARGETS.simulation10kMs} ms)`,
    `${pad('  plan and scenario on the same draws', 44)}${padStart(ms(result.analyses.simulationPairMs), 11)}`,
    `${pad('  per draw: batch evaluator / HyperFormula', 44)}${padStart(ms(result.analyses.batchPerDrawMs), 11)}${padStart(ms(result.analyses.hyperFormulaPerDrawMs), 11)}`,
    `${pad('Sensitivity (tornado), one year', 44)}${padStart(ms(result.analyses.sensitivityMs), 11)}`,
    `${pad('Goal seek, skattesats: batch / HyperFormula', 44)}${padStart(ms(result.analyses.goalSeekMs), 11)}${padStart(ms(result.analyses.goalSeekHyperFormulaMs), 11)}  ${result.verdict.goalSeek} (≤ ${TARGETS.goalSeekMs} ms)`,
    `${pad('Attribution, 12 changes: batch / HyperFormula', 44)}${padStart(ms(result.analyses.attribution12Ms), 11)}${padStart(ms(result.analyses.attribution12HyperFormulaMs), 11)}  ${result.verdict.attribution} (≤ ${TARGETS.attribution12Ms} ms)`,
    '',
    `${pad('JS chunk', 44)}${padStart('raw', 11)}${padStart('gzip', 11)}  loaded`,
    ...result.chunks.map(
      (c) =>
        `${pad(c.file, 44)}${padStart(kb(c.bytes), 11)}${padStart(kb(c.gzip), 11)}  ${c.initial ? 'initial' : 'lazy'}`,
    ),
    `${pad('Initial JS (gzip)', 44)}${padStart('', 11)}${padStart(kb(result.initialGzipKb * 1000), 11)}  ${result.verdict.initialJs} (≤ ${TARGETS.initialJsGzipKb} kB)`,
    `${pad('Lazy JS (gzip)', 44)}${padStart('', 11)}${padStart(kb(result.lazyGzipKb * 1000), 11)}`,
  ];
  if (result.profile) {
    const total = result.profile.reduce((sum, row) => sum + row.ms, 0);
    lines.push(
      '',
      'CPU profile from each committing Enter to its paint (self time; owner = nearest src/ui, src/scenarios or src/charts caller)',
    );
    lines.push(`${pad('owner', 34)}${pad('where the time went', 34)}${padStart('ms', 9)}${padStart('%', 7)}`);
    for (const row of result.profile.slice(0, 20))
      lines.push(
        `${pad(row.owner, 34)}${pad(row.leaf, 34)}${padStart(row.ms.toFixed(0), 9)}${padStart(((row.ms / total) * 100).toFixed(1), 7)}`,
      );
  }
  if (result.trace) {
    lines.push('', 'Chromium trace, main thread from each committing Enter to its paint (rows nest)');
    for (const row of result.trace)
      lines.push(
        `${pad(row.name, 52)}${padStart(ms(row.msPerEdit), 11)} per edit${padStart((row.share * 100).toFixed(0), 5)} %`,
      );
  }
  return lines.filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n');
};
