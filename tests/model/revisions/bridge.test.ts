import { describe, expect, it } from 'vitest';
import { planBridge } from '../../../src/engine/bridge';
import { explainBridge, roundBridgeRow, apportion } from '../../../src/model/revisions/bridge';
import { makeRevision } from '../../../src/model/revisions/revision';
import Decimal from 'decimal.js';
import { plan } from '../../helpers';
import { compute } from './norrbottenRevision';

const revised = (drivers: Record<string, Record<string, number>>) => {
  const result = makeRevision(plan, { drivers }, { name: 'Ny prognos', date: '2026-08-20' }, compute);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.revision.plan;
};

// DOMAIN.md §4 with the plan's figures: skatt 8 197 and inkomstutjämning 1 007 in 2026 (8 483 and 1 071 in
// 2027) scale with (1 + g)/(1 + g₀); 4,1 % → 3,1 % is a factor 1,031/1,041.
const factor = 1.031 / 1.041 - 1;
const skatt2026 = 8197 * factor + 1007 * factor; // −88,415
const skatt2027 = 8483 * factor + 1071 * factor; // −91,78

const tenOre = { inputs: { skattesats: { '2025': 11.44, '2026': 11.44 } }, frameChanges: [] };
const newPlan = revised({ skatteunderlagstillvaxt: { '2026': 3.1 } });
const bridge = planBridge(plan, newPlan, tenOre);
const rowOf = (b: typeof bridge, rowId: string, year: number) => {
  const row = b.rows.find((r) => r.figure.rowId === rowId && r.figure.year === year);
  if (!row) throw new Error(`no ${rowId} ${year}`);
  return row;
};

describe('the bridge from a plan to its revision', () => {
  it('names the changed driver as the one cause and gives it the hand-calculated part', () => {
    expect(bridge.causes.map((c) => c.key)).toEqual(['driver:skatteunderlagstillvaxt']);
    const row = rowOf(bridge, 'balanskravsresultat', 2026);
    expect(row.parts[0]).toBeCloseTo(skatt2026, 3);
    expect(rowOf(bridge, 'arets_resultat', 2027).parts[0]).toBeCloseTo(skatt2027, 3);
    expect(rowOf(bridge, 'arets_resultat', 2025).parts[0]).toBeCloseTo(0, 9);
    expect(row.rest).toBeCloseTo(0, 5);
    expect((row.old ?? NaN) + (row.parts[0] ?? NaN) + row.rest).toBeCloseTo(row.new, 9);
  });

  it('ends with the scenario moved onto the new plan: 10 öre on the lower underlag, by hand', () => {
    // Underlag 2026 on the new plan: 8 197 × 1,031/1,041 / 11,34 × 100; 10 öre of it is underlag × 0,10/100.
    const effect = ((8197 * (1 + factor)) / 11.34) * 0.1;
    const row = rowOf(bridge, 'balanskravsresultat', 2026);
    expect((row.scenario ?? NaN) - row.new).toBeCloseTo(effect, 3); // 71,59
    expect((row.scenarioOnOld ?? NaN) - (row.old ?? NaN)).toBeCloseTo((8197 / 11.34) * 0.1, 3); // 72,28
    expect(bridge.rebased?.notCarried).toEqual([]);
  });

  it('splits two causes order-independently and exactly (Shapley), whatever order they are listed in', () => {
    const two = planBridge(
      plan,
      revised({ skatteunderlagstillvaxt: { '2026': 3.1 }, prisindex: { '2026': 1.8 } }),
    );
    expect(two.causes.map((c) => c.key)).toEqual(['driver:prisindex', 'driver:skatteunderlagstillvaxt']);
    const row = rowOf(two, 'arets_resultat', 2026);
    // LPIK +1 procentenhet 2026 on the 2025 frames (the prisindex_effekt of DOMAIN.md §4); skatt as before.
    expect(row.parts[1]).toBeCloseTo(skatt2026, 3);
    expect((row.old ?? NaN) + row.parts.reduce((a, b) => a + b, 0) + row.rest).toBeCloseTo(row.new, 9);
    const reversed = [...two.causes].reverse();
    const figures = two.rows.map((r) => r.figure);
    const value = (on: readonly number[]) =>
      figures.map((f) => {
        const r = two.rows.find((x) => x.figure === f);
        // A synthetic game with an interaction: the parts must still split it evenly.
        const a = on.includes(0) ? 1 : 0;
        const b = on.includes(1) ? 1 : 0;
        return (r?.old ?? 0) + 3 * a + 5 * b + 2 * a * b;
      });
    const game = explainBridge(reversed, figures, value, {
      old: figures.map((f) => two.rows.find((x) => x.figure === f)?.old ?? 0),
      new: figures.map(() => 0),
    });
    expect(game.rows[0]?.parts).toEqual([4, 6]);
  });

  it('rounds so the shown figures add up exactly', () => {
    const row = {
      figure: rowOf(bridge, 'arets_resultat', 2025).figure,
      old: 10.4,
      parts: [0.3, 0.3, 0.3],
      rest: 0,
      new: 11.3,
      scenario: 12.26,
      scenarioOnOld: undefined,
    };
    const rounded = roundBridgeRow(row, 0);
    // 10 + (0 + 0 + 0) would not be 11: the largest remainders take the unit, first in list order.
    expect(rounded).toMatchObject({
      old: 10,
      new: 11,
      parts: [1, 0, 0],
      rest: 0,
      scenario: 12,
      scenarioEffect: 1,
    });
    expect(apportion([-0.4, -0.4, -0.4], new Decimal(-1), 0).map((d) => d.toNumber())).toEqual([-1, 0, 0]);
    for (const r of bridge.rows) {
      const shown = roundBridgeRow(r, r.figure.decimals);
      const sum = [shown.old ?? 0, ...shown.parts, shown.rest].reduce((a, b) => a.plus(b), new Decimal(0));
      if (shown.old !== undefined) expect(sum.toNumber()).toBe(shown.new);
      expect(new Decimal(shown.new).plus(shown.scenarioEffect ?? 0).toNumber()).toBe(shown.scenario);
    }
  });
});
