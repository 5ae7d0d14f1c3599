/**
 * Where the main thread's time goes between a committing Enter and its paint, from a Chromium trace: the
 * hook marks each window (`bench-commit` … `bench-painted`, User Timing), and every renderer event that
 * overlaps a window counts with the overlapping part. Events nest (a FunctionCall holds a forced Layout),
 * so the rows are not meant to add up.
 */
export const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

type TraceEvent = {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } };
};

export type TraceRow = { readonly name: string; readonly msPerEdit: number; readonly share: number };

const LABELS: Readonly<Record<string, string>> = {
  EventDispatch: 'Event handlers (keydown …)',
  FunctionCall: 'JavaScript tasks (timers, messages, effects)',
  FireAnimationFrame: 'requestAnimationFrame callbacks',
  TimerFire: 'Timers',
  RunMicrotasks: 'Microtasks',
  UpdateLayoutTree: 'Style recalculation',
  Layout: 'Layout',
  PrePaint: 'Pre-paint',
  Paint: 'Paint',
  Layerize: 'Layerize',
  Commit: 'Commit to compositor',
  MajorGC: 'Garbage collection (major)',
  MinorGC: 'Garbage collection (minor)',
  HitTest: 'Hit testing',
};

const windowsOf = (events: readonly TraceEvent[]) => {
  const marks = events
    .filter((e) => e.name === 'bench-commit' || e.name === 'bench-painted')
    .sort((a, b) => a.ts - b.ts);
  const windows: { start: number; end: number; pid: number }[] = [];
  let open: TraceEvent | undefined;
  for (const mark of marks) {
    if (mark.name === 'bench-commit') open = mark;
    else if (open) {
      windows.push({ start: open.ts, end: mark.ts, pid: open.pid });
      open = undefined;
    }
  }
  return windows;
};

/** Milliseconds per edit of each kind of main-thread work inside the commit windows. */
export const summariseTrace = (json: string): TraceRow[] => {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const windows = windowsOf(events);
  const pid = windows[0]?.pid;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )?.tid;
  if (windows.length === 0 || main === undefined) return [];
  const total = windows.reduce((sum, w) => sum + (w.end - w.start), 0);
  const sums = new Map<string, number>();
  for (const event of events) {
    if (event.ph !== 'X' || event.pid !== pid || event.tid !== main || !(event.name in LABELS)) continue;
    const end = event.ts + (event.dur ?? 0);
    for (const w of windows) {
      const overlap = Math.min(end, w.end) - Math.max(event.ts, w.start);
      if (overlap > 0) sums.set(event.name, (sums.get(event.name) ?? 0) + overlap);
    }
  }
  // The frame that shows the edit: the first main-thread Paint after the committing Enter (the edit is in the
  // DOM when its handler returns, so that paint includes it). Later work in the window does not delay it.
  const paints = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === main && e.name === 'Paint')
    .map((e) => e.ts + (e.dur ?? 0))
    .sort((a, b) => a - b);
  const firstPaint = windows
    .map((w) => (paints.find((end) => end > w.start) ?? Number.NaN) - w.start)
    .filter((us) => Number.isFinite(us))
    .sort((a, b) => a - b);
  const perEdit = total / windows.length;
  const rank = (q: number) =>
    firstPaint[Math.min(firstPaint.length - 1, Math.ceil(q * firstPaint.length) - 1)] ?? 0;
  return [
    { name: 'Whole window (Enter → painted)', msPerEdit: perEdit / 1000, share: 1 },
    { name: 'Enter → first Paint (trace), p50', msPerEdit: rank(0.5) / 1000, share: rank(0.5) / perEdit },
    { name: 'Enter → first Paint (trace), p95', msPerEdit: rank(0.95) / 1000, share: rank(0.95) / perEdit },
    ...[...sums.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({
        name: LABELS[name] ?? name,
        msPerEdit: us / windows.length / 1000,
        share: us / total,
      })),
  ];
};
