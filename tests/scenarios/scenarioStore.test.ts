import { describe, expect, it } from 'vitest';
import { numberAt } from '../../src/model/results';
import { newScenario } from '../../src/scenarios/newScenario';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import { plan } from '../helpers';

const fresh = () =>
  createScenarioStore(plan, newScenario(plan, 'Test', 'test-id', new Date('2026-11-24T12:00:00Z')));
const bkr2025 = (store: ReturnType<typeof fresh>) =>
  numberAt(store.getState().results, 'balanskravsresultat', 2025);

describe('the scenario store', () => {
  it('applies a command to the engine and publishes a new snapshot', () => {
    const store = fresh();
    let published = 0;
    store.subscribe(() => published++);
    const before = store.getState();
    store.dispatch({ type: 'scenario/setInput', id: 'skattesats', year: 2025, value: 11.44 });
    expect(published).toBe(1);
    expect(store.getState()).not.toBe(before);
    expect(bkr2025(store)).toBeCloseTo(-36 + 69.894, 2);
    expect(store.getState().planResults).toBe(before.planResults);
    store.destroy();
  });

  it('undoes and redoes as whole steps, and a paste is one step', () => {
    const store = fresh();
    store.dispatch({ type: 'scenario/setInputs', inputs: { skattesats: { 2025: 11.4, 2026: 11.5 } } });
    store.dispatch({ type: 'scenario/setInput', id: 'skattesats', year: 2025, value: undefined });
    expect(store.getState().document.changes.inputs).toEqual({ skattesats: { 2026: 11.5 } });
    store.dispatch({ type: 'scenario/undo' });
    expect(store.getState().document.changes.inputs).toEqual({ skattesats: { 2025: 11.4, 2026: 11.5 } });
    store.dispatch({ type: 'scenario/undo' });
    expect(store.getState().document.changes.inputs).toEqual({});
    expect(store.getState().canUndo).toBe(false);
    store.dispatch({ type: 'scenario/redo' });
    expect(store.getState().document.changes.inputs.skattesats).toEqual({ 2025: 11.4, 2026: 11.5 });
    store.destroy();
  });

  it('treats typing a note letter by letter as one undo step', () => {
    const store = fresh();
    for (const note of ['F', 'Fi', 'Fin'])
      store.dispatch({ type: 'scenario/setNote', key: 'skattesats', note });
    expect(store.getState().document.notes).toEqual({ skattesats: 'Fin' });
    store.dispatch({ type: 'scenario/undo' });
    expect(store.getState().document.notes).toEqual({});
    store.destroy();
  });

  it('adds, edits, switches off and removes frame changes', () => {
    const store = fresh();
    const change = {
      id: 'k',
      name: 'Kollektivtrafik',
      namnd: 'Regionstyrelsen',
      kind: 'kostnad',
      active: true,
      amounts: { 2025: 50 },
    } as const;
    store.dispatch({ type: 'scenario/addFrameChange', change });
    expect(bkr2025(store)).toBeCloseTo(-36 - 50, 6);
    store.dispatch({ type: 'scenario/updateFrameChange', change: { ...change, active: false } });
    expect(bkr2025(store)).toBeCloseTo(-36, 6);
    store.dispatch({ type: 'scenario/removeFrameChange', id: 'k' });
    expect(store.getState().document.changes.frameChanges).toEqual([]);
    store.dispatch({ type: 'scenario/resetToPlan' });
    store.dispatch({ type: 'scenario/undo' });
    store.dispatch({ type: 'scenario/undo' });
    expect(store.getState().document.changes.frameChanges).toHaveLength(1);
    store.destroy();
  });
});
