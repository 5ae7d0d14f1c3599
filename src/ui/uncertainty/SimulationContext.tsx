import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useParameterEdits, type ParameterEditsApi } from '../../scenarios/useParameterEdits';
import { useSimulation } from '../../scenarios/useSimulation';

type Simulation = ReturnType<typeof useSimulation> & { readonly edits: ParameterEditsApi };

const SimulationContext = createContext<Simulation | undefined>(undefined);

/**
 * Holds the uncertainty run above the views, so a run goes on while the user edits in another view (the
 * result is then marked as old); only the run's own readers re-render as it progresses. The user's own
 * figures for the error model live here too: the run draws from them.
 */
export const SimulationProvider = ({ children }: { children: ReactNode }) => {
  const edits = useParameterEdits();
  const { state, run, cancel, stale, assumptionsChanged } = useSimulation(edits.model);
  const value = useMemo(
    () => ({ state, run, cancel, stale, assumptionsChanged, edits }),
    [state, run, cancel, stale, assumptionsChanged, edits],
  );
  return <SimulationContext.Provider value={value}>{children}</SimulationContext.Provider>;
};

export const useSimulationRun = (): Simulation => {
  const simulation = useContext(SimulationContext);
  if (!simulation) throw new Error('useSimulationRun needs a SimulationProvider');
  return simulation;
};
