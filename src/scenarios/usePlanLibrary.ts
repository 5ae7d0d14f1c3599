import { createContext, useContext, useSyncExternalStore } from 'react';
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
