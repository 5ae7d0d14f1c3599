import { useState } from 'react';
import { effectText, moveText } from '../../format/sensitivityText';
import { goalDefinitions } from '../../model/goals';
import { DEFAULT_UNCERTAINTY } from '../../model/uncertainty/parameters';
import { useScenario } from '../../scenarios/useScenario';
import { Pending, useYearChoice } from './YearChoice';
import { useSensitivity } from '../../scenarios/useSensitivity';
import { OwnStep } from './OwnStep';
import { useSimulationRun } from './SimulationContext';
import './sensitivity.css';

type Sensitivity = Extract<ReturnType<typeof useSensitivity>, { status: 'done' }>['answer'];

/** The bar of one effect: down to the left of the middle, up to the right, scaled to the largest swing. */
const Bar = ({ down, up, scale }: { down: number; up: number; scale: number }) => {
  const share = (value: number) => `${(Math.min(1, Math.abs(value) / scale) * 50).toFixed(1)}%`;
  const side = (value: number) => (value < 0 ? 'left' : 'right');
  return (
    <span className="tornado-bar" aria-hidden="true">
      {[down, up].map((value, i) => (
        <span
          key={i}
          className={`tornado-part tornado-${side(value)} ${value < 0 ? 'tornado-worse' : 'tornado-better'}`}
          style={{ width: share(value) }}
        />
      ))}
    </span>
  );
};

/**
 * Which assumption matters most (issue 15, item 2): each uncertain driver moved down and up by one typical
 * forecast error in every year, its effect on balanskravsresultat and each goal in the chosen year, largest
 * first. Computed in the analysis worker for the open scenario; this table only shows it.
 */
export const SensitivityTable = () => {
  const layout = useScenario((state) => state.workbook.layout);
  const plan = useScenario((state) => state.plan);
  const { year, select } = useYearChoice();
  const { edits } = useSimulationRun();
  const state = useSensitivity(year, edits.edits.steps, edits.model);
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  // The last answer stays in sight while the next is computed (a new step, year or scenario): the table,
  // and the field being typed in, never blink away.
  // An answer is for the steps it was asked with: kept beside it, so a row is marked by the step it shows.
  const steps = edits.edits.steps;
  const [shown, setShown] = useState<{ result: Sensitivity; steps: typeof steps } | undefined>();
  if (state.status === 'done' && state.answer !== shown?.result) setShown({ result: state.answer, steps });
  const result = shown?.result;
  const units = new Map(goalDefinitions(plan).map((goal) => [goal.id, goal.valueUnit]));
  const first = result?.figures[0]?.id ?? '';
  const scale = Math.max(
    1e-9,
    ...(result?.bars.flatMap((bar) => {
      const effect = bar.effects[first];
      return effect ? [Math.abs(effect.down), Math.abs(effect.up)] : [];
    }) ?? []),
  );
  return (
    <section className="tornado" aria-labelledby="tornado-rubrik">
      <h3 id="tornado-rubrik">Vilket antagande betyder mest?</h3>
      <p className="analysis-intro">
        Varje drivare flyttas ned och upp med ett typiskt prognosfel, lika åt samma håll alla år, och effekten
        visas för scenariot. Störst effekt på balanskravsresultatet överst. Skriv ett eget steg för att i
        stället flytta en drivare lika mycket varje år, till exempel skatteunderlaget 0,5 procentenheter.
      </p>
      {select}
      {state.status === 'error' ? <p role="alert">{state.message}</p> : null}
      {result ? (
        <table className="tornado-table" aria-busy={state.status === 'running'}>
          <thead>
            <tr>
              <th scope="col">Antagande</th>
              <th scope="col">Flyttas {result.year}</th>
              <th scope="col">
                Eget steg<span className="tornado-sub">tomt: typiskt fel</span>
              </th>
              {result.figures.map((figure) => (
                <th key={figure.id} scope="col">
                  {figure.label}
                  <span className="tornado-sub">ned / upp</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.bars.map((bar) => {
              const driver = DEFAULT_UNCERTAINTY.find((d) => d.id === bar.driverId);
              const index = layout.years.indexOf(result.year);
              return (
                <tr key={bar.driverId} data-driver={bar.driverId}>
                  <th scope="row">{bar.label}</th>
                  <td>
                    {driver ? moveText(bar.move[index] ?? 0, driver.kind) : ''}
                    <span className="tornado-sub">
                      {shown?.steps[bar.driverId] === undefined ? 'typiskt fel' : 'eget steg'}
                    </span>
                  </td>
                  <td>{driver ? <OwnStep driver={driver} slot={slot} /> : null}</td>
                  {result.figures.map((figure, f) => {
                    const effect = bar.effects[figure.id];
                    if (!effect) return <td key={figure.id}>–</td>;
                    const unit = f === 0 || units.get(figure.id) === 'mnkr' ? 'mnkr' : 'procent';
                    return (
                      <td key={figure.id}>
                        {f === 0 ? <Bar down={effect.down} up={effect.up} scale={scale} /> : null}
                        <span className="tornado-values">
                          {effectText(effect.down, unit)} / {effectText(effect.up, unit)}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <Pending />
      )}
      <div ref={setSlot} className="param-messages" />
    </section>
  );
};
