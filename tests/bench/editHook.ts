/**
 * Injected into the page before the app loads (page.addInitScript). It times one committed edit:
 *
 * - `t0`: the committing Enter keydown's own timestamp (when the browser received the key);
 * - `handlerStart` / `handlerEnd`: a window capture listener (runs first) and bubble listener (runs after
 *   React's root listener), so the span holds the engine and React's synchronous render;
 * - `mutation`: the first DOM change in a dependent cell (another grid cell, or a goal cell), seen by a
 *   MutationObserver (a microtask right after React's commit);
 * - `raf`: the next animation frame (style, layout and paint follow it);
 * - `paint`: a user-blocking task posted from that frame's callback, which runs once the frame is painted;
 * - `presented`: the browser's own measure (Event Timing) of the Enter keydown: from the key to the frame
 *   after its handlers on screen, in 8 ms steps; absent when under about 12 ms (the API's 16 ms threshold).
 *
 * With `moves` set, an arrow key's keydown is marked for the trace (moving the selection, no edit).
 *
 * Every other keydown's Event Timing duration (the characters typed before the Enter, which change nothing
 * but the text field) goes to `typed`: the floor that the display pipeline sets for any key.
 *
 * Must be self-contained: Playwright serialises the function's source.
 */
export type EditTiming = {
  readonly cell: string;
  readonly t0: number;
  readonly handlerStart: number;
  readonly handlerEnd: number;
  readonly mutation: number;
  readonly raf: number;
  readonly paint: number;
};

/** A keydown's Event Timing entry: when the key came and how long until the next frame was presented. */
export type KeyPresentation = { readonly start: number; readonly duration: number };

export type BenchWindow = {
  __benchHook: {
    armed: string | null;
    pending:
      | ({
          -readonly [K in keyof EditTiming]?: EditTiming[K];
        } & Pick<EditTiming, 'cell' | 't0' | 'handlerStart'>)
      | null;
    done: EditTiming[];
    /** While true, each arrow key's keydown is marked `bench-move` (a move between cells, no edit). */
    moves: boolean;
    /** Event Timing entries of every keydown since the page loaded. */
    presented: KeyPresentation[];
  };
  __budgetverkstadBench?: { getState: () => { engineMs: number } };
};

export const installEditHook = (): void => {
  const hook: BenchWindow['__benchHook'] = {
    armed: null,
    pending: null,
    done: [],
    moves: false,
    presented: [],
  };
  (window as unknown as BenchWindow).__benchHook = hook;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'keydown') hook.presented.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  window.addEventListener(
    'keydown',
    (event) => {
      if (hook.moves && event.key.startsWith('Arrow')) performance.mark('bench-move');
      if (event.key !== 'Enter' || hook.armed === null) return;
      hook.pending = {
        cell: hook.armed,
        t0: event.timeStamp,
        handlerStart: performance.now(),
      };
      hook.armed = null;
      performance.mark('bench-commit');
    },
    true,
  );
  window.addEventListener('keydown', (event) => {
    const pending = hook.pending;
    if (event.key === 'Enter' && pending && pending.handlerEnd === undefined)
      pending.handlerEnd = performance.now();
  });

  const dependent = (node: Node, edited: string): boolean => {
    const element = node instanceof Element ? node : node.parentElement;
    const cell = element?.closest('td[data-cell], [data-goal] td');
    return !!cell && cell.getAttribute('data-cell') !== edited;
  };

  const observer = new MutationObserver((records) => {
    const pending = hook.pending;
    if (!pending || pending.mutation !== undefined) return;
    if (!records.some((record) => dependent(record.target, pending.cell))) return;
    const mutation = performance.now();
    pending.mutation = mutation;
    requestAnimationFrame(() => {
      pending.raf = performance.now();
      const painted = () => {
        pending.paint = performance.now();
        performance.mark('bench-painted');
        pending.handlerEnd ??= mutation;
        hook.done.push(pending as EditTiming);
        hook.pending = null;
      };
      // A user-blocking task runs as soon as the frame is painted, ahead of the app's own deferred work
      // (React's transition renders are normal-priority tasks), which would otherwise count as the frame's.
      const scheduler = (window as { scheduler?: { postTask?: (f: () => void, o: object) => unknown } })
        .scheduler;
      if (scheduler?.postTask) void scheduler.postTask(painted, { priority: 'user-blocking' });
      else {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          painted();
          channel.port1.close();
        };
        channel.port2.postMessage(0);
      }
    });
  });
  const start = () =>
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
};
