import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { balanskravStatus } from '../../src/model/balanskravStatus';
import { parsePlan } from '../../src/model/parsePlan';
import type { ScenarioChanges } from '../../src/model/scenarioChanges';
import { allYears } from '../../src/model/years';
import { valueOf } from '../helpers';
import { balanskravShapes, firstResultScale } from '../generatedPlan/balanskravShapes';
import { generatePlan } from '../planArbitraries';

/**
 * Issue 14 §5 on generated plans with deficits from before the plan and random decisions on synnerliga skäl:
 * the revisor's ledger and the workbook's chain agree on what is left each year; every deficit is restored or
 * flagged "återställs inte i tid" by the end of its third year; "åtgärdsplan krävs" exactly while something is
 * left; and a decision on synnerliga skäl never leaves more to restore than no decision.
 */
const RUNS = 12;
const EPS = 1e-6;

const drawn = fc.record({
  earlier: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
  lifts: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 8, maxLength: 8 }),
  uses: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 8, maxLength: 8 }),
});

describe('the återställande ledger of any generated plan and scenario', () => {
  it('agrees with the chain, flags every late deficit, and is lightened by synnerliga skäl only', () => {
    fc.assert(
      fc.property(balanskravShapes, drawn, (shape, d) => {
        const json = generatePlan(shape).json as Record<string, unknown> & { years: { history?: number[] } };
        const first = parsePlan(json);
        const firstColumn = first.years.history?.[0] ?? allYears(first)[0] ?? 0;
        const plan =
          d.earlier === undefined
            ? first
            : parsePlan({
                ...json,
                balanskrav: {
                  earlierDeficits: [
                    { year: firstColumn - 1, amount: d.earlier, source: { kind: 'entered' } },
                  ],
                },
              });
        const years = allYears(plan);
        const scale = firstResultScale(plan);
        const perYear = (values: readonly number[]) =>
          Object.fromEntries(years.map((y, i) => [String(y), ((values[i] ?? 0) * scale) / 100]));
        const use = plan.statements.resultatbudget.rows.some((r) => r.id === 'anvandning_resultatreserv')
          ? 'anvandning_resultatreserv_grund'
          : 'anvandning_resultatutjamningsreserv_grund';
        const without: ScenarioChanges = { inputs: { [use]: perYear(d.uses) }, frameChanges: [] };
        const withLifts: ScenarioChanges = {
          inputs: { ...without.inputs, synnerliga_skal: perYear(d.lifts) },
          frameChanges: [],
        };
        const run = (changes: ScenarioChanges) => {
          const { workbook, results } = calculateOnce(plan, changes);
          const status = balanskravStatus(workbook, results, {});
          if (!status) throw new Error('ingen balanskravsutredning');
          return { status, results };
        };
        const lifted = run(withLifts);
        const plain = run(without);
        for (const year of lifted.status.years) {
          const where = String(year.year);
          const kvar = valueOf(lifted.results, 'kvar_att_aterstalla', year.year);
          expect(year.left.toNumber(), where).toBeCloseTo(kvar, 2);
          if (kvar > 0.01) expect(year.atgardsplanKravs, where).toBe(true);
          if (kvar < EPS) expect(year.atgardsplanKravs, where).toBe(false);
          const late = year.deficits.filter((x) => x.left.greaterThan(EPS) && year.year >= x.deadline);
          expect(year.aterstallsInteITid, where).toBe(late.length > 0);
          for (const deficit of year.deficits) expect(deficit.deadline - deficit.year, where).toBe(3);
          const without = plain.status.years.find((y) => y.year === year.year);
          expect(year.left.toNumber(), where).toBeLessThanOrEqual((without?.left.toNumber() ?? 0) + EPS);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
