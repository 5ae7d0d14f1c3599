import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { newScenario } from '../../src/scenarios/newScenario';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import { selectPlanProblems } from '../../src/scenarios/selectors';
import { frameChange, plan } from '../helpers';

const AT = new Date('2026-11-25T12:00:00.000Z');
const stored = (patch: Partial<ScenarioDocument>): ScenarioDocument => ({
  ...newScenario(plan, 'Sparat', 'sparat', AT),
  ...patch,
});

describe('selectPlanProblems: a saved scenario is checked against the plan like an import', () => {
  it('says nothing for a scenario that fits, with one array for every state', () => {
    const store = createScenarioStore(plan, stored({}));
    const first = selectPlanProblems(store.getState());
    expect(first).toEqual([]);
    store.dispatch({ type: 'scenario/setInput', id: 'skattesats', year: 2025, value: 11.5 });
    expect(selectPlanProblems(store.getState())).toBe(first);
    store.destroy();
  });

  it('names a value out of bounds and a frame-change amount out of bounds, until they are corrected', () => {
    const store = createScenarioStore(
      plan,
      stored({
        changes: {
          inputs: { skattesats: { '2025': 500 } },
          frameChanges: [frameChange({ name: 'Klistrad rad', amounts: { '2025': 151_000_000_000 } })],
        },
      }),
    );
    const problems = selectPlanProblems(store.getState());
    expect(problems).toEqual([
      'Skattesats 2025: 500 ligger utanför det tillåtna (1 till 40).',
      'Ramförändringen "Klistrad rad" 2025: 151\u00a0000\u00a0000\u00a0000 mnkr ligger utanför det tillåtna (\u22121\u00a0000\u00a0000 till 1\u00a0000\u00a0000 mnkr).',
    ]);
    expect(selectPlanProblems(store.getState())).toBe(problems);
    store.dispatch({ type: 'scenario/setInput', id: 'skattesats', year: 2025, value: 11.5 });
    expect(selectPlanProblems(store.getState())).toHaveLength(1);
    store.destroy();
  });

  it('names a scenario made for another plan', () => {
    const store = createScenarioStore(
      plan,
      stored({
        plan: { id: 'gotland-2025', version: 1, name: 'Budget 2025', organisation: 'Region Gotland' },
      }),
    );
    expect(selectPlanProblems(store.getState())).toEqual([
      `Scenariot gäller Budget 2025, Region Gotland, inte ${plan.name}, ${plan.organisation.name}.`,
    ]);
    store.destroy();
  });
});
