import { describe, expect, it } from 'vitest';
import {
  handleAnalysisRequest,
  type AnalysisRequest,
  type AnalysisResponse,
} from '../../src/engine/analysisProtocol';
import { sensitivity } from '../../src/engine/sensitivity';
import { simulate } from '../../src/engine/simulate';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { DEFAULT_MODEL } from '../../src/model/uncertainty/draws';
import { plan } from '../helpers';

const scenario: ScenarioChanges = { inputs: { prisindex: { 2026: 3.5 } }, frameChanges: [] };

/** A message as it crosses to a worker and back: structured-cloned, as postMessage does. */
const run = (request: AnalysisRequest): AnalysisResponse[] => {
  const responses: AnalysisResponse[] = [];
  handleAnalysisRequest(structuredClone(request), (response) => responses.push(structuredClone(response)));
  return responses;
};

describe('the analysis worker’s protocol', () => {
  it('round-trips a simulation: progress as it goes, then what a direct call gives', () => {
    const request: AnalysisRequest = {
      id: 3,
      kind: 'simulate',
      plan,
      scenarios: [NO_CHANGES, scenario],
      draws: 1000,
      seed: 9,
    };
    const responses = run(request);
    expect(
      responses.filter((r) => r.kind === 'progress').map((r) => (r.kind === 'progress' ? r.done : 0)),
    ).toEqual([250, 500, 750, 1000]);
    const last = responses.at(-1);
    expect(last?.kind).toBe('result');
    expect(last?.id).toBe(3);
    expect(last?.kind === 'result' ? last.summary : undefined).toEqual(
      simulate(plan, [NO_CHANGES, scenario], { draws: 1000, seed: 9 }),
    );
  });

  it('answers a request it cannot run with a Swedish message, not a crash', () => {
    const model = {
      ...DEFAULT_MODEL,
      correlations: [{ a: 'skatteunderlag' as const, b: 'prisindex' as const, rho: 1.5 }],
    };
    const responses = run({
      id: 4,
      kind: 'simulate',
      plan,
      scenarios: [NO_CHANGES],
      draws: 10,
      seed: 1,
      model,
    });
    expect(responses).toEqual([
      {
        id: 4,
        kind: 'error',
        message:
          'Simuleringen kunde inte räknas: Korrelationerna går inte ihop: matrisen är inte positivt definit',
      },
    ]);
  });
});

describe('the analysis worker’s protocol for the tornado', () => {
  it('round-trips a sensitivity request to what a direct call gives', () => {
    const responses = run({ id: 5, kind: 'sensitivity', plan, changes: scenario, year: 2027 });
    expect(responses).toEqual([
      { id: 5, kind: 'sensitivity', sensitivity: sensitivity(plan, scenario, 2027) },
    ]);
  });
});
