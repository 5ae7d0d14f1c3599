import { afterAll, describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { planRef, type ScenarioDocument } from '../../src/model/scenarioDocument';
import { compareRows } from '../../src/scenarios/compareRows';
import { createScenarioComparer, type ComparedScenario } from '../../src/scenarios/compareScenarios';
import { compute, frameChange, inputs, plan, planResults, valueOf, YEARS } from '../helpers';

const documentOf = (id: string, changes: ScenarioChanges): ScenarioDocument => ({
  id,
  name: id,
  plan: planRef(plan),
  changes,
  notes: {},
  createdAt: '2026-11-25T12:00:00.000Z',
  updatedAt: '2026-11-25T12:00:00.000Z',
});

const tax = documentOf('tax', inputs({ skattesats: Object.fromEntries(YEARS.map((y) => [y, 11.44])) }));
const frames = documentOf('frames', {
  inputs: {},
  frameChanges: [frameChange({ amounts: { 2025: 50, 2026: 50, 2027: 50 } })],
});
const unchanged = documentOf('unchanged', NO_CHANGES);

const present = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('missing');
  return value;
};

describe('comparing scenarios on one engine', () => {
  const comparer = createScenarioComparer(plan);
  afterAll(() => comparer.destroy());

  it('gives every scenario what a fresh workbook of its own gives, whatever the order', () => {
    const first = comparer.compare([tax, frames, unchanged]);
    const again = comparer.compare([frames, tax]);
    const [a, b, c, b2, a2] = [first[0], first[1], first[2], again[0], again[1]].map(present) as [
      ComparedScenario,
      ComparedScenario,
      ComparedScenario,
      ComparedScenario,
      ComparedScenario,
    ];
    for (const id of ['skatteintakter', 'arets_resultat', 'balanskravsresultat', 'soliditet_fullfondering']) {
      for (const year of [2025, 2027]) {
        expect(valueOf(a.results, id, year)).toBeCloseTo(valueOf(compute(tax.changes), id, year), 9);
        expect(valueOf(b.results, id, year)).toBeCloseTo(valueOf(compute(frames.changes), id, year), 9);
        expect(valueOf(c.results, id, year)).toBeCloseTo(valueOf(planResults, id, year), 9);
      }
    }
    expect(a2.results).toBe(a.results);
    expect(b2.results).toBe(b.results);
    expect(a.goals.find((goal) => goal.id === 'balanskrav')?.years[0]?.met).toBe(true);
    expect(c.goals.find((goal) => goal.id === 'balanskrav')?.years[0]?.met).toBe(false);
  });

  it('marks exactly the rows that differ from the plan', () => {
    const workbook = compileWorkbook(plan, NO_CHANGES);
    const compared = comparer.compare([tax, unchanged]);
    const scenarios = compared.map((c) => ({ results: c.results, changes: c.document.changes }));
    const rows = compareRows(workbook.rows, workbook.layout, 'Resultatbudget', planResults, scenarios);
    const row = (id: string) => rows.find((r) => r.id === id);
    expect(row('skatteintakter')?.differs).toBe(true);
    expect(row('generella_statsbidrag')?.differs).toBe(false);
    expect(row('verksamhetens_kostnader')?.differs).toBe(false);
    const skatt = row('skatteintakter')?.scenarios[0];
    const expected = (valueOf(planResults, 'skatteunderlag', 2025) * 0.1) / 100;
    expect((skatt?.scenario['2025'] as number) - (skatt?.plan['2025'] as number)).toBeCloseTo(expected, 6);
    expect(rows.find((r) => r.id === 'skatteintakter')?.scenarios[1]?.scenario['2025']).toBe(
      valueOf(planResults, 'skatteintakter', 2025),
    );
    const inputRows = compareRows(workbook.rows, workbook.layout, 'Antaganden', planResults, scenarios);
    expect(inputRows.find((r) => r.id === 'skattesats')?.scenarios[0]?.changed.has('2025')).toBe(true);
  });
});
