import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ScenarioState, ScenarioStore } from './scenarioStore';

export const ScenarioStoreContext = createContext<ScenarioStore | null>(null);

export const useScenarioStore = (): ScenarioStore => {
  const store = useContext(ScenarioStoreContext);
  if (!store) throw new Error('useScenarioStore behöver en ScenarioStoreContext');
  return store;
};

/** The one bridge from the store to React: re-renders when the selected slice changes. */
export const useScenario = <T>(selector: (state: ScenarioState) => T): T => {
  const store = useScenarioStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
};
