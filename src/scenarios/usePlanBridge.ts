import { useEffect, useState } from 'react';
import type { BridgeScenario, PlanBridges } from '../engine/bridges';
import type { Plan } from '../model/planSchema';
import { computeBridges } from './bridgeRun';

export type PlanBridgeState =
  | { readonly status: 'running'; readonly share: number }
  | { readonly status: 'done'; readonly bridges: PlanBridges }
  | { readonly status: 'error'; readonly message: string };

/** What asks the bridge again: the plans themselves, and the scenarios' content (a host may rebuild the list). */
const keyOf = (scenarios: readonly BridgeScenario[]) =>
  JSON.stringify(scenarios.map((s) => [s.id, s.name, s.changes]));

/**
 * The bridge from `from` to `to` with every scenario, computed off the main thread; asked again when a plan
 * or a scenario changes, and the older run is aborted with its worker.
 *
 * @example
 *   const state = usePlanBridge(decided, forecast, proposals); // { status: 'running', share: 0.4 } …
 */
export const usePlanBridge = (
  from: Plan,
  to: Plan,
  scenarios: readonly BridgeScenario[],
): PlanBridgeState => {
  const key = keyOf(scenarios);
  const [state, setState] = useState<{ ask: unknown[]; state: PlanBridgeState } | undefined>(undefined);
  useEffect(() => {
    const ask = [from, to, key];
    const controller = new AbortController();
    const set = (next: PlanBridgeState) => {
      if (!controller.signal.aborted) setState({ ask, state: next });
    };
    set({ status: 'running', share: 0 });
    computeBridges({ from, to, scenarios }, controller.signal, (share) => set({ status: 'running', share }))
      .then((bridges) => set({ status: 'done', bridges }))
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        set({
          status: 'error',
          message: error instanceof Error ? error.message : 'Bryggan kunde inte räknas.',
        });
      });
    return () => controller.abort();
    // Asked again when the plans or the scenarios' content change, not when the host rebuilds an equal list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [from, to, key]);
  const current = state && state.ask[0] === from && state.ask[1] === to && state.ask[2] === key;
  return current ? state.state : { status: 'running', share: 0 };
};
