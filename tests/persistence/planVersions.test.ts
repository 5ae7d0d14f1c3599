import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, openIdbBackend, STORE_NAME } from '../../src/persistence/idbBackend';
import { readPlanRecord } from '../../src/persistence/planRecord';
import { createPlanRepository } from '../../src/persistence/planRepository';
import { createTabSync } from '../../src/persistence/tabSync';
import { openPlanLibrary } from '../../src/scenarios/planLibrary';
import { makePlanVersion } from '../../src/scenarios/planVersions';
import { NORRBOTTEN_EDIT } from '../model/revisions/norrbottenRevision';

const AT = new Date('2026-12-02T09:00:00.000Z');
const NORRBOTTEN = 'norrbotten-2025-2027';
const rawStore = () => createStore(DATABASE_NAME, STORE_NAME);
const connection = async () => createPlanRepository(await openIdbBackend(), () => AT);
const quietSync = () => createTabSync(crypto.randomUUID(), `test-${crypto.randomUUID()}`);
const open = async () => openPlanLibrary(await connection(), quietSync());

/** A forecast of the built-in plan, as "Ny prognos" makes it. */
const forecast = async (name: string, basedOnKey = NORRBOTTEN) => {
  const library = await open();
  const base = library.find(basedOnKey);
  if (!base) throw new Error('no base');
  const made = makePlanVersion(base.plan, NORRBOTTEN_EDIT, { name, date: '2026-08-20' });
  if (!made.ok) throw new Error(made.problems.join('; '));
  return { library, saved: await library.addVersion(made.revision) };
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('plan versions in the library (issue 16 §1)', () => {
  it('keeps every version: the built-in plan stays, the forecast is saved beside it as the next version', async () => {
    const { saved } = await forecast('SKR:s prognos augusti 2026');
    expect(saved.ok && [saved.key, saved.plan.version]).toEqual([`${NORRBOTTEN}@2`, 2]);
    const again = await open();
    expect(again.versionsOf(NORRBOTTEN).map((e) => [e.key, e.builtIn, e.planVersion?.name])).toEqual([
      [NORRBOTTEN, true, undefined],
      [`${NORRBOTTEN}@2`, false, 'SKR:s prognos augusti 2026'],
    ]);
    expect(again.find(`${NORRBOTTEN}@2`)?.planVersion?.basedOn).toEqual({ id: NORRBOTTEN, version: 1 });
    // The published figure moved by the forecast: skatteintäkter 2025 7 926 × 1,037 / 1,048 = 7 842,8.
    const row = again
      .find(`${NORRBOTTEN}@2`)
      ?.plan.statements.resultatbudget?.rows.find((r) => r.id === 'skatteintakter');
    expect(row?.values['2025']).toBeCloseTo((7926 * 1.037) / 1.048, 0);
  });

  it('numbers a second forecast made from the same version after the newest, never over it', async () => {
    await forecast('Augusti');
    const { library, saved } = await forecast('Oktober');
    expect(saved.ok && saved.key).toBe(`${NORRBOTTEN}@3`);
    expect(library.versionsOf(NORRBOTTEN).map((e) => e.plan.version)).toEqual([1, 2, 3]);
    expect(library.find(`${NORRBOTTEN}@3`)?.planVersion?.basedOn.version).toBe(1);
  });

  it('stores a version with what it was made from, in a record an older app keeps untouched as newer', async () => {
    await forecast('Augusti');
    const raw = (await get(`plan:${NORRBOTTEN}@2`, rawStore())) as Record<string, unknown>;
    expect(raw).toMatchObject({
      schemaVersion: 2,
      planVersion: { name: 'Augusti', date: '2026-08-20', basedOn: { id: NORRBOTTEN, version: 1 } },
    });
    expect((raw.planVersion as { edit: unknown }).edit).toEqual(NORRBOTTEN_EDIT);
    // A plan without a version made from it is written as before, so older apps read it as they did.
    const { library } = await forecast('x');
    const copy = await library.copy(NORRBOTTEN);
    expect(copy.ok).toBe(true);
    expect(
      ((await get(`plan:${NORRBOTTEN}-kopia`, rawStore())) as { schemaVersion: number }).schemaVersion,
    ).toBe(1);
  });

  it('refuses a version record stored under another key, and a damaged version description', async () => {
    await forecast('Augusti');
    const raw = (await get(`plan:${NORRBOTTEN}@2`, rawStore())) as Record<string, unknown>;
    expect(readPlanRecord(`plan:${NORRBOTTEN}`, raw).kind).toBe('damaged');
    expect(readPlanRecord(`plan:${NORRBOTTEN}@3`, raw).kind).toBe('damaged');
    const bad = { ...raw, planVersion: { ...(raw.planVersion as object), date: 'augusti' } };
    await set(`plan:${NORRBOTTEN}@2`, bad, rawStore());
    const library = await open();
    expect(library.find(`${NORRBOTTEN}@2`)).toBeUndefined();
    expect(library.getState().unreadable.map((u) => u.key)).toEqual([`plan:${NORRBOTTEN}@2`]);
    // The unreadable version still holds its number: the next forecast does not take it.
    const base = library.find(NORRBOTTEN);
    const made = base && makePlanVersion(base.plan, NORRBOTTEN_EDIT, { name: 'Ny', date: '2026-10-01' });
    const saved = made?.ok ? await library.addVersion(made.revision) : undefined;
    expect(saved?.ok && saved.key).toBe(`${NORRBOTTEN}@3`);
    expect(await get(`plan:${NORRBOTTEN}@2`, rawStore())).toEqual(bad);
  });

  it('moves a version to the Papperskorg and back, and never renames or removes a built-in plan', async () => {
    const { library } = await forecast('Augusti');
    expect((await library.remove(`${NORRBOTTEN}@2`)).ok).toBe(true);
    expect(library.versionsOf(NORRBOTTEN).map((e) => e.key)).toEqual([NORRBOTTEN]);
    expect(library.getState().trash.map((e) => e.key)).toEqual([`${NORRBOTTEN}@2`]);
    expect(await keys(rawStore())).toContain(`plan:${NORRBOTTEN}@2`);
    expect((await library.restore(`${NORRBOTTEN}@2`)).ok).toBe(true);
    expect(library.find(`${NORRBOTTEN}@2`)?.planVersion?.name).toBe('Augusti');
    expect((await library.remove(NORRBOTTEN)).ok).toBe(false);
  });

  it('refuses a forecast whose version is gone, and says so', async () => {
    const { library } = await forecast('Augusti');
    const base = library.find(`${NORRBOTTEN}@2`);
    const made = base && makePlanVersion(base.plan, NORRBOTTEN_EDIT, { name: 'Okt', date: '2026-10-01' });
    await library.remove(`${NORRBOTTEN}@2`);
    const saved = made?.ok ? await library.addVersion(made.revision) : undefined;
    expect(saved).toMatchObject({
      ok: false,
      message: 'Versionen som prognosen gjordes av finns inte längre.',
    });
  });
});
