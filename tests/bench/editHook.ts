/**
 * Injected into the page before the app loads (page.addInitScript). It times one committed edit:
 *
 * - `t0`: the committing Enter keydown's own timestamp (when the browser received the key);
 * - `handlerStart` / `handlerEnd`: a window capture listener (runs first) and bubble listener (runs after
 *   React's root listener), so the span holds the engine and React's synchronous render;
 * - `mutation`: the first DOM change in a dependent cell (another grid cell, or a goal cell), seen by a
 *   MutationObserver (a microtask right after React's commit);
 * - `raf`: the next animation frame (style, layout and paint follow it);
 * - `paint`: a message posted from that frame's callback, which runs after the frame is painted.
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

export type BenchWindow = {
  __benchHook: {
    armed: string | null;
    pending:
      | ({
          -readonly [K in keyof EditTiming]?: EditTiming[K];
        } & Pick<EditTiming, 'cell' | 't0' | 'handlerStart'>)
      | null;
    done: EditTiming[];
  };
  __budgetverkstadBench?: { getState: () => { engineMs: number } };
};

export const installEditHook = (): void => {
  const hook: BenchWindow['__benchHook'] = { armed: null, pending: null, done: [] };
  (window as unknown as BenchWindow).__benchHook = hook;

  window.addEventListener(
    'keydown',
    (event) => {
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
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        pending.paint = performance.now();
        performance.mark('bench-painted');
        pending.handlerEnd ??= mutation;
        hook.done.push(pending as EditTiming);
        hook.pending = null;
        channel.port1.close();
      };
      channel.port2.postMessage(0);
    });
  });
  const start = () =>
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
};
