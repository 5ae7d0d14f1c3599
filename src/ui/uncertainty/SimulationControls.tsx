import { useId, useState } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { readWholeNumber } from '../../format/readWholeNumber';
import { START_VALUE } from '../../format/uncertaintyText';
import { useSimulationRun } from './SimulationContext';
import { SimulationProgress } from './SimulationProgress';

const DRAW_CHOICES = [1_000, 10_000, 50_000] as const;
const DEFAULT_DRAWS = 10_000;

/** How many draws, the start value (the same one gives the same figures on any machine), Räkna. */
export const SimulationControls = () => {
  const { state, run, stale, assumptionsChanged } = useSimulationRun();
  const [draws, setDraws] = useState<number>(DEFAULT_DRAWS);
  const [startText, setStartText] = useState('1');
  const [error, setError] = useState<string | undefined>();
  const errorId = useId();

  const start = () => {
    const parsed = readWholeNumber(startText, START_VALUE);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(undefined);
    run(draws, parsed.value);
  };

  return (
    <div className="sim-controls">
      <form
        className="sim-form"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <fieldset className="segmented">
          <legend>Antal dragningar</legend>
          {DRAW_CHOICES.map((choice) => (
            <label key={choice} className={choice === draws ? 'selected' : undefined}>
              <input
                type="radio"
                name="sim-draws"
                checked={choice === draws}
                onChange={() => setDraws(choice)}
              />
              {formatNumber(choice, 0)}
            </label>
          ))}
        </fieldset>
        <label className="sim-start">
          Startvärde
          <input
            type="text"
            inputMode="numeric"
            value={startText}
            aria-invalid={error !== undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => setStartText(event.target.value)}
          />
        </label>
        <button type="submit" className="sim-run">
          Räkna
        </button>
        {error ? (
          <p id={errorId} className="sim-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      <p className="sim-hint">Samma startvärde och antal dragningar ger samma siffror på varje dator.</p>
      <SimulationProgress />
      {state.status === 'error' ? (
        <p className="sim-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {stale ? (
        <p className="sim-stale" role="status">
          Scenariot har ändrats sedan beräkningen. Räkna om.
        </p>
      ) : null}
      {assumptionsChanged ? (
        <p className="sim-stale" role="status">
          Antagandena om osäkerheten har ändrats sedan beräkningen. Räkna om.
        </p>
      ) : null}
    </div>
  );
};
