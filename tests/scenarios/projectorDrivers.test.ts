import { describe, expect, it } from 'vitest';
import { newScenario } from '../../src/scenarios/newScenario';
import { PROJECTOR_DRIVERS, stepDriver } from '../../src/scenarios/projectorDrivers';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import { plan } from '../helpers';

const driver = (id: string) => {
  const found = PROJECTOR_DRIVERS.find((d) => d.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('stepDriver', () => {
  it('asks before a step takes a year out of its plausible range, once, where it crosses', () => {
    const store = createScenarioStore(
      plan,
      newScenario(plan, 'Test', 'test-id', new Date('2026-11-25T12:00:00Z')),
    );
    const befolkning = driver('befolkning');
    // 248 103 + 12 000 = 260 103 ≤ 248 103 × 1,05 = 260 508,15: plausible, taken without a question.
    const twelve = stepDriver(store.getState(), befolkning, 12_000);
    expect('type' in twelve).toBe(true);
    if ('type' in twelve) store.dispatch(twelve);
    const next = stepDriver(store.getState(), befolkning, 1_000);
    expect('ask' in next).toBe(true);
    if (!('ask' in next)) throw new Error('expected a question');
    // 2025 crosses (261 103 > 260 508,15); 2026's range reaches 260 689,8 (248 276 × 1,05), 261 276 crosses too.
    expect(next.ask.map(({ year, value }) => [year, value]).slice(0, 2)).toEqual([
      [2025, 261_103],
      [2026, 261_276],
    ]);
    store.dispatch(next.command);
    // Further out: already agreed to, no new question for the years that crossed.
    const further = stepDriver(store.getState(), befolkning, 1_000);
    expect('ask' in further ? further.ask.map((a) => a.year) : []).not.toContain(2025);
    store.destroy();
  });
});
