import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, openIdbBackend, STORE_NAME } from '../../src/persistence/idbBackend';
import { toPlanRecord } from '../../src/persistence/planRecord';
import { createPlanRepository } from '../../src/persistence/planRepository';
import { createTabSync } from '../../src/persistence/tabSync';
import { openPlanLibrary } from '../../src/scenarios/planLibrary';

const AT = new Date('2026-12-01T13:00:00.000Z');
const sjoboFile = JSON.parse(readFileSync('fixtures/plans/sjobo-2024-2027.json', 'utf8')) as Record<
  string,
  unknown
>;
const own = { ...sjoboFile, id: 'egen-plan', name: 'Egen plan' };
const rawStore = () => createStore(DATABASE_NAME, STORE_NAME);
const connection = async () => createPlanRepository(await openIdbBackend(), () => AT);
const quietSync = () => createTabSync(crypto.randomUUID(), `test-${crypto.randomUUID()}`);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('plan repository on IndexedDB (fake-indexeddb)', () => {
  it('stores a plan in the versioned envelope with a revision, and reads it back through parsePlan', async () => {
    const repository = await connection();
    const saved = await repository.save(own, { id: 'egen-plan', expectedRevision: 0 });
    expect(saved.ok).toBe(true);
    const raw = (await get('plan:egen-plan', rawStore())) as Record<string, unknown>;
    expect(raw).toMatchObject({
      format: 'budgetverkstad.plan',
      schemaVersion: 1,
      savedAt: AT.toISOString(),
      revision: 1,
    });
    expect((raw.data as { name: string }).name).toBe('Egen plan');
    const loaded = await (await connection()).load('egen-plan');
    expect(loaded?.kind === 'plan' && loaded.plan.organisation.name).toBe('Sjöbo kommun');
  });

  it('never saves a plan that does not validate, and says what is wrong', async () => {
    const repository = await connection();
    const result = await repository.save(
      { ...own, years: { base: 2023 } },
      { id: 'egen-plan', expectedRevision: 0 },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('invalid');
    expect(await get('plan:egen-plan', rawStore())).toBeUndefined();
  });

  it('leaves a plan from a newer app untouched and shows it as unreadable but kept', async () => {
    const newer = { ...toPlanRecord(own, 4, undefined, AT), schemaVersion: 9, appVersion: '9.0.0' };
    await set('plan:egen-plan', newer, rawStore());
    const repository = await connection();
    const { plans, unreadable } = await repository.loadAll();
    expect(plans).toEqual([]);
    expect(unreadable[0]).toMatchObject({ kind: 'newer', name: 'Sjöbo kommun · Egen plan' });
    expect(unreadable[0]?.message).toMatch(/nyare version av Budgetverkstad \(9\.0\.0\)/);
    const attempt = await repository.save(own, { id: 'egen-plan', expectedRevision: 4 });
    expect(!attempt.ok && attempt.reason).toBe('protected');
    expect(await get('plan:egen-plan', rawStore())).toEqual(newer);
  });

  it('keeps a plan whose file cannot be migrated, with a backup, and reports it in Swedish', async () => {
    const [file] = readdirSync('fixtures/persisted-plans/v1');
    const v1 = JSON.parse(readFileSync(`fixtures/persisted-plans/v1/${file ?? ''}`, 'utf8')) as Record<
      string,
      unknown
    >;
    const broken = { ...v1, id: 'gammal', tables: undefined };
    const record = toPlanRecord(broken, 2, undefined, AT);
    await set('plan:gammal', record, rawStore());
    const { unreadable } = await (await connection()).loadAll();
    expect(unreadable[0]?.kind).toBe('damaged');
    expect(unreadable[0]?.message).toMatch(/kan inte läsas av den här versionen.*säkerhetskopia/);
    expect(await get('plan:gammal', rawStore())).toEqual(record);
    expect(await get('backup:plan:gammal@skadad', rawStore())).toEqual(record);
  });

  it('never lets two connections overwrite each other silently', async () => {
    const [first, second] = [await connection(), await connection()];
    await first.save(own, { id: 'egen-plan', expectedRevision: 0 });
    const ahead = await first.save({ ...own, name: 'Flik 1' }, { id: 'egen-plan', expectedRevision: 1 });
    expect(ahead.ok && ahead.saved.revision).toBe(2);
    const stale = await second.save({ ...own, name: 'Flik 2' }, { id: 'egen-plan', expectedRevision: 1 });
    expect(!stale.ok && stale.reason === 'conflict' && stale.current.plan.name).toBe('Flik 1');
  });
});

describe('plan library', () => {
  it('keeps built-in plans read-only and copies one as an editable own plan', async () => {
    const library = await openPlanLibrary(await connection(), quietSync());
    expect(library.getState().plans.map((e) => e.plan.id)).toEqual([
      'norrbotten-2025-2027',
      'sjobo-2024-2027',
      'vasternorrland-2022-2024',
    ]);
    expect((await library.rename('sjobo-2024-2027', 'X')).ok).toBe(false);
    expect((await library.remove('sjobo-2024-2027')).ok).toBe(false);
    const copy = await library.copy('sjobo-2024-2027');
    expect(copy.ok && [copy.plan.id, copy.plan.version, copy.plan.name]).toEqual([
      'sjobo-2024-2027-kopia',
      1,
      'Budget 2024 med plan 2025–2027 (kopia)',
    ]);
    expect(copy.ok && copy.plan.documents).toEqual(sjoboFile.documents);
    expect((await library.rename('sjobo-2024-2027-kopia', 'Vår budget')).ok).toBe(true);
    const again = await openPlanLibrary(await connection(), quietSync());
    expect(again.find('sjobo-2024-2027-kopia')?.plan.name).toBe('Vår budget');
  });

  it('moves a deleted own plan to the Papperskorg and restores it', async () => {
    const library = await openPlanLibrary(await connection(), quietSync());
    await library.copy('sjobo-2024-2027');
    expect((await library.remove('sjobo-2024-2027-kopia')).ok).toBe(true);
    expect(library.find('sjobo-2024-2027-kopia')).toBeUndefined();
    expect(library.getState().trash.map((e) => e.plan.id)).toEqual(['sjobo-2024-2027-kopia']);
    expect(await keys(rawStore())).toContain('plan:sjobo-2024-2027-kopia');
    await library.restore('sjobo-2024-2027-kopia');
    expect(library.find('sjobo-2024-2027-kopia')?.builtIn).toBe(false);
    expect(library.getState().trash).toEqual([]);
  });

  it('imports a plan file as a new own plan, a copy when its id is taken, never half-saved', async () => {
    const library = await openPlanLibrary(await connection(), quietSync());
    const clash = await library.importPlan(sjoboFile);
    expect(clash.ok && clash.plan.id).toBe('sjobo-2024-2027-kopia');
    const bad = await library.importPlan({
      ...sjoboFile,
      id: 'ny',
      organisation: { name: 'X', kind: 'stad' },
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.join(' ')).toMatch(/organisation\.kind: region eller kommun väntades/);
    expect(await keys(rawStore())).not.toContain('plan:ny');
  });
});
