import { handleAnalysisRequest, type AnalysisRequest, type AnalysisResponse } from './analysisProtocol';

/** The analysis worker: every request runs off the main thread, so typing never waits for it. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage: (message: AnalysisResponse) => void;
};
scope.onmessage = (event) => handleAnalysisRequest(event.data, (response) => scope.postMessage(response));
