import { useEffect, useMemo } from 'react';
import type { ScenarioDocument } from '../model/scenarioDocument';
import { createScenarioComparer, type ComparedScenario } from './compareScenarios';
import { useScenario } from './useScenario';

/**
 * The results and goals of several scenarios, computed on one engine owned by the calling view and
 * released when it unmounts (the comparer rebuilds it lazily if the view comes back, as StrictMode does).
 */
export const useComparison = (documents: readonly ScenarioDocument[]): readonly ComparedScenario[] => {
  const plan = useScenario((state) => state.plan);
  const comparer = useMemo(() => createScenarioComparer(plan), [plan]);
  useEffect(() => () => comparer.destroy(), [comparer]);
  return useMemo(() => comparer.compare(documents), [comparer, documents]);
};
