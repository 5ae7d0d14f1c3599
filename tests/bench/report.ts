import type { Chunk } from './jsSize';
import type { ProfileRow } from './profile';
import type { TraceRow } from './trace';

export const TARGETS = { editToPaintP95Ms: 16, initialJsGzipKb: 350 } as const;

export type Stats = { readonly n: number; readonly p50: number; readonly p95: number; readonly max: number };

/** Nearest-rank percentiles. */
export const statsOf = (values: readonly number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(50), p95: at(95), max: sorted.at(-1) ?? NaN };
};

export type BenchResult = {
  readonly editToPaint: Stats;
  /** The parts of edit-to-paint, each p50/p95/max over the same edits. */
  readonly phases: Readonly<Record<string, Stats>>;
  readonly engineMs: Stats;
  readonly missingEdits: number;
  readonly load: { readonly gridVisible: Stats; readonly driverEditable: Stats };
  readonly chunks: readonly Chunk[];
  readonly initialGzipKb: number;
  readonly lazyGzipKb: number;
  readonly verdict: { readonly editToPaint: 'PASS' | 'OVER'; readonly initialJs: 'PASS' | 'OVER' };
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
      'Edit → paint (Enter to painted dependent cell)',
      result.editToPaint,
      `${result.verdict.editToPaint} (p95 ≤ ${TARGETS.editToPaintP95Ms} ms)`,
    ),
    ...Object.entries(result.phases).map(([label, stats]) => statsLine(`  ${label}`, stats)),
    statsLine('Engine per edit (store engineMs)', result.engineMs),
    statsLine('Load → first grid cell visible', result.load.gridVisible),
    statsLine('Load → driver cell editable (Antaganden)', result.load.driverEditable),
    result.missingEdits > 0
      ? `(${result.missingEdits} edits changed no dependent cell and were not timed)`
      : '',
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
