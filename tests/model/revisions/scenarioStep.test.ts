import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { planBridges } from '../../../src/engine/bridges';
import { roundBridgeRow } from '../../../src/model/revisions/bridge';
import { makeRevision } from '../../../src/model/revisions/revision';
import { roundStepRow, type ScenarioStep } from '../../../src/model/revisions/scenarioStep';
import { frameChange, plan } from '../../helpers';
import { compute } from './norrbottenRevision';

const revised = makeRevision(
  plan,
  { drivers: { skatteunderlagstillvaxt: { '2026': 3.1 } } },
  { name: 'Ny prognos', date: '2026-08-20' },
  compute,
);
if (!revised.ok) throw new Error(revised.problems.join('\n'));
const newPlan = revised.revision.plan;

// A proposal: 10 öre higher skattesats in 2025–2026 and kollektivtrafik +50 mnkr in 2026 (a kostnad).
const proposal = {
  inputs: { skattesats: { '2025': 11.44, '2026': 11.44 } },
  frameChanges: [frameChange({ amounts: { '2026': 50 } })],
};
const quiet = { inputs: {}, frameChanges: [] };
const result = planBridges(plan, newPlan, [
  { id: 'a', name: 'Förslag A', changes: proposal },
  { id: 'b', name: 'Inget', changes: quiet },
]);
const rowOf = (step: ScenarioStep | undefined, rowId: string, year: number) => {
  const row = step?.rows.find((r) => r.figure.rowId === rowId && r.figure.year === year);
  if (!row) throw new Error(`no ${rowId} ${year}`);
  return row;
};

describe("each scenario's last step, split per change", () => {
  it('gives each change its hand-calculated part on the new plan', () => {
    const step = result.scenarios[0];
    expect(step?.parts.map((p) => p.key)).toEqual(['input:skattesats', 'frame:f1']);
    expect(step?.parts.map((p) => p.label)).toEqual(['Skattesats', 'Kollektivtrafik (ramförändring)']);
    // DOMAIN.md §4: underlag 2026 on the new plan is 8 197 × 1,031/1,041 / 11,34 × 100; 10 öre of it.
    const underlag2026 = (8197 * (1.031 / 1.041)) / 11.34;
    const row = rowOf(step, 'balanskravsresultat', 2026);
    expect(row.parts[0]).toBeCloseTo(underlag2026 * 0.1, 3); // 71,59
    expect(row.parts[1]).toBeCloseTo(-50, 3);
    expect(row.rest).toBeCloseTo(0, 6);
    // In 2025 the forecast changed nothing: 10 öre of the plan's own underlag (DOMAIN.md: skatt 7 926 at 11,34 kr).
    const row2025 = rowOf(step, 'balanskravsresultat', 2025);
    expect(row2025.parts[0]).toBeCloseTo((7926 / 11.34) * 0.1, 3);
    expect(row2025.parts[1]).toBeCloseTo(0, 9);
  });

  it('starts where the plan bridge ends and adds up, also rounded', () => {
    for (const step of result.scenarios)
      step.rows.forEach((row, k) => {
        const planRow = result.bridge.rows[k];
        expect(row.figure).toBe(planRow?.figure);
        expect(row.from).toBe(planRow?.new);
        const sum = row.from + row.parts.reduce((a, b) => a + b, 0) + row.rest;
        expect(sum).toBeCloseTo(row.onNew ?? NaN, 9);
        const shown = roundStepRow(row, row.figure.decimals);
        const shownSum = [...shown.parts, shown.rest].reduce((a, b) => a.plus(b), new Decimal(shown.from));
        expect(shownSum.toNumber()).toBe(shown.onNew);
        if (planRow) expect(shown.from).toBe(roundBridgeRow(planRow, row.figure.decimals).new);
      });
  });

  it('a scenario without changes has no parts and lands on the new plan', () => {
    const step = result.scenarios[1];
    expect(step?.parts).toEqual([]);
    for (const row of step?.rows ?? []) expect(row.onNew).toBe(row.from);
  });

  it('rounds a step so that it still adds up', () => {
    const figure = result.bridge.rows[0]?.figure;
    if (!figure) throw new Error('no figure');
    const shown = roundStepRow({ figure, onOld: 9.6, from: 10.4, parts: [0.3, 0.3], rest: 0, onNew: 11 }, 0);
    expect(shown).toEqual({ onOld: 10, from: 10, parts: [1, 0], rest: 0, onNew: 11 });
  });
});
