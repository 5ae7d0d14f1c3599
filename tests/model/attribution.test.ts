import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine';
import {
  attribute,
  attributionDesign,
  attributionParts,
  shapleySplit,
  type Metric,
} from '../../src/model/attribution';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import type { Results } from '../../src/model/results';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { BUDGET_YEARS, compute, deltaOf, frameChange, inputs, plan, planResults, valueOf } from '../helpers';

const engine = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
afterAll(() => engine.destroy());
const evaluate = (changes: ScenarioChanges): Results => {
  engine.sync(changes);
  return engine.results();
};
const metrics: Metric[] = BUDGET_YEARS.flatMap((year) => [
  { rowId: 'balanskravsresultat', year },
  { rowId: 'arets_resultat', year },
]);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('attribution against the plan', { timeout: 30_000 }, () => {
  const tenOre: ScenarioChanges['inputs'] = { skattesats: { 2025: 11.44, 2026: 11.44, 2027: 11.44 } };
  const proposal = frameChange({ amounts: { 2025: 50, 2026: 60, 2027: 70 } });
  const scenario: ScenarioChanges = { inputs: tenOre, frameChanges: [proposal] };

  it('gives +10 öre and a frame change each its stand-alone effect, because they are additive', () => {
    const result = attribute(NO_CHANGES, scenario, metrics, evaluate);
    expect(result.parts.map((p) => p.key)).toEqual(['input:skattesats', 'frame:f1']);
    expect(result.method).toBe('exact');
    expect(result.evaluations).toBe(4);
    const taxAlone = compute(inputs(tenOre));
    const frameAlone = compute({ inputs: {}, frameChanges: [proposal] });
    metrics.forEach((metric, k) => {
      const [tax, frame] = result.contributions[k] ?? [];
      expect(tax).toBeCloseTo(deltaOf(taxAlone, metric.rowId, metric.year), 9);
      expect(frame).toBeCloseTo(deltaOf(frameAlone, metric.rowId, metric.year), 9);
    });
    // By hand: +10 öre ≈ skatteunderlag × 0,1 / 100 ≈ 69,9 mnkr in 2025; the frame change costs 50.
    expect(result.contributions[0]?.[0]).toBeCloseTo(69.894, 2);
    expect(result.contributions[0]?.[1]).toBeCloseTo(-50, 9);
  });

  it('sums the parts to the total difference in every metric', () => {
    const result = attribute(NO_CHANGES, scenario, metrics, evaluate);
    metrics.forEach((_, k) => {
      expect(sum(result.contributions[k] ?? [])).toBeCloseTo(
        (result.end[k] ?? 0) - (result.start[k] ?? 0),
        6,
      );
    });
  });

  it('splits an interaction equally: population and the per-100 parameter share their cross term', () => {
    // befolkning +1 000 with 4,0 mnkr per 100 gives 40; the parameter 5,0 alone gives nothing (no change
    // in population); together 50. Shapley: parameter (0 + 10) / 2 = 5, population (40 + 50) / 2 = 45.
    const both: ScenarioChanges = inputs({
      befolkning: { 2025: valueOf(planResults, 'befolkning', 2025) + 1000 },
      intakt_per_100_invanare: { 2025: 5 },
    });
    const result = attribute(NO_CHANGES, both, [{ rowId: 'skatt_och_statsbidrag', year: 2025 }], evaluate);
    const byKey = Object.fromEntries(result.parts.map((p, i) => [p.key, result.contributions[0]?.[i]]));
    expect(byKey['input:befolkning']).toBeCloseTo(45, 6);
    expect(byKey['input:intakt_per_100_invanare']).toBeCloseTo(5, 6);
  });

  it('compares two scenarios: a frame change present in both is no part, an edited one is', () => {
    const a: ScenarioChanges = { inputs: tenOre, frameChanges: [proposal] };
    const b: ScenarioChanges = { inputs: tenOre, frameChanges: [{ ...proposal, amounts: { 2025: 80 } }] };
    const parts = attributionParts(a, b);
    expect(parts.map((p) => p.key)).toEqual(['frame:f1']);
    const result = attribute(a, b, metrics, evaluate);
    expect(result.contributions[0]?.[0]).toBeCloseTo(-30, 9);
  });
});

describe('the grouped method above twelve parts', { timeout: 30_000 }, () => {
  it('is exact for a game with pairwise interactions and sums to the total', () => {
    const n = 17;
    const design = attributionDesign(n);
    expect(design.groups).toHaveLength(12);
    const weight = (i: number) => i + 1;
    const pair = (i: number, j: number) => ((i * 7 + j * 3) % 5) - 2;
    const value = (c: readonly number[]) => {
      const on = new Set(c);
      let v = 0;
      for (const i of on) v += weight(i);
      for (const i of on) for (const j of on) if (i < j) v += pair(i, j);
      return [v];
    };
    const split = shapleySplit(n, design, value);
    for (let i = 0; i < n; i++) {
      let expected = weight(i);
      for (let j = 0; j < n; j++) if (j !== i) expected += pair(Math.min(i, j), Math.max(i, j)) / 2;
      expect(split[i]?.[0]).toBeCloseTo(expected, 9);
    }
    const all = Array.from({ length: n }, (_, i) => i);
    expect(sum(split.map((s) => s[0] ?? 0))).toBeCloseTo((value(all)[0] ?? 0) - (value([])[0] ?? 0), 9);
  });
});
