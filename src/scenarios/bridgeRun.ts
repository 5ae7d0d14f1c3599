import { planBridgesRun, type BridgeScenario, type PlanBridges } from '../engine/bridges';
import type { Plan } from '../model/planSchema';
import { aborted, askWorker } from './analysisWorker';

export type BridgeQuestion = {
  readonly from: Plan;
  readonly to: Plan;
  readonly scenarios: readonly BridgeScenario[];
};

const SLICE_MS = 30;

/** The bridge in the analysis worker; aborting ends the worker mid-run. Rejects with its Swedish message. */
const bridgeInWorker = (
  question: BridgeQuestion,
  signal: AbortSignal | undefined,
  onProgress: (share: number) => void,
): Promise<PlanBridges> =>
  askWorker(
    { id: 1, kind: 'bridge', ...question },
    (response) => (response.kind === 'bridge' ? response.bridges : undefined),
    { signal, onProgress, crashed: 'Bryggan avbröts av ett fel i webbläsaren.' },
  );

/** The same run on this thread, in slices of ~30 ms so typing and painting go on. */
const bridgeHere = async (
  question: BridgeQuestion,
  signal: AbortSignal | undefined,
  onProgress: (share: number) => void,
): Promise<PlanBridges> => {
  const run = planBridgesRun(question.from, question.to, question.scenarios, 16);
  let sliceStart = performance.now();
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress(step.value);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
    if (signal?.aborted) throw aborted();
  }
};

/**
 * The bridge of `question` off the main thread (the analysis worker), as the attribution runs; where no
 * worker exists, or it could not run it, on this thread in slices. Rejects with an AbortError when aborted.
 *
 * @example
 *   const bridges = await computeBridges({ from, to, scenarios }, controller.signal, setShare);
 */
export const computeBridges = async (
  question: BridgeQuestion,
  signal?: AbortSignal,
  onProgress: (share: number) => void = () => undefined,
): Promise<PlanBridges> => {
  if (signal?.aborted) throw aborted();
  if (typeof Worker === 'undefined') return bridgeHere(question, signal, onProgress);
  try {
    return await bridgeInWorker(question, signal, onProgress);
  } catch (error) {
    // A worker that could not run it (a plan whose formulas only HyperFormula computes) is not the end.
    if (signal?.aborted) throw error;
    return bridgeHere(question, signal, onProgress);
  }
};
