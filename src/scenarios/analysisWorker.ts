/** The analysis worker (simulation, tornado): a module worker of the app's own origin (CSP worker-src 'self'). */
export const createAnalysisWorker = (): Worker =>
  new Worker(new URL('../engine/analysis.worker.ts', import.meta.url), { type: 'module' });
