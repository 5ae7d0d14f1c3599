import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { PlanLibrary, PlanLibraryState } from './planLibrary';

/** The plans, and how to switch the app to another one (saving the open scenario first). */
export type PlanSession = {
  readonly plans: PlanLibrary;
  readonly switchTo: (id: string) => Promise<void>;
};

export const PlanSessionContext = createContext<PlanSession | null>(null);

export const usePlanSession = (): PlanSession => {
  const session = useContext(PlanSessionContext);
  if (!session) throw new Error('usePlanSession behöver en PlanSessionContext');
  return session;
};

export const usePlanLibrary = <T>(selector: (state: PlanLibraryState) => T): T => {
  const { plans } = usePlanSession();
  return useSyncExternalStore(plans.subscribe, () => selector(plans.getState()));
};

const noSubscription = () => () => undefined;

/**
 * The plans this browser has, by id and version, for saying which plan a file or link needs; `undefined`
 * where no plan session is given (a component rendered alone), when the message names the plan only.
 */
export const useKnownPlans = (): readonly { id: string; version: number }[] | undefined => {
  const session = useContext(PlanSessionContext);
  const entries = useSyncExternalStore(
    session?.plans.subscribe ?? noSubscription,
    () => session?.plans.getState().plans,
  );
  return useMemo(() => entries?.map((e) => ({ id: e.plan.id, version: e.plan.version })), [entries]);
};
