import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBridges } from '../../../src/engine/bridges';
import { parsePlan } from '../../../src/model/parsePlan';
import { makeRevision } from '../../../src/model/revisions/revision';
import { roundStepRow } from '../../../src/model/revisions/scenarioStep';
import type { ScenarioChanges } from '../../../src/model/scenarioChanges';
import { planShapeArbitrary } from '../../generatedPlan/shape';
import { generatePlan, scenarioOf, scenarioSeedArbitrary } from '../../planArbitraries';
import { forecastOf } from './forecast';
import { compute } from './norrbottenRevision';

/**
 * Issue 16, item 2, for many scenarios at once: for random plans, a random revision and two random
 * scenarios, each scenario's last step (new plan → the scenario on it) splits over its changes so that the
 * parts add up to scenario − new plan (unrounded and as shown), no part depends on the order the changes
 * were made in, and the plan bridge is the same whichever scenarios ride along.
 */
const RUNS = 6;
const close = (a: number, b: number, tolerance: number) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));

/** The same changes, made in the opposite order: inputs, their years and the frame changes reversed. */
const reversed = (changes: ScenarioChanges): ScenarioChanges => ({
  inputs: Object.fromEntries(
    Object.entries(changes.inputs)
      .reverse()
      .map(([id, values]) => [id, Object.fromEntries(Object.entries(values).reverse())]),
  ),
  frameChanges: [...changes.frameChanges].reverse(),
});

describe("every scenario's last step for any plan, revision and scenarios", () => {
  it('adds up to scenario − new plan, does not depend on the order of changes, nor move the plan bridge', () => {
    fc.assert(
      fc.property(
        planShapeArbitrary,
        scenarioSeedArbitrary,
        scenarioSeedArbitrary,
        scenarioSeedArbitrary,
        (shape, forecast, first, second) => {
          const plan = parsePlan(generatePlan(shape).json);
          const revision = makeRevision(
            plan,
            { drivers: forecastOf(plan, scenarioOf(plan, forecast)) },
            { name: 'Prognos', date: '2026-08-20' },
            compute,
          );
          if (!revision.ok) throw new Error(revision.problems.join('\n'));
          const newPlan = revision.revision.plan;
          const a = scenarioOf(plan, first);
          const b = scenarioOf(plan, second);
          const both = planBridges(plan, newPlan, [
            { id: 'a', name: 'A', changes: a },
            { id: 'b', name: 'B', changes: b },
            { id: 'a2', name: 'A baklänges', changes: reversed(a) },
          ]);
          const alone = planBridges(plan, newPlan, []);
          expect(both.bridge.rows.map((r) => r.parts)).toEqual(alone.bridge.rows.map((r) => r.parts));
          for (const step of both.scenarios)
            step.rows.forEach((row, k) => {
              const what = `${step.id} ${row.figure.rowId} ${row.figure.year}`;
              expect(row.from, what).toBe(both.bridge.rows[k]?.new);
              if (row.onNew === undefined) return;
              const sum = row.from + row.parts.reduce((x, y) => x + y, 0) + row.rest;
              expect(close(sum, row.onNew, 1e-9), what).toBe(true);
              expect(Math.abs(row.rest) <= 1e-6 * Math.max(1, Math.abs(row.onNew)), `${what} rest`).toBe(
                true,
              );
              const shown = roundStepRow(row, row.figure.decimals);
              const shownSum = [...shown.parts, shown.rest].reduce(
                (x, y) => x.plus(y),
                new Decimal(shown.from),
              );
              expect(shownSum.toNumber(), what).toBe(shown.onNew);
            });
          const [forward, , backward] = both.scenarios;
          expect(backward?.parts.map((p) => p.key)).toEqual(forward?.parts.map((p) => p.key));
          forward?.rows.forEach((row, k) =>
            row.parts.forEach((part, i) =>
              expect(close(backward?.rows[k]?.parts[i] ?? NaN, part, 1e-9), `${k} ${i}`).toBe(true),
            ),
          );
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 600_000);
});
