import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBridge } from '../../../src/engine/bridge';
import { createBatchEngine, scenarioFigures } from '../../../src/engine/batchEngine';
import { compileWorkbook } from '../../../src/model/compileWorkbook';
import { parsePlan } from '../../../src/model/parsePlan';
import { explainBridge, roundBridgeRow } from '../../../src/model/revisions/bridge';
import { causesOn } from '../../../src/model/revisions/bridgeCauses';
import { makeRevision } from '../../../src/model/revisions/revision';
import { NO_CHANGES } from '../../../src/model/scenarioChanges';
import { planShapeArbitrary } from '../../generatedPlan/shape';
import { generatePlan, scenarioOf, scenarioSeedArbitrary } from '../../planArbitraries';
import { forecastOf } from './forecast';
import { compute } from './norrbottenRevision';

/**
 * Issue 16, item 5: for random plans, a random new forecast of their drivers and levels (a revision) and a
 * random scenario, the bridge's parts add up to the totals (unrounded and as shown), its causes explain the
 * whole revision, no part depends on the order of the causes, and the bridge from a plan to itself is empty
 * with the scenario unchanged. Each run computes six workbooks (~1 s).
 */
const RUNS = 8;
const close = (a: number, b: number, tolerance: number) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));

describe('the bridge for any plan, revision and scenario', () => {
  it('adds up exactly, is explained by its causes, and does not depend on their order', () => {
    fc.assert(
      fc.property(
        planShapeArbitrary,
        scenarioSeedArbitrary,
        scenarioSeedArbitrary,
        (shape, forecast, proposal) => {
          const plan = parsePlan(generatePlan(shape).json);
          const revision = makeRevision(
            plan,
            { drivers: forecastOf(plan, scenarioOf(plan, forecast)) },
            { name: 'Prognos', date: '2026-08-20' },
            compute,
          );
          if (!revision.ok) throw new Error(revision.problems.join('\n'));
          const bridge = planBridge(plan, revision.revision.plan, scenarioOf(plan, proposal));
          expect(bridge.rows.length).toBeGreaterThan(0);
          for (const row of bridge.rows) {
            const what = `${row.figure.rowId} ${row.figure.year}`;
            if (row.old === undefined) continue;
            const sum = row.old + row.parts.reduce((a, b) => a + b, 0) + row.rest;
            expect(close(sum, row.new, 1e-9), what).toBe(true);
            expect(
              close(row.rest, 0, 1e-4) || Math.abs(row.rest) <= 1e-4 * Math.max(1, Math.abs(row.new)),
              `${what} rest ${row.rest}`,
            ).toBe(true);
            const shown = roundBridgeRow(row, row.figure.decimals);
            const shownSum = [...shown.parts, shown.rest].reduce(
              (a, b) => a.plus(b),
              new Decimal(shown.old ?? 0),
            );
            expect(shownSum.toNumber(), what).toBe(shown.new);
          }
          // The same causes in reverse order: every cause keeps its part.
          const engine = createBatchEngine(compileWorkbook(plan, NO_CHANGES));
          const reversed = [...bridge.causes].reverse();
          const figures = bridge.rows.map((r) => r.figure);
          const again = explainBridge(
            reversed,
            figures,
            (on) => scenarioFigures(engine, causesOn(reversed, on), figures),
            {
              old: bridge.rows.map((r) => r.old ?? NaN),
              new: bridge.rows.map((r) => r.new),
            },
          );
          bridge.rows.forEach((row, k) =>
            row.parts.forEach((part, i) => {
              const j = reversed.findIndex((cause) => cause.key === bridge.causes[i]?.key);
              expect(close(again.rows[k]?.parts[j] ?? NaN, part, 1e-9), `${bridge.causes[i]?.key}`).toBe(
                true,
              );
            }),
          );
        },
      ),
      // Shrinking a failure re-runs six workbooks per step (minutes): report the first counterexample.
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 600_000);

  it('from a plan to itself has no causes and leaves the scenario as it was', () => {
    fc.assert(
      fc.property(planShapeArbitrary, scenarioSeedArbitrary, (shape, proposal) => {
        const plan = parsePlan(generatePlan(shape).json);
        const bridge = planBridge(plan, plan, scenarioOf(plan, proposal));
        expect(bridge.causes).toEqual([]);
        expect(bridge.rebased?.notCarried).toEqual([]);
        for (const row of bridge.rows) {
          expect(row.new).toBe(row.old);
          expect(row.rest).toBe(0);
          expect(row.scenario).toBe(row.scenarioOnOld);
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
