import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSimulation } from '../../scenarios/useSimulation';

type Simulation = ReturnType<typeof useSimulation>;

const SimulationContext = createContext<Simulation | undefined>(undefined);

/**
 * Holds the uncertainty run above the views, so a run goes on while the user edits in another view (the
 * result is then marked as old); only the run's own readers re-render as it progresses.
 */
export const SimulationProvider = ({ children }: { children: ReactNode }) => {
  const { state, run, cancel, stale } = useSimulation();
  const value = useMemo(() => ({ state, run, cancel, stale }), [state, run, cancel, stale]);
  return <SimulationContext.Provider value={value}>{children}</SimulationContext.Provider>;
};

export const useSimulationRun = (): Simulation => {
  const simulation = useContext(SimulationContext);
  if (!simulation) throw new Error('useSimulationRun needs a SimulationProvider');
  return simulation;
};
