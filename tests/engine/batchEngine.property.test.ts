import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBatchEngine } from '../../src/engine/batchEngine';
import { createEngine } from '../../src/engine/createEngine';
import { loadBuiltInPlans } from '../../src/model/builtInPlans';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { parsePlan } from '../../src/model/parsePlan';
import type { Plan } from '../../src/model/planSchema';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { planShapeArbitrary } from '../generatedPlan/shape';
import { generatePlan, scenarioOf, scenarioSeedArbitrary } from '../planArbitraries';

/**
 * Issue 15, item 1: the analyses' engine (the batch evaluator behind the `Engine` interface) gives every
 * cell of every row exactly what HyperFormula's engine gives, after each scenario of a sequence synced one
 * after the other (inputs set and reset, frame changes added, switched off and removed), for the built-in
 * plans and generated plans of any shape. `toEqual`, no tolerance.
 */
const sameAlong = (plan: Plan, scenarios: readonly ScenarioChanges[]) => {
  const workbook = compileWorkbook(plan, NO_CHANGES);
  const reference = createEngine(workbook, NO_CHANGES);
  const batch = createBatchEngine(workbook, NO_CHANGES);
  try {
    expect(batch.results()).toEqual(reference.results());
    for (const changes of [...scenarios, NO_CHANGES]) {
      reference.sync(changes);
      batch.sync(changes);
      expect(batch.results()).toEqual(reference.results());
    }
  } finally {
    reference.destroy();
  }
};

describe('the batch engine', () => {
  it('follows HyperFormula on the built-in plans through a sequence with frame changes', async () => {
    for (const plan of await loadBuiltInPlans()) {
      const [first, second] = plan.years.budget;
      const withFrames: ScenarioChanges = {
        inputs: { skattesats: { [String(first)]: 12 } },
        frameChanges: [
          {
            id: 'a',
            name: 'Ny ram',
            namnd: '',
            kind: 'kostnad',
            active: true,
            amounts: { [String(first)]: 40 },
          },
          {
            id: 'b',
            name: 'Intäkt',
            namnd: '',
            kind: 'intakt',
            active: true,
            amounts: { [String(second)]: 15 },
          },
        ],
      };
      const [a, b] = withFrames.frameChanges;
      const switchedOff: ScenarioChanges = {
        ...withFrames,
        frameChanges: a && b ? [{ ...a, active: false }, b] : [],
      };
      sameAlong(plan, [withFrames, switchedOff, { ...withFrames, frameChanges: b ? [b] : [] }]);
    }
  });

  it('follows HyperFormula for generated plans and random sequences of scenarios', () => {
    fc.assert(
      fc.property(
        planShapeArbitrary,
        fc.array(scenarioSeedArbitrary, { minLength: 1, maxLength: 4 }),
        (shape, seeds) => {
          const plan = parsePlan(generatePlan(shape).json);
          sameAlong(
            plan,
            seeds.map((seed) => scenarioOf(plan, seed)),
          );
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('reads a single figure as the full results hold it', async () => {
    const [plan] = await loadBuiltInPlans();
    if (!plan) throw new Error('no plan');
    const year = plan.years.budget[0] ?? plan.years.base;
    const engine = createBatchEngine(compileWorkbook(plan, NO_CHANGES));
    engine.sync({ inputs: { skattesats: { [String(year)]: 12 } }, frameChanges: [] });
    const alone = engine.figure('balanskravsresultat', year);
    expect(alone).toBe(engine.results().cells.balanskravsresultat?.[String(year)]);
  });
});
