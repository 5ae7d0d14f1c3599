import { useEffect, useState } from 'react';
import type { AnalysisRequest, AnalysisResponse } from '../engine/analysisProtocol';
import { createAnalysisWorker } from './analysisWorker';

export type WorkerAnswer<T> =
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly answer: T }
  | { readonly status: 'error'; readonly message: string };

/** A request without its id (the hook gives one), for the analysis worker. */
type Question = AnalysisRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * A quick analysis (the tornado, the data table: ~40–130 ms, too long for a keystroke) answered by the
 * analysis worker, asked again whenever `key` changes; an older question still being answered is dropped
 * with its worker. `read` picks the answer out of the worker's response.
 */
export const useWorkerAnswer = <T>(
  question: Question,
  key: unknown,
  read: (response: AnalysisResponse) => T | undefined,
): WorkerAnswer<T> => {
  const [answered, setAnswered] = useState<{ key: unknown; answer: WorkerAnswer<T> } | undefined>(undefined);
  useEffect(() => {
    const worker = createAnalysisWorker();
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const response = event.data;
      const answer = read(response);
      if (answer !== undefined) setAnswered({ key, answer: { status: 'done', answer } });
      else if (response.kind === 'error')
        setAnswered({ key, answer: { status: 'error', message: response.message } });
    };
    worker.onerror = () =>
      setAnswered({
        key,
        answer: { status: 'error', message: 'Beräkningen avbröts av ett fel i webbläsaren.' },
      });
    worker.postMessage({ ...question, id: 1 } as AnalysisRequest);
    return () => worker.terminate();
    // The question is asked again when its key changes, not when a caller builds an equal object anew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return answered && answered.key === key ? answered.answer : { status: 'running' };
};
