import { formatNumber } from '../../format/formatNumber';
import { useSimulationRun } from './SimulationContext';

/**
 * A running simulation's progress ("12 000 av 50 000 dragningar") with a button that stops it; shown in the
 * uncertainty view and, compact, above any other view while the run goes on.
 */
export const SimulationProgress = ({ compact = false }: { compact?: boolean }) => {
  const { state, cancel } = useSimulationRun();
  if (state.status !== 'running') return null;
  const text = `${formatNumber(state.done, 0)} av ${formatNumber(state.total, 0)} dragningar`;
  return (
    <div
      className={compact ? 'sim-progress sim-progress-compact' : 'sim-progress'}
      data-testid="sim-progress"
    >
      <span className="sim-progress-label">{compact ? 'Osäkerheten räknas:' : 'Räknar:'}</span>
      <progress value={state.done} max={state.total} aria-label="Hur långt beräkningen har kommit">
        {text}
      </progress>
      <span className="sim-progress-count">{text}</span>
      <button type="button" onClick={cancel}>
        Avbryt
      </button>
    </div>
  );
};
