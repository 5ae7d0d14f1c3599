import type { Plan } from '../model/planSchema';
import type { PlanLibrary } from './planLibrary';

const TAB_PLAN_KEY = 'budgetverkstad:oppen-plan';
const LAST_PLAN_KEY = 'budgetverkstad:senaste-plan';

const readKey = (storage: () => Storage, key: string): string | undefined => {
  try {
    return storage().getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
};

/**
 * The plan this tab opens: the one it had open before a reload (per tab, like the open scenario), else the
 * one chosen last in any tab, else the first built-in plan. A plan that is gone falls back the same way.
 */
export const chosenPlan = (plans: PlanLibrary): Plan => {
  for (const id of [
    readKey(() => sessionStorage, TAB_PLAN_KEY),
    readKey(() => localStorage, LAST_PLAN_KEY),
  ]) {
    const entry = id === undefined ? undefined : plans.find(id);
    if (entry) return entry.plan;
  }
  const [first] = plans.getState().plans;
  if (!first) throw new Error('Det finns ingen plan att öppna.');
  return first.plan;
};

/** Remembers the plan chosen, for this tab's reloads and for the next tab opened. */
export const rememberPlan = (id: string): void => {
  for (const [storage, key] of [
    [() => sessionStorage, TAB_PLAN_KEY],
    [() => localStorage, LAST_PLAN_KEY],
  ] as const)
    try {
      storage().setItem(key, id);
    } catch {
      // No web storage: the first built-in plan opens after a reload.
    }
};

/**
 * Switches the app to another plan: the open scenario's unsaved edit is saved first, then the app starts
 * again on that plan (a fresh scenario store, its own scenarios and examples; the editing path is untouched).
 */
export const switchPlan = async (
  id: string,
  flush: () => Promise<void>,
  restart: () => void,
): Promise<void> => {
  await flush();
  rememberPlan(id);
  restart();
};
