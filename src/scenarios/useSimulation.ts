import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalysisRequest, AnalysisResponse } from '../engine/analysisProtocol';
import { NO_CHANGES, type ScenarioChanges } from '../model/scenarioChanges';
import type { ModelRows } from '../model/modelRows';
import { DEFAULT_UNCERTAINTY, type DriverUncertainty } from '../model/uncertainty/parameters';
import type { Probability, ScenarioChances, SimulationSummary } from '../model/uncertainty/summary';
import type { UncertaintyModel } from '../model/uncertainty/draws';
import type { Year } from '../model/years';
import { createAnalysisWorker } from './analysisWorker';
import { useScenario } from './useScenario';

export type SimulationState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly done: number; readonly total: number }
  | {
      readonly status: 'done';
      readonly summary: SimulationSummary;
      /** The scenario's changes the run simulated: when the scenario has changed since, the result is old. */
      readonly changes: ScenarioChanges;
      /** The user's own error model the run drew from; `undefined`: the sources'. */
      readonly model: UncertaintyModel | undefined;
    }
  | { readonly status: 'error'; readonly message: string };

/**
 * The run's two halves by name. The worker simulates `[the plan as decided, the scenario]` in that order, so
 * the summary's `secondBetter` is P(the scenario's balanskravsresultat is higher than the plan's); it is not
 * 1 − P(plan better), since in years the scenario leaves alone the two are equal on every draw.
 */
export type SimulatedPair = {
  readonly scenario: ScenarioChances;
  readonly plan: ScenarioChances;
  readonly scenarioBetter: readonly { readonly year: Year; readonly chance: Probability }[];
  readonly draws: number;
};

export const simulatedPair = (summary: SimulationSummary): SimulatedPair | undefined => {
  const [plan, scenario] = summary.scenarios;
  return scenario && plan
    ? { scenario, plan, scenarioBetter: summary.secondBetter ?? [], draws: summary.draws }
    : undefined;
};

/** The drivers of the default error model that the open plan has (a plan without a portfolio draws none). */
export const simulatedDrivers = (rows: ModelRows): readonly DriverUncertainty[] =>
  DEFAULT_UNCERTAINTY.filter((driver) => rows.byId.get(driver.inputId)?.kind === 'input');

/**
 * The uncertainty simulation of the plan as decided and the open scenario, on the same draws, in a Web Worker:
 * typing never waits for it. `cancel` ends the worker at once (mid-draw); the next run starts a new one.
 * `model` is the user's own error model (`undefined`: the sources').
 */
export const useSimulation = (model?: UncertaintyModel) => {
  const plan = useScenario((state) => state.plan);
  const changes = useScenario((state) => state.document.changes);
  // Tagged with its plan: a result for another plan (the user switched) is no result.
  const [tagged, setTagged] = useState<{ plan: typeof plan; state: SimulationState }>({
    plan,
    state: { status: 'idle' },
  });
  const setState = useCallback((next: SimulationState) => setTagged({ plan, state: next }), [plan]);
  const state: SimulationState = tagged.plan === plan ? tagged.state : { status: 'idle' };
  const worker = useRef<Worker | undefined>(undefined);
  const runId = useRef(0);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
  }, []);

  const run = useCallback(
    (draws: number, seed: number) => {
      stop();
      const id = (runId.current += 1);
      const simulated = changes;
      const next = createAnalysisWorker();
      worker.current = next;
      next.onmessage = (event: MessageEvent<AnalysisResponse>) => {
        const response = event.data;
        if (response.id !== id) return;
        if (response.kind === 'progress')
          setState({ status: 'running', done: response.done, total: response.total });
        else if (response.kind === 'result') {
          setState({ status: 'done', summary: response.summary, changes: simulated, model });
          stop();
        } else if (response.kind === 'error') {
          setState({ status: 'error', message: response.message });
          stop();
        }
      };
      next.onerror = () => {
        setState({ status: 'error', message: 'Simuleringen avbröts av ett fel i webbläsaren. Försök igen.' });
        stop();
      };
      setState({ status: 'running', done: 0, total: draws });
      const request: AnalysisRequest = {
        id,
        kind: 'simulate',
        plan,
        // The plan first, as everywhere: the summary's secondBetter is P(the scenario beats the plan).
        scenarios: [NO_CHANGES, changes],
        draws,
        seed,
        ...(model ? { model } : {}),
      };
      next.postMessage(request);
    },
    [changes, model, plan, setState, stop],
  );

  const cancel = useCallback(() => {
    runId.current += 1;
    stop();
    setState({ status: 'idle' });
  }, [setState, stop]);

  // Leaving the view, or another plan, ends a run.
  useEffect(() => {
    return () => {
      runId.current += 1;
      stop();
    };
  }, [plan, stop]);

  return {
    state,
    run,
    cancel,
    stale: state.status === 'done' && state.changes !== changes,
    assumptionsChanged: state.status === 'done' && state.model !== model,
  };
};
