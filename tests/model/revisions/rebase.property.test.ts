import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkChanges } from '../../../src/model/checkChanges';
import { modelRows } from '../../../src/model/modelRows';
import { parsePlan } from '../../../src/model/parsePlan';
import { rebaseScenario } from '../../../src/model/revisions/rebase';
import { allYears, budgetYears } from '../../../src/model/years';
import { planShapeArbitrary, type PlanShape } from '../../generatedPlan/shape';
import { generatePlan, scenarioOf, scenarioSeedArbitrary } from '../../planArbitraries';

/**
 * Issue 16, item 5: a scenario of one generated plan moved onto another — next year's plan of the same
 * organisation (the shape one year on) or any other plan — keeps every change or lists it, the kept changes
 * fit the target, and onto its own plan nothing changes. Cheap (no engine): many runs.
 */
const RUNS = 60;
const nextYear = (shape: PlanShape): PlanShape => ({ ...shape, firstBudget: shape.firstBudget + 1 });
const pairs = fc.oneof(
  planShapeArbitrary.map((shape) => [shape, nextYear(shape)] as const),
  fc.tuple(planShapeArbitrary, planShapeArbitrary),
);

describe('rebasing any scenario of any plan', () => {
  it('carries or lists every change, exactly once, and what it carries fits the target', () => {
    fc.assert(
      fc.property(pairs, scenarioSeedArbitrary, ([fromShape, toShape], seed) => {
        const from = parsePlan(generatePlan(fromShape).json);
        const to = parsePlan(generatePlan(toShape).json);
        const changes = scenarioOf(from, seed);
        const moved = rebaseScenario(changes, from, to);
        for (const [id, values] of Object.entries(changes.inputs))
          for (const [year, value] of Object.entries(values)) {
            const kept = moved.changes.inputs[id]?.[year];
            const listed = moved.notCarried.filter(
              (n) => n.kind === 'input' && n.id === id && n.year === year,
            );
            expect(listed.length + (kept === undefined ? 0 : 1), `${id} ${year}`).toBe(1);
            if (kept !== undefined) expect(kept).toBe(value);
            else expect(listed[0]?.reason).toMatch(/\S/);
          }
        for (const change of changes.frameChanges) {
          const kept = moved.changes.frameChanges.find((c) => c.id === change.id);
          const whole = moved.notCarried.some(
            (n) => n.kind === 'frame' && n.id === change.id && n.year === undefined,
          );
          for (const year of Object.keys(change.amounts)) {
            const listed = moved.notCarried.filter(
              (n) => n.kind === 'frame' && n.id === change.id && n.year === year,
            );
            const carried = kept?.amounts[year] !== undefined ? 1 : 0;
            expect(carried + listed.length + (whole ? 1 : 0), `${change.id} ${year}`).toBe(1);
          }
        }
        expect(checkChanges(modelRows(to), allYears(to), budgetYears(to), moved.changes)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('onto the plan it came from gives back the same changes and lists nothing', () => {
    fc.assert(
      fc.property(planShapeArbitrary, scenarioSeedArbitrary, (shape, seed) => {
        const plan = parsePlan(generatePlan(shape).json);
        const changes = scenarioOf(plan, seed);
        expect(rebaseScenario(changes, plan, plan)).toEqual({ changes, notCarried: [], planMoved: [] });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
