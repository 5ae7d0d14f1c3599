import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBatchEngine } from '../../src/engine/batchEngine';
import { attribute, attributionParts, type Metric } from '../../src/model/attribution';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import type { Results } from '../../src/model/results';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { changesArbitrary } from '../arbitraries';
import { BUDGET_YEARS, plan } from '../helpers';

const workbook = compileWorkbook(plan, NO_CHANGES);
/** The analyses' engine, ~10× faster per coalition (proven equal to HyperFormula in batchEngine.property). */
const batch = createBatchEngine(workbook);
const evaluateBatch = (changes: ScenarioChanges): Results => {
  batch.sync(changes);
  return batch.results();
};
const metrics: Metric[] = BUDGET_YEARS.flatMap((year) => [
  { rowId: 'balanskravsresultat', year },
  { rowId: 'arets_resultat', year },
]);

/** A random scenario cut to at most three input rows and two frame changes. */
const small = changesArbitrary.map((changes): ScenarioChanges => ({
  inputs: Object.fromEntries(Object.entries(changes.inputs).slice(0, 3)),
  frameChanges: changes.frameChanges.slice(0, 2),
}));

/** At most six parts keeps a run at 64 evaluations; the grouped method is tested on a synthetic game. */
const smallPair = fc.tuple(small, small).filter(([a, b]) => attributionParts(a, b).length <= 6);

/** The same changes, made in another order: input rows and frame changes permuted. */
const reordered = (changes: ScenarioChanges) =>
  fc
    .tuple(
      fc.shuffledSubarray(Object.entries(changes.inputs), { minLength: Object.keys(changes.inputs).length }),
      fc.shuffledSubarray([...changes.frameChanges], { minLength: changes.frameChanges.length }),
    )
    .map(([entries, frameChanges]): ScenarioChanges => ({
      inputs: Object.fromEntries(entries),
      frameChanges,
    }));

const splitByKey = (changes: ScenarioChanges, base: ScenarioChanges) => {
  const result = attribute(base, changes, metrics, evaluateBatch);
  return {
    result,
    byKey: new Map(
      result.parts.map((p, i) => [p.key, metrics.map((_, k) => result.contributions[k]?.[i] ?? 0)]),
    ),
  };
};

describe('attribution over random scenarios', () => {
  it('adds the parts up to the total difference, against the plan and against another scenario', () => {
    fc.assert(
      fc.property(smallPair, ([a, b]) => {
        for (const base of [NO_CHANGES, a]) {
          const { result } = splitByKey(b, base);
          metrics.forEach((_, k) => {
            const total = (result.end[k] ?? 0) - (result.start[k] ?? 0);
            const parts = (result.contributions[k] ?? []).reduce((s, v) => s + v, 0);
            expect(Math.abs(parts - total)).toBeLessThan(1e-6);
          });
        }
      }),
      { numRuns: 10 },
    );
  }, 120_000);

  it('gives the same split whatever order the changes were made in', () => {
    const withOrder = smallPair.chain(([a, b]) =>
      fc.tuple(fc.constant(a), fc.constant(b), reordered(b), reordered(a)),
    );
    fc.assert(
      fc.property(withOrder, ([a, b, shuffledB, shuffledA]) => {
        const first = splitByKey(b, a).byKey;
        const second = splitByKey(shuffledB, shuffledA).byKey;
        expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
        for (const [key, values] of first)
          values.forEach((v, k) => expect(Math.abs((second.get(key)?.[k] ?? NaN) - v)).toBeLessThan(1e-6));
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
