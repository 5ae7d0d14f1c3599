import { marginText } from '../../format/uncertaintyText';
import type { Probability } from '../../model/uncertainty/summary';
import { simulatedDrivers } from '../../scenarios/useSimulation';
import { useScenario } from '../../scenarios/useScenario';
import { CorrelationEditor } from './CorrelationEditor';
import { DriverSpreads } from './DriverSpreads';
import { useSimulationRun } from './SimulationContext';
import './parameters.css';

/**
 * "Antaganden om osäkerhet": each driver the plan has, its typical error by horizon, basis and source, and
 * the correlations; every figure can be changed, and "Återställ till källornas värden" takes them all back.
 */
export const UncertaintyAssumptions = ({
  draws,
  chances,
}: {
  draws?: number;
  chances: readonly Probability[];
}) => {
  const rows = useScenario((state) => state.workbook.rows);
  const { edits: api } = useSimulationRun();
  const drivers = simulatedDrivers(rows);
  return (
    <section className="sim-assumptions" aria-labelledby="sim-antaganden" data-saved={api.saved}>
      <h3 id="sim-antaganden">Antaganden om osäkerhet</h3>
      <p>
        Varje dragning flyttar prognoserna nedan lika mycket som de brukar slå fel, i planen och i scenariot
        på samma sätt.
        {draws === undefined ? null : ` ${marginText(draws, chances)}`}
      </p>
      <div className="param-head">
        <p className="param-intro">
          Siffrorna kommer från källorna som anges. Du kan skriva egna: de markeras som egen bedömning, sparas
          i webbläsaren och används när du räknar nästa gång, och i tornadon och tabellen med två antaganden
          ovan.
        </p>
        {api.notice ? (
          <p className="param-notice" role="status">
            {api.notice}
          </p>
        ) : null}
        {api.edited ? (
          <p className="param-own">
            {api.saved ? 'Dina egna siffror är sparade i webbläsaren. ' : null}
            <button type="button" className="param-reset" onClick={api.reset}>
              Återställ till källornas värden
            </button>
          </p>
        ) : null}
      </div>
      <dl className="sim-drivers">
        {drivers.map((driver) => (
          <DriverSpreads key={driver.id} driver={driver} api={api} />
        ))}
      </dl>
      <CorrelationEditor drivers={drivers} api={api} />
    </section>
  );
};
