import { useEffect, useState } from 'react';
import type { AnalysisRequest, AnalysisResponse } from '../engine/analysisProtocol';
import type { Sensitivity } from '../engine/sensitivity';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { Year } from '../model/years';
import { createAnalysisWorker } from './analysisWorker';
import { useScenario } from './useScenario';

export type SensitivityState =
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly sensitivity: Sensitivity }
  | { readonly status: 'error'; readonly message: string };

/** What the tornado was computed for: a result for another scenario or year is no result. */
type Keyed = { readonly changes: ScenarioChanges; readonly year: Year; readonly state: SensitivityState };

/**
 * The tornado for the open scenario and a year, computed in the analysis worker (~40–130 ms: too long for a
 * keystroke) again whenever the scenario or the year changes; an older run still going is ended.
 */
export const useSensitivity = (year: Year): SensitivityState => {
  const plan = useScenario((state) => state.plan);
  const changes = useScenario((state) => state.document.changes);
  const [keyed, setKeyed] = useState<Keyed | undefined>(undefined);
  useEffect(() => {
    const worker = createAnalysisWorker();
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const response = event.data;
      if (response.kind === 'sensitivity')
        setKeyed({ changes, year, state: { status: 'done', sensitivity: response.sensitivity } });
      else if (response.kind === 'error')
        setKeyed({ changes, year, state: { status: 'error', message: response.message } });
    };
    worker.onerror = () =>
      setKeyed({
        changes,
        year,
        state: { status: 'error', message: 'Känslighetsanalysen avbröts av ett fel i webbläsaren.' },
      });
    const request: AnalysisRequest = { id: 1, kind: 'sensitivity', plan, changes, year };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [plan, changes, year]);
  return keyed && keyed.changes === changes && keyed.year === year ? keyed.state : { status: 'running' };
};
