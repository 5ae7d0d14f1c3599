import { openIdbBackend } from './idbBackend';
import { memoryBackend } from './memoryBackend';
import { BACKUP_KEY_PREFIX } from './scenarioRecord';
import type { PlanVersionInfo } from '../model/revisions/revision';
import { planKey, PLAN_KEY_PREFIX, readPlanRecord, toPlanRecord, type ReadPlanRecord } from './planRecord';
import type { StorageBackend } from './storageBackend';
import { withLock } from './withLock';

export type SavedPlan = Extract<ReadPlanRecord, { kind: 'plan' }>;
export type UnreadablePlan = Exclude<ReadPlanRecord, { kind: 'plan' }>;

export type PlanSaveResult =
  | { readonly ok: true; readonly saved: SavedPlan }
  | { readonly ok: false; readonly reason: 'conflict'; readonly current: SavedPlan }
  | {
      readonly ok: false;
      readonly reason: 'protected' | 'invalid';
      readonly message: string;
      readonly problems: readonly string[];
    };

export type PlanRepository = {
  readonly loadAll: () => Promise<{
    readonly plans: readonly SavedPlan[];
    readonly unreadable: readonly UnreadablePlan[];
  }>;
  readonly load: (id: string) => Promise<ReadPlanRecord | undefined>;
  /**
   * Saves a plan file under its entry key (`id`, or `id@version` with `planVersion`) if the stored record still has `expectedRevision` (0: none yet); else
   * reports the newer record and writes nothing. The file goes through parsePlan first: a plan that does
   * not validate is never saved, and a stored plan from a newer app or one that cannot be read is never
   * overwritten.
   */
  readonly save: (
    planFile: unknown,
    options: {
      readonly id: string;
      readonly expectedRevision: number;
      readonly deletedAt?: string | undefined;
      readonly planVersion?: PlanVersionInfo;
    },
  ) => Promise<PlanSaveResult>;
  /** Read-modify-write of the newest stored version (rename, delete to the Papperskorg, restore). */
  readonly update: (
    id: string,
    change: (saved: SavedPlan, file: unknown) => { file: unknown; deletedAt: string | undefined },
  ) => Promise<PlanSaveResult | undefined>;
};

const lockName = (key: string) => `budgetverkstad:${key}`;

/**
 * Own plans over the same storage backend as the scenarios (keys `plan:<id>`, backups `backup:plan:<id>@…`),
 * under the same Web Locks, so two tabs never overwrite each other's plan silently.
 */
export const createPlanRepository = (
  backend: StorageBackend,
  now: () => Date = () => new Date(),
): PlanRepository => {
  const keepBackup = async (key: string, raw: unknown, label: string) => {
    const backupKey = `${BACKUP_KEY_PREFIX}${key}@${label}`;
    if ((await backend.get(backupKey)) === undefined) await backend.set(backupKey, raw);
  };
  const readPlan = async (key: string): Promise<{ record: ReadPlanRecord; raw: unknown } | undefined> => {
    const raw = await backend.get(key);
    if (raw === undefined) return undefined;
    const record = readPlanRecord(key, raw);
    if (record.kind === 'damaged') await keepBackup(key, raw, 'skadad');
    return { record, raw };
  };
  const commit = async (
    key: string,
    file: unknown,
    revision: number,
    deletedAt: string | undefined,
    previous: { record: ReadPlanRecord; raw: unknown } | undefined,
    planVersion: PlanVersionInfo | undefined,
  ): Promise<PlanSaveResult> => {
    const record = toPlanRecord(file, revision, deletedAt, now(), planVersion);
    const read = readPlanRecord(key, record);
    if (read.kind !== 'plan')
      return { ok: false, reason: 'invalid', message: read.message, problems: read.problems };
    if (previous?.record.kind === 'plan' && previous.record.migratedFrom !== undefined)
      await keepBackup(key, previous.raw, `v${previous.record.migratedFrom}`);
    await backend.set(key, record);
    return { ok: true, saved: read };
  };
  const refuse = (record: UnreadablePlan): PlanSaveResult => ({
    ok: false,
    reason: 'protected',
    message: record.message,
    problems: record.problems,
  });

  return {
    loadAll: async () => {
      const plans: SavedPlan[] = [];
      const unreadable: UnreadablePlan[] = [];
      for (const [key, raw] of await backend.entries()) {
        if (!key.startsWith(PLAN_KEY_PREFIX)) continue;
        const record = readPlanRecord(key, raw);
        if (record.kind === 'damaged') await keepBackup(key, raw, 'skadad');
        if (record.kind === 'plan') plans.push(record);
        else unreadable.push(record);
      }
      return { plans, unreadable };
    },
    load: async (id) => (await readPlan(planKey(id)))?.record,
    save: (file, { id, expectedRevision, deletedAt, planVersion }) => {
      const key = planKey(id);
      return withLock(lockName(key), async () => {
        const current = await readPlan(key);
        const record = current?.record;
        if (record && record.kind !== 'plan') return refuse(record);
        if (record && record.revision !== expectedRevision)
          return { ok: false, reason: 'conflict', current: record };
        return commit(key, file, (record?.revision ?? 0) + 1, deletedAt, current, planVersion);
      });
    },
    update: (id, change) => {
      const key = planKey(id);
      return withLock(lockName(key), async () => {
        const current = await readPlan(key);
        if (!current) return undefined;
        if (current.record.kind !== 'plan') return refuse(current.record);
        const raw = current.raw as { data: unknown };
        const next = change(current.record, raw.data);
        return commit(
          key,
          next.file,
          current.record.revision + 1,
          next.deletedAt,
          current,
          current.record.planVersion,
        );
      });
    },
  };
};

/** Own plans in IndexedDB where the browser has it, else in memory (the scenario repository says why). */
export const openPlanRepository = async (): Promise<PlanRepository> =>
  createPlanRepository(await openIdbBackend().catch(() => memoryBackend()));
