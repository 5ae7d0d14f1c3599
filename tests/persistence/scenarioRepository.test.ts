import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { createStore, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { modelRows } from '../../src/model/modelRows';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { DATABASE_NAME, openIdbBackend, STORE_NAME } from '../../src/persistence/idbBackend';
import { memoryBackend } from '../../src/persistence/memoryBackend';
import { createScenarioRepository, openScenarioRepository } from '../../src/persistence/scenarioRepository';
import type { StorageBackend } from '../../src/persistence/storageBackend';
import { newScenario } from '../../src/scenarios/newScenario';
import { changesArbitrary } from '../arbitraries';
import { plan } from '../helpers';

const AT = new Date('2026-11-25T12:00:00.000Z');
const scenario = (id: string, name = 'Test'): ScenarioDocument => ({
  ...newScenario(plan, name, id, AT),
  changes: { inputs: { skattesats: { '2025': 11.44 } }, frameChanges: [] },
});
const rawStore = () => createStore(DATABASE_NAME, STORE_NAME);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('scenario repository on IndexedDB (fake-indexeddb)', () => {
  it('stores every scenario as a versioned envelope with a revision, and reads it back', async () => {
    const repository = await openScenarioRepository();
    expect(repository.status()).toEqual({ kind: 'indexeddb' });
    const first = await repository.save(scenario('a'), { expectedRevision: 0 });
    expect(first.ok && first.saved.revision).toBe(1);
    const second = await repository.save({ ...scenario('a'), name: 'Omdöpt' }, { expectedRevision: 1 });
    expect(second.ok && second.saved.revision).toBe(2);

    const raw = (await get('scenario:a', rawStore())) as Record<string, unknown>;
    expect(raw).toMatchObject({
      format: 'budgetverkstad.scenario',
      schemaVersion: 4,
      appVersion: expect.any(String) as string,
      revision: 2,
      data: { id: 'a', name: 'Omdöpt' },
    });
    expect(Number.isNaN(Date.parse(raw.savedAt as string))).toBe(false);
    const reopened = await openScenarioRepository();
    const loaded = await reopened.load('a');
    expect(loaded?.kind === 'scenario' && loaded.document.name).toBe('Omdöpt');
  });

  it('refuses a save based on an older revision and writes nothing', async () => {
    const repository = await openScenarioRepository();
    await repository.save(scenario('a', 'Flik 1'), { expectedRevision: 0 });
    await repository.save(scenario('a', 'Flik 1 igen'), { expectedRevision: 1 });
    const stale = await repository.save(scenario('a', 'Flik 2'), { expectedRevision: 1 });
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.reason === 'conflict' && stale.current.document.name).toBe('Flik 1 igen');
    const loaded = await repository.load('a');
    expect(loaded?.kind === 'scenario' && loaded.revision).toBe(2);
  });

  it('lists a record from a newer app with an explanation and never overwrites it', async () => {
    const newer = {
      format: 'budgetverkstad.scenario',
      schemaVersion: 99,
      appVersion: '9.0.0',
      savedAt: AT.toISOString(),
      revision: 5,
      data: { id: 'framtid', name: 'Från framtiden', somethingNew: [1, 2, 3] },
    };
    await set('scenario:framtid', newer, rawStore());
    const repository = await openScenarioRepository();
    const contents = await repository.loadAll();
    expect(contents.scenarios).toEqual([]);
    expect(contents.unreadable).toHaveLength(1);
    expect(contents.unreadable[0]?.name).toBe('Från framtiden');
    expect(contents.unreadable[0]?.message).toMatch(/nyare version av Budgetverkstad \(9\.0\.0/);
    const attempt = await repository.save(scenario('framtid'), { expectedRevision: 5 });
    expect(attempt.ok).toBe(false);
    const renamed = await repository.update('framtid', (s) => ({
      document: s.document,
      deletedAt: undefined,
    }));
    expect(renamed?.ok).toBe(false);
    expect(await get('scenario:framtid', rawStore())).toEqual(newer);
  });

  it('keeps a damaged record untouched and copies it under a backup key', async () => {
    const damaged = { format: 'budgetverkstad.scenario', schemaVersion: 1, data: { name: 'Trasig' } };
    await set('scenario:trasig', damaged, rawStore());
    const repository = await openScenarioRepository();
    const contents = await repository.loadAll();
    expect(contents.unreadable[0]).toMatchObject({ kind: 'damaged', name: 'Trasig' });
    expect(await get('scenario:trasig', rawStore())).toEqual(damaged);
    expect(await get('backup:scenario:trasig@skadad', rawStore())).toEqual(damaged);
  });

  it('remembers settings (last exported) and never overwrites newer settings', async () => {
    const repository = await openScenarioRepository();
    await repository.updateSettings((s) => ({ ...s, lastExportedAt: AT.toISOString() }));
    expect((await (await openScenarioRepository()).loadSettings()).lastExportedAt).toBe(AT.toISOString());
    const newer = { format: 'budgetverkstad.settings', schemaVersion: 2, data: { x: 1 } };
    await set('settings', newer, rawStore());
    await repository.updateSettings((s) => ({ ...s, lastOpenId: 'a' }));
    expect(await get('settings', rawStore())).toEqual(newer);
  });

  it('falls back to memory when IndexedDB cannot be opened', async () => {
    Reflect.deleteProperty(globalThis, 'indexedDB');
    const repository = await openScenarioRepository();
    expect(repository.status()).toMatchObject({ kind: 'memory', reason: 'unavailable' });
    expect(repository.status().kind === 'memory' && repository.status()).toHaveProperty(
      'message',
      expect.stringMatching(/exportera dem till fil/) as string,
    );
    const saved = await repository.save(scenario('a'), { expectedRevision: 0 });
    expect(saved.ok).toBe(true);
  });
});

/** IndexedDB that works until `full` is set, then refuses every write as a full disk does. */
const fillable = async () => {
  const idb = await openIdbBackend();
  const control = { full: false };
  const backend: StorageBackend = {
    ...idb,
    set: (key, value) =>
      control.full
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : idb.set(key, value),
  };
  return { backend, control };
};

describe('a full disk', () => {
  it('moves to memory with a Swedish message and loses nothing', async () => {
    const { backend, control } = await fillable();
    const repository = createScenarioRepository(backend);
    const statuses: string[] = [];
    repository.onStatusChange((status) => statuses.push(status.kind));
    await repository.save(scenario('a', 'Sparad före'), { expectedRevision: 0 });
    control.full = true;
    const during = await repository.save(scenario('b', 'Sparad under'), { expectedRevision: 0 });
    expect(during.ok).toBe(true);
    expect(statuses).toEqual(['memory']);
    expect(repository.status()).toMatchObject({
      kind: 'memory',
      reason: 'full',
      message:
        'Webbläsaren kan inte spara just nu (lagringen är full). Dina ändringar finns kvar i den här fliken – exportera dem till fil.',
    });
    const names = (await repository.loadAll()).scenarios.map((s) => s.document.name).sort();
    expect(names).toEqual(['Sparad före', 'Sparad under']);
    const again = await repository.save({ ...scenario('a'), name: 'Ändrad' }, { expectedRevision: 1 });
    expect(again.ok && again.saved.revision).toBe(2);
    // What was saved in IndexedDB before the disk filled is still there.
    const stored = (await get('scenario:a', rawStore())) as { data: { name: string } };
    expect(stored.data.name).toBe('Sparad före');
  });
});

describe('round trip', () => {
  const inputIds = modelRows(plan).inputs.map((row) => row.id);
  const documentArbitrary = fc.record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    name: fc.string({ minLength: 1, maxLength: 200 }),
    changes: changesArbitrary,
    // Notes are keyed by the plan's input ids.
    notes: fc.dictionary(fc.constantFrom(...inputIds), fc.string({ maxLength: 100 }), { maxKeys: 4 }),
  });

  it('save → load gives back any scenario (memory and IndexedDB)', async () => {
    const idb = createScenarioRepository(await openIdbBackend());
    const memory = createScenarioRepository(memoryBackend());
    await fc.assert(
      fc.asyncProperty(documentArbitrary, async (generated) => {
        const document: ScenarioDocument = { ...newScenario(plan, 'x', 'x', AT), ...generated };
        for (const repository of [memory, idb]) {
          const before = await repository.load(document.id);
          const revision = before?.kind === 'scenario' ? before.revision : 0;
          const saved = await repository.save(document, { expectedRevision: revision });
          expect(saved.ok).toBe(true);
          const loaded = await repository.load(document.id);
          // Records go through JSON like files: the one thing that changes is −0, stored as 0.
          const expected = JSON.parse(JSON.stringify(document)) as unknown;
          expect(loaded?.kind === 'scenario' && loaded.document).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
