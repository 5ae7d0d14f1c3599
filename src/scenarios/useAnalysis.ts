import { useEffect, useMemo } from 'react';
import { createAnalyzer, type Analyzer } from './analysis';
import { useScenario } from './useScenario';

/**
 * One analyzer (goal seek and attribution on a reusable engine) for the calling view, released when the
 * view unmounts; the engine is built lazily on the first evaluation, so StrictMode's remount is cheap.
 */
export const useAnalysis = (): Analyzer => {
  const plan = useScenario((state) => state.plan);
  const analyzer = useMemo(() => createAnalyzer(plan), [plan]);
  useEffect(() => {
    const timer = setTimeout(() => analyzer.warm(), 50);
    return () => {
      clearTimeout(timer);
      analyzer.destroy();
    };
  }, [analyzer]);
  return analyzer;
};
