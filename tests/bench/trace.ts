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

/** One edit's frame, from the trace: Enter's keydown → the end of the first Paint after its handler. */
export type EditFrame = {
  /** Wall clock, with the wait for the display's next frame. */
  readonly wallMs: number;
  /** The main thread's busy time in that span: the handler, the frame's style, layout and paint, and any
   * other task that ran before the paint (the app's work for the edit; the wait is not in it). */
  readonly busyMs: number;
};

const mainThreadOf = (events: readonly TraceEvent[], pid: number | undefined) =>
  events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )?.tid;

/**
 * Per committing Enter (the hook's `bench-commit` mark lies inside its keydown dispatch; or another key's
 * `mark`): how long until the frame showing the edit was painted, and how much of that the main thread was
 * busy. The edit is in the DOM when the handler returns (React renders a key's update synchronously), so that
 * first Paint includes it.
 */
export const keyFramesOf = (json: string, mark = 'bench-commit'): EditFrame[] => {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const commits = events.filter((e) => e.name === mark);
  const pid = commits[0]?.pid;
  const main = mainThreadOf(events, pid);
  const slices = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === main)
    .sort((a, b) => a.ts - b.ts);
  return commits.flatMap((commit) => {
    const key = slices.find(
      (e) => e.name === 'EventDispatch' && e.ts <= commit.ts && commit.ts <= e.ts + (e.dur ?? 0),
    );
    if (!key) return [];
    const handled = key.ts + (key.dur ?? 0);
    const paint = slices.find((e) => e.name === 'Paint' && e.ts >= handled);
    if (!paint) return [];
    const end = paint.ts + (paint.dur ?? 0);
    let busy = 0;
    let covered = key.ts;
    for (const slice of slices.slice(slices.indexOf(key))) {
      const from = Math.max(slice.ts, covered);
      const to = Math.min(slice.ts + (slice.dur ?? 0), end);
      if (slice.ts >= end) break;
      if (to > from) {
        busy += to - from;
        covered = to;
      }
    }
    return [{ wallMs: (end - key.ts) / 1000, busyMs: busy / 1000 }];
  });
};

/** Milliseconds per edit of each kind of main-thread work inside the commit windows. */
export const summariseTrace = (json: string): TraceRow[] => {
  const events = (JSON.parse(json) as { traceEvents: TraceEvent[] }).traceEvents;
  const windows = windowsOf(events);
  const pid = windows[0]?.pid;
  const main = mainThreadOf(events, pid);
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
  const perEdit = total / windows.length;
  return [
    { name: 'Whole window (Enter → painted)', msPerEdit: perEdit / 1000, share: 1 },
    ...[...sums.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({
        name: LABELS[name] ?? name,
        msPerEdit: us / windows.length / 1000,
        share: us / total,
      })),
  ];
};
