import { describe, expect, it } from 'vitest';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import { synnerligaSkalNoteKey } from '../../src/model/balanskravStatus';
import { parsePlan } from '../../src/model/parsePlan';
import { newScenario } from '../../src/scenarios/newScenario';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import { selectBalanskravStatus, selectSheetRows } from '../../src/scenarios/selectors';
import { plan } from '../helpers';

describe('selectSheetRows', () => {
  it('keeps the object of a row whose figures an edit did not change, and replaces the rows it did', () => {
    const store = createScenarioStore(
      plan,
      newScenario(plan, 'Test', 'test-id', new Date('2026-11-25T12:00:00Z')),
    );
    const before = new Map(selectSheetRows(store.getState(), 'Antaganden').map((row) => [row.row.id, row]));
    store.dispatch({ type: 'scenario/setInput', id: 'skattesats', year: 2025, value: 11.44 });
    const after = new Map(selectSheetRows(store.getState(), 'Antaganden').map((row) => [row.row.id, row]));

    expect(after.get('skattesats')).not.toBe(before.get('skattesats'));
    expect(after.get('skattesats')?.scenario['2025']).toBe(11.44);
    expect(after.get('skattesats')?.changed.has('2025')).toBe(true);
    // The population does not depend on the tax rate: same object, so its memoised cells skip rendering.
    expect(after.get('befolkning')).toBe(before.get('befolkning'));
    const unchanged = [...after.values()].filter((row) => row === before.get(row.row.id)).length;
    expect(unchanged).toBeGreaterThan(0);
    expect(unchanged).toBeLessThan(after.size);
    store.destroy();
  });

  it('hands out the same figures and change marks as a fresh store after edits, resets and undo', () => {
    const scenario = newScenario(plan, 'Test', 'test-id', new Date('2026-11-25T12:00:00Z'));
    const store = createScenarioStore(plan, scenario);
    const sheets = ['Antaganden', 'Resultatbudget', 'Nyckeltal'] as const;
    const commands = [
      { type: 'scenario/setInput', id: 'skattesats', year: 2025, value: 11.44 },
      { type: 'scenario/setInput', id: 'befolkning', year: 2026, value: 250_000 },
      { type: 'scenario/setInput', id: 'skattesats', year: 2025, value: undefined },
      { type: 'scenario/undo' },
      { type: 'scenario/undo' },
      { type: 'scenario/redo' },
    ] as const;
    for (const command of commands) {
      for (const sheet of sheets) selectSheetRows(store.getState(), sheet);
      store.dispatch(command);
      const fresh = createScenarioStore(plan, store.getState().document);
      for (const sheet of sheets) {
        const rows = selectSheetRows(store.getState(), sheet);
        const expected = selectSheetRows(fresh.getState(), sheet);
        expect(rows.map((row) => [row.row.id, row.scenario, [...row.changed]])).toEqual(
          expected.map((row) => [row.row.id, row.scenario, [...row.changed]]),
        );
      }
      fresh.destroy();
    }
    expect(
      selectSheetRows(store.getState(), 'Antaganden').find((r) => r.row.id === 'befolkning')?.changed,
    ).toEqual(new Set(['2026']));
    store.destroy();
  });
});

describe('selectBalanskravStatus', () => {
  it('is computed once per results and notes, and again when a decision’s reason alone changes', () => {
    const sjobo = parsePlan(sjoboJson);
    const store = createScenarioStore(
      sjobo,
      newScenario(sjobo, 'Test', 'test-id', new Date('2026-12-01T12:00:00Z')),
    );
    const first = selectBalanskravStatus(store.getState());
    expect(selectBalanskravStatus(store.getState())).toBe(first);
    // Sjöbo 2024: 4,8 left from 2023 + 18,6 = 23,4; a decision of 10 leaves 13,4.
    expect(first?.years.find((y) => y.year === 2024)?.left.toNumber()).toBeCloseTo(23.4, 9);
    store.dispatch({ type: 'scenario/setSynnerligaSkal', year: 2024, amount: 10, reason: 'Första skälet' });
    const decided = selectBalanskravStatus(store.getState());
    expect(decided).not.toBe(first);
    expect(decided?.years.find((y) => y.year === 2024)?.left.toNumber()).toBeCloseTo(13.4, 9);
    store.dispatch({ type: 'scenario/setNote', key: synnerligaSkalNoteKey(2024), note: 'Andra skälet' });
    expect(selectBalanskravStatus(store.getState())?.decisions[0]?.reason).toBe('Andra skälet');
    store.dispatch({ type: 'scenario/undo' });
    expect(selectBalanskravStatus(store.getState())?.decisions[0]?.reason).toBe('Första skälet');
    store.destroy();
  });
});
