import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { computeMarks, type KeyValueStorage } from '../../src/persistence/computeMarks';
import { memoryBackend } from '../../src/persistence/memoryBackend';
import { createScenarioRepository } from '../../src/persistence/scenarioRepository';
import type { TabSync } from '../../src/persistence/tabSync';
import { COMPUTE_BUDGET_MS, startComputeWatchdog } from '../../src/scenarios/computeWatchdog';
import { newScenario } from '../../src/scenarios/newScenario';
import { openLibrary } from '../../src/scenarios/scenarioLibrary';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import { plan } from '../helpers';

/** localStorage as the browser has it, in memory (one per "browser", shared by its "tabs"). */
const fakeStorage = (): KeyValueStorage & { readonly items: Map<string, string> } => {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
};
/** A clock the test moves: a computation "takes" as long as it advances the clock. */
const clock = (start = 1_800_000_000_000) => {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
};
const document = { id: 'tungt', name: 'Tungt scenario' };

describe('the compute watchdog', () => {
  it('marks a computation durably before it starts and clears the mark after', () => {
    const storage = fakeStorage();
    const watchdog = startComputeWatchdog(computeMarks(storage), clock().now, 'sida-1');
    const seen = watchdog.watch(document, () => [...storage.items.keys()]);
    expect(seen).toEqual(['budgetverkstad:beraknar:sida-1']);
    expect([...storage.items.keys()]).toEqual([]);
  });

  it('takes exactly the budget, and makes a scenario a suspect one millisecond over it', () => {
    expect(COMPUTE_BUDGET_MS).toBe(2000);
    const storage = fakeStorage();
    const time = clock();
    const watchdog = startComputeWatchdog(computeMarks(storage), time.now);
    watchdog.watch(document, () => time.advance(COMPUTE_BUDGET_MS));
    expect(watchdog.suspectOf('tungt')).toBeUndefined();
    watchdog.watch(document, () => time.advance(COMPUTE_BUDGET_MS + 1));
    const next = startComputeWatchdog(computeMarks(storage), time.now);
    expect(next.suspectOf('tungt')).toEqual({
      id: 'tungt',
      name: 'Tungt scenario',
      reason: 'slow',
      ms: 2001,
    });
  });

  it('makes the scenario of a mark left by a page that stopped a suspect at the next start', () => {
    const storage = fakeStorage();
    const time = clock();
    const frozen = startComputeWatchdog(computeMarks(storage), time.now, 'fryst');
    // The page freezes (or crashes) inside the computation: the mark is never cleared.
    computeMarks(storage).mark('fryst', { ...document, startedAt: time.now() });
    expect(frozen.suspectOf('tungt')).toBeUndefined();
    time.advance(COMPUTE_BUDGET_MS + 1);
    const next = startComputeWatchdog(computeMarks(storage), time.now);
    expect(next.suspectOf('tungt')).toEqual({ id: 'tungt', name: 'Tungt scenario', reason: 'stuck' });
    expect(computeMarks(storage).marks()).toEqual([]);
  });

  it('leaves alone a mark younger than the budget: another tab may be computing right now', () => {
    const storage = fakeStorage();
    const time = clock();
    computeMarks(storage).mark('annan-flik', { ...document, startedAt: time.now() });
    time.advance(COMPUTE_BUDGET_MS);
    const watchdog = startComputeWatchdog(computeMarks(storage), time.now);
    expect(watchdog.suspectOf('tungt')).toBeUndefined();
    expect(computeMarks(storage).marks()).toHaveLength(1);
  });

  it('clears a suspect once it computes within the budget, or is forgiven', () => {
    const storage = fakeStorage();
    const time = clock();
    const watchdog = startComputeWatchdog(computeMarks(storage), time.now);
    watchdog.watch(document, () => time.advance(5000));
    watchdog.watch({ id: 'annat', name: 'Annat' }, () => time.advance(5000));
    watchdog.watch(document, () => time.advance(100));
    expect(watchdog.suspectOf('tungt')).toBeUndefined();
    expect(watchdog.suspectOf('annat')?.reason).toBe('slow');
    watchdog.forgive('annat');
    expect(watchdog.suspectOf('annat')).toBeUndefined();
  });

  it('marks and clears around a computation that throws, too', () => {
    const storage = fakeStorage();
    const watchdog = startComputeWatchdog(computeMarks(storage), clock().now);
    expect(() =>
      watchdog.watch(document, () => {
        throw new Error('motorn');
      }),
    ).toThrow('motorn');
    expect(storage.items.size).toBe(0);
  });

  it('goes without storage, or with storage that throws or holds anything', () => {
    const broken: KeyValueStorage = {
      length: 1,
      key: () => 'budgetverkstad:beraknar:x',
      getItem: () => {
        throw new Error('blockerad');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    for (const storage of [undefined, broken]) {
      const watchdog = startComputeWatchdog(computeMarks(storage));
      expect(watchdog.watch(document, () => 42)).toBe(42);
      expect(watchdog.suspectOf('tungt')).toBeUndefined();
    }
    const garbage = fakeStorage();
    garbage.setItem('budgetverkstad:beraknar:x', '{"id": 1}');
    garbage.setItem('budgetverkstad:for-langsamma-scenarier', '[{"__proto__": 1}]');
    expect(startComputeWatchdog(computeMarks(garbage)).suspectOf('1')).toBeUndefined();
  });
});

describe('a start in safe mode', () => {
  const AT = new Date('2026-11-25T12:00:00.000Z');
  const heavy: ScenarioDocument = {
    ...newScenario(plan, 'Tungt scenario', 'tungt', AT),
    changes: { inputs: { skattesats: { '2025': 11.44 } }, frameChanges: [] },
  };
  const quiet: TabSync = {
    tab: 't',
    post: () => undefined,
    subscribe: () => () => undefined,
    close: () => undefined,
  };

  const start = async (storage: KeyValueStorage, now: () => number) => {
    const backend = memoryBackend();
    const repository = createScenarioRepository(backend);
    await repository.save(heavy, { expectedRevision: 0 });
    await repository.updateSettings((s) => ({ ...s, lastOpenId: 'tungt' }));
    const watchdog = startComputeWatchdog(computeMarks(storage), now);
    let ids = 0;
    const library = await openLibrary({
      plan,
      repository,
      tabSync: quiet,
      watchdog,
      newId: () => `ny-${(ids += 1)}`,
    });
    const store = library.attach(createScenarioStore(plan, library.initialDocument));
    return { library, store };
  };

  it('opens the scenario opened last when nothing froze or slowed a start', async () => {
    const { library } = await start(fakeStorage(), clock().now);
    expect(library.initialDocument.id).toBe('tungt');
    expect(library.getState().safeMode).toBeUndefined();
    library.close();
  });

  it('opens the plan instead of a scenario whose computation a page never finished, and says which', async () => {
    const storage = fakeStorage();
    const time = clock();
    computeMarks(storage).mark('fryst', { id: 'tungt', name: 'Tungt scenario', startedAt: time.now() });
    time.advance(30_000);
    const { library, store } = await start(storage, time.now);
    expect(library.initialDocument).toMatchObject({ id: 'ny-1', changes: { inputs: {}, frameChanges: [] } });
    expect(store.getState().document.id).toBe('ny-1');
    expect(library.getState().safeMode).toEqual({ id: 'tungt', name: 'Tungt scenario', reason: 'stuck' });
    // Not computed, not lost: it is still among the saved scenarios.
    expect(library.getState().scenarios.map((s) => s.document.id)).toContain('tungt');
    library.close();
  });

  it('opens it when asked, watched again: within the budget it is no longer a suspect', async () => {
    const storage = fakeStorage();
    const time = clock();
    startComputeWatchdog(computeMarks(storage), time.now).watch(heavy, () => time.advance(9000));
    const { library, store } = await start(storage, time.now);
    expect(library.getState().safeMode).toMatchObject({ id: 'tungt', reason: 'slow', ms: 9000 });
    await library.open('tungt');
    expect(store.getState().document.id).toBe('tungt');
    expect(library.getState().safeMode).toBeUndefined();
    expect(startComputeWatchdog(computeMarks(storage), time.now).suspectOf('tungt')).toBeUndefined();
    library.close();
  });

  it('forgets the suspect when the scenario is deleted', async () => {
    const storage = fakeStorage();
    const time = clock();
    startComputeWatchdog(computeMarks(storage), time.now).watch(heavy, () => time.advance(9000));
    const { library } = await start(storage, time.now);
    await library.remove('tungt');
    expect(library.getState().safeMode).toBeUndefined();
    expect(library.getState().trash.map((s) => s.document.id)).toEqual(['tungt']);
    expect(startComputeWatchdog(computeMarks(storage), time.now).suspectOf('tungt')).toBeUndefined();
    library.close();
  });
});
