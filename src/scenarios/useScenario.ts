import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
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
  const snapshot = () => selector(store.getState());
  // The same snapshot on a server render (a test renders a view to text without a browser).
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
};

/**
 * The same bridge for what may follow an edit a moment later (charts, step values): a change renders as a
 * transition, after the edit's own frame, and never in the edit's synchronous render. (A useSyncExternalStore
 * subscriber renders in that render even when it then defers the value with useDeferredValue.)
 */
export const useDeferredScenario = <T>(selector: (state: ScenarioState) => T): T => {
  const store = useScenarioStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  const latestSelector = useRef(selector);
  useLayoutEffect(() => {
    latestSelector.current = selector;
  });
  useEffect(() => {
    const update = () => startTransition(() => setValue(latestSelector.current(store.getState())));
    update(); // whatever was published between the first render and this subscription
    return store.subscribe(update);
  }, [store]);
  return value;
};
