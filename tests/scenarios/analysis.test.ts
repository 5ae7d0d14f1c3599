import { afterAll, describe, expect, it } from 'vitest';
import { attribute } from '../../src/model/attribution';
import type { GoalSeekInstrument } from '../../src/model/goalSeek';
import { numberAt } from '../../src/model/results';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { createAnalyzer } from '../../src/scenarios/analysis';
import { newScenario } from '../../src/scenarios/newScenario';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import { BUDGET_YEARS, compute, frameChange, plan, planResults } from '../helpers';

const analyzer = createAnalyzer(plan);
afterAll(() => analyzer.destroy());
const target = { kind: 'goal', goalId: 'balanskrav', years: BUDGET_YEARS } as const;

describe('the analyzer bound to the store', { timeout: 30_000 }, () => {
  const instruments: GoalSeekInstrument[] = [
    { kind: 'skattesats', fromYear: 2025 },
    { kind: 'effektivisering', fromYear: 2025 },
  ];
  for (const instrument of instruments)
    it(`applies a ${instrument.kind} answer as one command that meets the goal, and one undo takes it back`, () => {
      const store = createScenarioStore(
        plan,
        newScenario(plan, 'Test', 't', new Date('2026-11-25T12:00:00Z')),
      );
      const result = analyzer.seek(store.getState().document.changes, target, instrument);
      expect(result.kind).toBe('found');
      expect(result.command).toBeDefined();
      if (!result.command) return;
      store.dispatch(result.command);
      for (const year of BUDGET_YEARS)
        expect(store.getState().results.cells.mal_balanskrav_uppfyllt?.[String(year)]).toBe(true);
      expect(result.goalsAfter?.[0]?.years[0]?.met).toBe(true);
      expect(result.goalsBefore[0]?.years[0]?.met).toBe(false);
      store.dispatch({ type: 'scenario/undo' });
      expect(store.getState().document.changes).toEqual(NO_CHANGES);
      store.destroy();
    });

  it('attributes in slices and gives the same split as the frame changes in the sheet', async () => {
    const scenario = {
      inputs: { skattesats: { 2025: 11.44 } },
      frameChanges: [frameChange({ amounts: { 2025: 50 } })],
    };
    const metrics = [{ rowId: 'balanskravsresultat', year: 2025 }];
    let progress = 0;
    const result = await analyzer.attribute(NO_CHANGES, scenario, metrics, undefined, (share) => {
      progress = share;
    });
    expect(progress).toBeLessThanOrEqual(1);
    expect(result.contributions[0]?.[1]).toBeCloseTo(-50, 9);
    const total = (result.end[0] ?? 0) - (result.start[0] ?? 0);
    expect((result.contributions[0] ?? []).reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9);
    expect(result.start[0]).toBeCloseTo(numberAt(planResults, 'balanskravsresultat', 2025) ?? NaN, 9);
    expect(analyzer.stats().evaluations).toBeGreaterThan(0);
  });

  it('gives, on the batch evaluator, the split HyperFormula gives for every coalition', async () => {
    const scenario = {
      inputs: {
        skattesats: { 2025: 11.5 },
        prisindex: { 2026: 1.5 },
        befolkning: { 2027: 249_000 },
        skatteunderlagstillvaxt: { 2025: 4 },
      },
      frameChanges: [frameChange({ amounts: { 2025: 50, 2026: 50 } })],
    };
    const metrics = [2025, 2026, 2027].flatMap((year) =>
      ['balanskravsresultat', 'arets_resultat', 'soliditet'].map((rowId) => ({ rowId, year })),
    );
    const result = await analyzer.attribute(NO_CHANGES, scenario, metrics);
    const byHyperFormula = attribute(NO_CHANGES, scenario, metrics, (changes) => compute(changes));
    expect(result.parts).toEqual(byHyperFormula.parts);
    result.contributions.forEach((row, m) =>
      row.forEach((value, p) => expect(value).toBeCloseTo(byHyperFormula.contributions[m]?.[p] ?? NaN, 9)),
    );
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const many = { inputs: { skattesats: { 2025: 11.44 }, prisindex: { 2026: 2 } }, frameChanges: [] };
    await expect(analyzer.attribute(NO_CHANGES, many, [], controller.signal)).rejects.toThrow('Avbruten');
  });
});
