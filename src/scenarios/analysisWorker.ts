import type { AnalysisRequest, AnalysisResponse } from '../engine/analysisProtocol';

/** The analysis worker (simulation, tornado): a module worker of the app's own origin (CSP worker-src 'self'). */
export const createAnalysisWorker = (): Worker =>
  new Worker(new URL('../engine/analysis.worker.ts', import.meta.url), { type: 'module' });

export const aborted = () => new DOMException('Avbruten', 'AbortError');

/**
 * One request to a worker of its own, for a run of thousands of evaluations (attribution, bridge): progress
 * as it goes, the answer `pick` takes from the responses, the worker's Swedish message as a rejection, and
 * aborting ends the worker mid-run (an AbortError). `crashed` says what broke if the browser ends the worker.
 */
export const askWorker = <T>(
  request: AnalysisRequest,
  pick: (response: AnalysisResponse) => T | undefined,
  options: {
    readonly signal: AbortSignal | undefined;
    readonly onProgress: ((share: number) => void) | undefined;
    readonly crashed: string;
  },
): Promise<T> =>
  new Promise((resolve, reject) => {
    const { signal, onProgress } = options;
    const worker = createAnalysisWorker();
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    const stop = () => {
      end();
      reject(aborted());
    };
    signal?.addEventListener('abort', stop);
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const response = event.data;
      const answer = pick(response);
      if (answer !== undefined) {
        end();
        resolve(answer);
      } else if (response.kind === 'progress') onProgress?.(response.done / response.total);
      else if (response.kind === 'error') {
        end();
        reject(new Error(response.message));
      }
    };
    worker.onerror = () => {
      end();
      reject(new Error(options.crashed));
    };
    worker.postMessage(request);
  });
