import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveVersion, setStatus, type ScenarioHistory } from '../../src/model/history/scenarioHistory';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { DATABASE_NAME, openIdbBackend, STORE_NAME } from '../../src/persistence/idbBackend';
import { memoryBackend } from '../../src/persistence/memoryBackend';
import { createScenarioRepository, type ScenarioRepository } from '../../src/persistence/scenarioRepository';
import type { StorageBackend } from '../../src/persistence/storageBackend';
import { newScenario } from '../../src/scenarios/newScenario';
import { plan } from '../helpers';

const T0 = Date.parse('2026-12-01T09:00:00.000Z');
const minutes = (n: number) => new Date(T0 + n * 60_000);
const scenario = (rate: number): ScenarioDocument => ({
  ...newScenario(plan, 'Förslag', 'a', minutes(0)),
  changes: { inputs: { skattesats: { '2026': rate } }, frameChanges: [] },
});
const historyOf = async (repository: ScenarioRepository): Promise<ScenarioHistory> => {
  const stored = await repository.loadHistory('a');
  if (stored.kind !== 'history') throw new Error(stored.message);
  return stored.history;
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** Each backend, and how a reload opens it again: a new repository over what was stored. */
const BACKENDS: readonly (readonly [string, () => Promise<() => Promise<StorageBackend>>])[] = [
  [
    'memory',
    () => {
      const backend = memoryBackend();
      return Promise.resolve(() => Promise.resolve(backend));
    },
  ],
  ['IndexedDB (fake-indexeddb)', () => Promise.resolve(openIdbBackend)],
];

describe.each(BACKENDS)('a scenario’s versions on %s', (_name, backends) => {
  it('survive a reload: versions with notes, automatic versions after a pause, the status', async () => {
    const open = await backends();
    let clock = minutes(0);
    const repository = createScenarioRepository(await open(), undefined, () => clock);
    await repository.save(scenario(11.44), { expectedRevision: 0 });
    clock = minutes(1);
    await repository.save(scenario(11.54), { expectedRevision: 1 });
    // Three minutes later: the same session, no version. Fifteen minutes after that: the session before is kept.
    clock = minutes(4);
    await repository.save(scenario(11.6), { expectedRevision: 2 });
    expect((await historyOf(repository)).versions).toEqual([]);
    clock = minutes(19);
    await repository.save(scenario(11.7), { expectedRevision: 3 });
    const noted = await repository.changeHistory('a', (history, saved) =>
      saveVersion(history, saved.document, 'Inför nämnden', clock),
    );
    expect(noted.ok).toBe(true);
    await repository.changeHistory('a', (history, saved) =>
      setStatus(history, saved.document, 'for_beslut', 'Till regionstyrelsen', clock),
    );

    const reloaded = createScenarioRepository(await open(), undefined, () => clock);
    const history = await historyOf(reloaded);
    expect(history).toMatchObject({
      scenarioId: 'a',
      status: 'for_beslut',
      decisionNote: 'Till regionstyrelsen',
    });
    expect(
      history.versions.map((v) => [v.seq, v.kind, v.note, v.savedAt, v.document.changes.inputs]),
    ).toEqual([
      [1, 'automatisk', '', minutes(4).toISOString(), { skattesats: { '2026': 11.6 } }],
      [2, 'sparad', 'Inför nämnden', minutes(19).toISOString(), { skattesats: { '2026': 11.7 } }],
      [3, 'status', 'Till regionstyrelsen', minutes(19).toISOString(), { skattesats: { '2026': 11.7 } }],
    ]);
  });

  it('has an empty history for a scenario never versioned, and refuses a history for one not saved', async () => {
    const repository = createScenarioRepository(await (await backends())());
    expect((await historyOf(repository)).versions).toEqual([]);
    const refused = await repository.changeHistory('a', (h) => h);
    expect(refused).toEqual({ ok: false, message: 'Scenariot är inte sparat ännu.' });
  });
});

describe('a stored history the app cannot use', () => {
  const raw = () => createStore(DATABASE_NAME, STORE_NAME);

  it('from a newer app is left untouched: no version is added to it', async () => {
    const newer = {
      format: 'budgetverkstad.history',
      schemaVersion: 99,
      appVersion: '9.0.0',
      savedAt: minutes(0).toISOString(),
      data: { framtid: true },
    };
    await set('history:a', newer, raw());
    let clock = minutes(0);
    const repository = createScenarioRepository(await openIdbBackend(), undefined, () => clock);
    await repository.save(scenario(11.44), { expectedRevision: 0 });
    clock = minutes(30);
    const saved = await repository.save(scenario(11.54), { expectedRevision: 1 });
    expect(saved.ok).toBe(true);
    const asked = await repository.changeHistory('a', (h, s) => saveVersion(h, s.document, 'Not', clock));
    expect(asked.ok).toBe(false);
    expect(!asked.ok && asked.message).toMatch(/^Historiken sparades av en nyare version av Budgetverkstad/);
    expect(await get('history:a', raw())).toEqual(newer);
  });

  it('that is damaged is kept as a backup, the scenario opens as it is, and new versions start afresh', async () => {
    const damaged = {
      format: 'budgetverkstad.history',
      schemaVersion: 4,
      appVersion: '0.1.0',
      savedAt: minutes(0).toISOString(),
      data: { versions: 'trasig' },
    };
    await set('history:a', damaged, raw());
    const repository = createScenarioRepository(await openIdbBackend(), undefined, () => minutes(1));
    await repository.save(scenario(11.44), { expectedRevision: 0 });
    const stored = await repository.loadHistory('a');
    expect(stored).toMatchObject({
      kind: 'damaged',
      message: expect.stringMatching(/historik är skadad/) as string,
    });
    expect(await get('backup:history:a@skadad', raw())).toEqual(damaged);
    const loaded = await repository.load('a');
    expect(loaded?.kind === 'scenario' && loaded.document.changes.inputs).toEqual({
      skattesats: { '2026': 11.44 },
    });
    const noted = await repository.changeHistory('a', (h, s) =>
      saveVersion(h, s.document, 'Ny början', minutes(2)),
    );
    expect(noted.ok && noted.history.versions.map((v) => v.note)).toEqual(['Ny början']);
    expect(await get('backup:history:a@skadad', raw())).toEqual(damaged);
  });
});
