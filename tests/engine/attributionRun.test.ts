import { describe, expect, it } from 'vitest';
import { handleAnalysisRequest, type AnalysisResponse } from '../../src/engine/analysisProtocol';
import { attribute, type Metric } from '../../src/model/attribution';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { compute, frameChange, plan } from '../helpers';

/** Five changes (32 coalitions), two of them frame changes, one switched off. */
const scenario: ScenarioChanges = {
  inputs: { skattesats: { 2025: 11.5 }, prisindex: { 2026: 1.5 }, befolkning: { 2027: 249_000 } },
  frameChanges: [
    frameChange({ id: 'a', amounts: { 2025: 50, 2026: 50 } }),
    frameChange({ id: 'b', kind: 'intakt', amounts: { 2027: 20 } }),
  ],
};
const metrics: Metric[] = [2025, 2026, 2027].flatMap((year) =>
  ['balanskravsresultat', 'arets_resultat'].map((rowId) => ({ rowId, year })),
);

describe('the attribution in the analysis worker', () => {
  it('round-trips to the split HyperFormula gives, with progress on the way', () => {
    const responses: AnalysisResponse[] = [];
    handleAnalysisRequest(
      structuredClone({
        id: 7,
        kind: 'attribute' as const,
        plan,
        base: NO_CHANGES,
        target: scenario,
        metrics,
      }),
      (response) => responses.push(structuredClone(response)),
    );
    const last = responses.at(-1);
    if (last?.kind !== 'attribution') throw new Error(`no attribution: ${JSON.stringify(last)}`);
    expect(last.id).toBe(7);
    expect(responses.slice(0, -1).every((r) => r.kind === 'progress')).toBe(true);
    const byHyperFormula = attribute(NO_CHANGES, scenario, metrics, (changes) => compute(changes));
    expect(last.attribution.parts).toEqual(byHyperFormula.parts);
    expect(last.attribution.evaluations).toBe(32);
    last.attribution.contributions.forEach((row, m) => {
      row.forEach((value, p) => expect(value).toBeCloseTo(byHyperFormula.contributions[m]?.[p] ?? NaN, 9));
      const total = (last.attribution.end[m] ?? 0) - (last.attribution.start[m] ?? 0);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9);
    });
    // The plan's 2025 balanskravsresultat from the published parts (DOMAIN.md §1): −10 842 + 7 926 + 3 048
    // + 321 − 248 − 241 = −36 (the table prints −35 from its own rounded subtotals).
    expect(last.attribution.start[0]).toBeCloseTo(-36, 6);
  });
});
