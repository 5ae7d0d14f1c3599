import { loadBuiltInPlans } from '../model/builtInPlans';
import { parsePlan, PlanError } from '../model/parsePlan';
import type { Plan } from '../model/planSchema';
import type { PlanRevision, PlanVersionInfo } from '../model/revisions/revision';
import { entryKeyOf } from '../persistence/planRecord';
import type { PlanRepository, SavedPlan, UnreadablePlan } from '../persistence/planRepository';
import { createTabSync, type TabSync } from '../persistence/tabSync';

/** A plan the user can open: built in (read-only) or their own (renamed, deleted, restored). */
export type PlanEntry = {
  /** The plan's id, or `<id>@<version>` for a version made by "Ny prognos": what the app opens it by. */
  readonly key: string;
  readonly plan: Plan;
  /** A version made by "Ny prognos": its name, date and the version it came from. */
  readonly planVersion: PlanVersionInfo | undefined;
  readonly builtIn: boolean;
  readonly revision: number;
  readonly deletedAt: string | undefined;
};

export type PlanLibraryState = {
  readonly plans: readonly PlanEntry[];
  /** Own plans in the plan Papperskorg: their scenarios stay stored and come back with them. */
  readonly trash: readonly PlanEntry[];
  readonly unreadable: readonly UnreadablePlan[];
};

export type PlanResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

export type PlanLibrary = {
  readonly getState: () => PlanLibraryState;
  readonly subscribe: (listener: () => void) => () => void;
  /** A plan not in the Papperskorg, by its entry key (`id`, or `id@version`). */
  readonly find: (key: string) => PlanEntry | undefined;
  /** Every version of a plan the library keeps (not in the Papperskorg), oldest first. */
  readonly versionsOf: (id: string) => readonly PlanEntry[];
  /**
   * "Ny prognos": a new version of a plan saved beside the others (every version is kept), numbered after
   * the newest version of the plan, so two forecasts made from the same version never share a number.
   */
  readonly addVersion: (revision: PlanRevision) => Promise<PlanResult & { readonly key?: string }>;
  /** "Kopiera planen": an editable own plan (new id, version 1, "… (kopia)", sources kept). */
  readonly copy: (id: string) => Promise<PlanResult>;
  readonly rename: (id: string, name: string) => Promise<PlanResult>;
  readonly remove: (id: string) => Promise<PlanResult>;
  readonly restore: (id: string) => Promise<PlanResult>;
  /** A plan file (parsed JSON or a filled-in template) saved as a new own plan, a copy when its id is taken. */
  readonly importPlan: (input: unknown) => Promise<PlanResult>;
  readonly close: () => void;
};

const entryOf = (saved: SavedPlan): PlanEntry => ({
  key: entryKeyOf(saved.plan, saved.planVersion !== undefined),
  plan: saved.plan,
  planVersion: saved.planVersion,
  builtIn: false,
  revision: saved.revision,
  deletedAt: saved.deletedAt,
});

const READ_ONLY = 'Inbyggda planer kan inte ändras. Välj ”Kopiera planen” för en egen plan att ändra.';
const refused = (message: string, problems: readonly string[] = []): PlanResult => ({
  ok: false,
  message,
  problems,
});

/** `base-kopia`, `base-kopia-2` … an id no plan (built in, own or in the Papperskorg) has. */
const freeId = (base: string, taken: ReadonlySet<string>): string => {
  const stem = `${base.replace(/-kopia(-\d+)?$/, '').slice(0, 66)}-kopia`;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
};

/** The built-in plans and the user's own, one list; own plans stored through the plan repository. */
export const openPlanLibrary = async (
  repository: PlanRepository,
  tabSync: TabSync = createTabSync(),
): Promise<PlanLibrary> => {
  const builtIn: readonly PlanEntry[] = (await loadBuiltInPlans()).map((plan) => ({
    key: plan.id,
    plan,
    planVersion: undefined,
    builtIn: true,
    revision: 0,
    deletedAt: undefined,
  }));
  const own = new Map<string, PlanEntry>();
  let unreadable: readonly UnreadablePlan[] = [];
  const listeners = new Set<() => void>();
  let state: PlanLibraryState = { plans: builtIn, trash: [], unreadable };
  const refresh = () => {
    const all = [...own.values()].sort(
      (a, b) => a.plan.name.localeCompare(b.plan.name, 'sv') || a.plan.version - b.plan.version,
    );
    state = {
      plans: [...builtIn, ...all.filter((e) => e.deletedAt === undefined)],
      trash: all.filter((e) => e.deletedAt !== undefined),
      unreadable,
    };
    for (const listener of listeners) listener();
  };
  const reload = async () => {
    const contents = await repository.loadAll();
    own.clear();
    for (const saved of contents.plans) {
      const entry = entryOf(saved);
      own.set(entry.key, entry);
    }
    unreadable = contents.unreadable;
    refresh();
  };
  await reload();
  const unsubscribe = tabSync.subscribe((message) => message.type === 'plan/saved' && void reload());

  // A stored key is `plan:<id>` or `plan:<id>@<version>`: either way the id is taken.
  const idOfKey = (key: string) => key.slice('plan:'.length).split('@')[0] ?? '';
  const takenIds = () =>
    new Set([
      ...builtIn.map((e) => e.plan.id),
      ...[...own.values()].map((e) => e.plan.id),
      ...unreadable.map((u) => idOfKey(u.key)),
    ]);
  const saveNew = async (plan: Plan, planVersion?: PlanVersionInfo): Promise<PlanResult> => {
    const key = entryKeyOf(plan, planVersion !== undefined);
    const result = await repository.save(plan, {
      id: key,
      expectedRevision: 0,
      ...(planVersion ? { planVersion } : {}),
    });
    if (!result.ok)
      return result.reason === 'conflict'
        ? refused('En annan flik sparade en plan med samma märkning samtidigt. Försök igen.')
        : refused(result.message, result.problems);
    own.set(key, entryOf(result.saved));
    tabSync.post({ type: 'plan/saved', id: key, revision: result.saved.revision });
    refresh();
    return { ok: true, plan: result.saved.plan };
  };
  /** Versions numbered after every version the browser holds of the plan, readable or not. */
  const nextVersion = (id: string) =>
    1 +
    Math.max(
      0,
      ...[...builtIn, ...own.values()].filter((e) => e.plan.id === id).map((e) => e.plan.version),
      ...unreadable
        .filter((u) => idOfKey(u.key) === id)
        .map((u) => Number(u.key.split('@')[1] ?? 1))
        .filter(Number.isFinite),
    );
  const change = async (
    id: string,
    edit: (plan: Plan) => Plan,
    deletedAt: (was: string | undefined) => string | undefined,
  ) => {
    if (builtIn.some((e) => e.key === id)) return refused(READ_ONLY);
    const result = await repository.update(id, (saved) => ({
      file: edit(saved.plan),
      deletedAt: deletedAt(saved.deletedAt),
    }));
    if (!result) return refused('Planen finns inte längre.');
    if (!result.ok)
      return result.reason === 'conflict'
        ? refused('Planen ändrades samtidigt i en annan flik. Försök igen.')
        : refused(result.message, result.problems);
    own.set(id, entryOf(result.saved));
    tabSync.post({ type: 'plan/saved', id, revision: result.saved.revision });
    refresh();
    return { ok: true as const, plan: result.saved.plan };
  };
  const find = (key: string) => state.plans.find((e) => e.key === key);
  const versionsOf = (id: string) =>
    state.plans.filter((e) => e.plan.id === id).sort((a, b) => a.plan.version - b.plan.version);

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    find,
    versionsOf,
    addVersion: async (revision) => {
      const { plan, ...info } = revision;
      if (!versionsOf(plan.id).some((e) => e.plan.version === info.basedOn.version))
        return refused('Versionen som prognosen gjordes av finns inte längre.');
      const numbered = { ...plan, version: nextVersion(plan.id) };
      const result = await saveNew(numbered, info);
      return result.ok ? { ...result, key: entryKeyOf(numbered, true) } : result;
    },
    copy: async (id) => {
      const original = find(id)?.plan;
      if (!original) return refused('Planen finns inte.');
      const name = `${original.name.slice(0, 191)} (kopia)`;
      return saveNew(parsePlan({ ...original, id: freeId(original.id, takenIds()), version: 1, name }));
    },
    rename: (id, name) =>
      name.trim() === ''
        ? Promise.resolve(refused('Planen behöver ett namn.'))
        : change(
            id,
            (plan) => ({ ...plan, name: name.trim().slice(0, 200) }),
            (was) => was,
          ),
    remove: (id) =>
      change(
        id,
        (plan) => plan,
        () => new Date().toISOString(),
      ),
    restore: (id) =>
      change(
        id,
        (plan) => plan,
        () => undefined,
      ),
    importPlan: async (input) => {
      let plan: Plan;
      try {
        plan = parsePlan(input);
      } catch (error) {
        if (error instanceof PlanError) return refused('Planen kan inte läsas in.', error.problems);
        throw error;
      }
      const taken = takenIds();
      if (!taken.has(plan.id)) return saveNew(plan);
      // Never over another plan: the imported one becomes a copy beside it.
      return saveNew({ ...plan, id: freeId(plan.id, taken), name: `${plan.name.slice(0, 191)} (kopia)` });
    },
    close: () => {
      unsubscribe();
      tabSync.close();
    },
  };
};
