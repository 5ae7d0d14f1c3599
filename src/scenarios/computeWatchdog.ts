import type { ScenarioDocument } from '../model/scenarioDocument';
import type { ComputeMarks, ComputeSuspect } from '../persistence/computeMarks';

/**
 * How long computing the scenario to open may take before the next start opens the plan instead. What is
 * timed is the scenario's own part: its changes on an engine that already holds the plan (measured in Node:
 * 0.2–1.4 ms without changes, 16–86 ms for the V proposal's eight frame changes, while building the plan's
 * engine before it takes 120–520 ms, and on a busy runner several seconds, for every scenario alike). So a
 * sound scenario never comes near 2 s, while a start that hangs longer already looks broken. Exceeding it
 * once is enough: the next start must not freeze.
 */
export const COMPUTE_BUDGET_MS = 2000;

export type ComputeWatchdog = {
  /** Whether a scenario is not to be computed at start, and why (the page stopped in it, or it was slow). */
  readonly suspectOf: (id: string) => ComputeSuspect | undefined;
  /**
   * Runs `compute` (which computes `document`) with a durable mark around it: a synchronous computation
   * cannot be interrupted, but the next start finds a mark left by a page that froze or crashed in it. A
   * computation over the budget makes the scenario a suspect; one within it clears the scenario.
   */
  readonly watch: <T>(document: Pick<ScenarioDocument, 'id' | 'name'>, compute: () => T) => T;
  /** The scenario is gone (deleted) or the user has dealt with it: no longer a suspect. */
  readonly forgive: (id: string) => void;
};

/**
 * Starts the watchdog of one page: first turns the marks other pages left behind into suspects. A mark
 * younger than the budget may belong to a tab that is computing right now, and is left alone.
 *
 * @example
 *   const watchdog = startComputeWatchdog(computeMarks(browserStorage()));
 *   if (watchdog.suspectOf(lastOpenId)) openThePlanInstead();
 *   const store = createScenarioStore(plan, document, {
 *     computeFirst: (compute) => watchdog.watch(document, compute),
 *   });
 */
export const startComputeWatchdog = (
  marks: ComputeMarks,
  now: () => number = () => Date.now(),
  page: string = crypto.randomUUID(),
): ComputeWatchdog => {
  const update = (change: (suspects: readonly ComputeSuspect[]) => readonly ComputeSuspect[]) =>
    marks.setSuspects(change(marks.suspects()));
  const without = (id: string) => (suspects: readonly ComputeSuspect[]) =>
    suspects.filter((s) => s.id !== id);
  for (const mark of marks.marks()) {
    if (now() - mark.startedAt <= COMPUTE_BUDGET_MS) continue;
    update((suspects) => [...without(mark.id)(suspects), { id: mark.id, name: mark.name, reason: 'stuck' }]);
    marks.unmark(mark.page);
  }
  return {
    suspectOf: (id) => marks.suspects().find((s) => s.id === id),
    watch: (document, compute) => {
      const startedAt = now();
      marks.mark(page, { id: document.id, name: document.name, startedAt });
      try {
        return compute();
      } finally {
        marks.unmark(page);
        const ms = now() - startedAt;
        const { id, name } = document;
        update((suspects) =>
          ms > COMPUTE_BUDGET_MS
            ? [...without(id)(suspects), { id, name, reason: 'slow', ms: Math.round(ms) }]
            : without(id)(suspects),
        );
      }
    },
    forgive: (id) => update(without(id)),
  };
};
