import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBatchEvaluator, UnsupportedFormula } from '../../src/engine/batchEvaluator';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { loadBuiltInPlans } from '../../src/model/builtInPlans';
import { compileWorkbook, inputValue } from '../../src/model/compileWorkbook';
import { parsePlan } from '../../src/model/parsePlan';
import type { Plan } from '../../src/model/planSchema';
import { readResults, type Results } from '../../src/model/results';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { planShapeArbitrary } from '../generatedPlan/shape';
import { generatePlan, scenarioOf, scenarioSeedArbitrary } from '../planArbitraries';

/**
 * Issue 15, item 4: the batch evaluator is proven equal to HyperFormula on every cell of every row, for the
 * built-in plans and for generated plans of any shape, with random scenarios, both when the workbook is
 * compiled with the scenario (frame changes included) and when a scenario's inputs are set into a workbook
 * compiled as decided (what the simulation does per draw).
 */
const batchResults = (plan: Plan, changes: ScenarioChanges): Results => {
  const workbook = compileWorkbook(plan, changes);
  const evaluator = createBatchEvaluator(workbook);
  return readResults(workbook, evaluator.read);
};

const setInputs = (plan: Plan, changes: ScenarioChanges): Results => {
  const workbook = compileWorkbook(plan, NO_CHANGES);
  const evaluator = createBatchEvaluator(workbook);
  readResults(workbook, evaluator.read); // computed once as decided, so the sets must invalidate
  for (const row of workbook.rows.inputs)
    for (const year of workbook.layout.yearsOfRow(row)) {
      const address = workbook.layout.cellOf(row.id, year);
      if (address) evaluator.set(address, inputValue(row, changes, year));
    }
  return readResults(workbook, evaluator.read);
};

/** A generated plan of some shape, for the tests that add a cell of their own. */
const somePlan = (seed: number): Plan => {
  const [shape] = fc.sample(planShapeArbitrary, { numRuns: 1, seed });
  if (!shape) throw new Error('no shape');
  return parsePlan(generatePlan(shape).json);
};

const inputsOnly = (changes: ScenarioChanges): ScenarioChanges => ({ ...changes, frameChanges: [] });

describe('the batch evaluator', () => {
  it('gives every cell of the built-in plans exactly what HyperFormula gives, as decided and changed', async () => {
    for (const plan of await loadBuiltInPlans()) {
      expect(batchResults(plan, NO_CHANGES)).toEqual(calculateOnce(plan, NO_CHANGES).results);
      const changes: ScenarioChanges = {
        inputs: { skattesats: { [String(plan.years.budget[0])]: 25 }, prisindex: {} },
        frameChanges: [],
      };
      expect(setInputs(plan, changes)).toEqual(calculateOnce(plan, changes).results);
    }
  });

  it('gives every cell exactly what HyperFormula gives, for generated plans and random scenarios', () => {
    fc.assert(
      fc.property(planShapeArbitrary, scenarioSeedArbitrary, (shape, seed) => {
        const plan = parsePlan(generatePlan(shape).json);
        const changes = scenarioOf(plan, seed);
        expect(batchResults(plan, changes)).toEqual(calculateOnce(plan, changes).results);
        expect(setInputs(plan, inputsOnly(changes))).toEqual(
          calculateOnce(plan, inputsOnly(changes)).results,
        );
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('refuses a formula it does not know instead of guessing', () => {
    const plan = somePlan(1);
    const workbook = compileWorkbook(plan, NO_CHANGES);
    const sheets = { ...workbook.sheets, Nyckeltal: [...workbook.sheets.Nyckeltal, [null, '=SQRT(4)']] };
    expect(() => createBatchEvaluator({ ...workbook, sheets })).toThrow(UnsupportedFormula);
    const power = { ...workbook.sheets, Nyckeltal: [...workbook.sheets.Nyckeltal, [null, '=2^3']] };
    expect(() => createBatchEvaluator({ ...workbook, sheets: power })).toThrow(UnsupportedFormula);
  });

  it('reports a division by zero and a cycle as HyperFormula does', () => {
    const plan = somePlan(2);
    const workbook = compileWorkbook(plan, NO_CHANGES);
    const row = workbook.sheets.Nyckeltal.length;
    const sheets = {
      ...workbook.sheets,
      Nyckeltal: [...workbook.sheets.Nyckeltal, [null, '=1/0', `=C${row + 1}+1`]],
    };
    const evaluator = createBatchEvaluator({ ...workbook, sheets });
    expect(evaluator.read({ sheet: 'Nyckeltal', row, col: 1 })).toEqual({ error: 'DIV_BY_ZERO' });
    expect(evaluator.read({ sheet: 'Nyckeltal', row, col: 2 })).toEqual({ error: 'CYCLE' });
  });
});
