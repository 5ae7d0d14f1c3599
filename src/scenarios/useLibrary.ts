import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LibraryState } from './libraryState';
import type { ScenarioLibrary } from './scenarioLibrary';

export const LibraryContext = createContext<ScenarioLibrary | null>(null);

export const useScenarioLibrary = (): ScenarioLibrary => {
  const library = useContext(LibraryContext);
  if (!library) throw new Error('useScenarioLibrary behöver en LibraryContext');
  return library;
};

/**
 * The saved scenarios, the examples, which one is open and the storage status, for React: re-renders when
 * the selected slice changes (select a field or a memoised value, not a fresh object).
 */
export const useLibrary = <T>(selector: (state: LibraryState) => T): T => {
  const library = useScenarioLibrary();
  return useSyncExternalStore(library.subscribe, () => selector(library.getState()));
};
