import { basisText, horizonText, kindText, marginText, spreadText } from '../../format/uncertaintyText';
import type { Probability } from '../../model/uncertainty/summary';
import { simulatedDrivers } from '../../scenarios/useSimulation';
import { useScenario } from '../../scenarios/useScenario';

/** "Antaganden om osäkerhet": each driver the plan has, its typical error by horizon, basis and source. */
export const UncertaintyAssumptions = ({
  draws,
  chances,
}: {
  draws?: number;
  chances: readonly Probability[];
}) => {
  const rows = useScenario((state) => state.workbook.rows);
  const drivers = simulatedDrivers(rows);
  return (
    <section className="sim-assumptions" aria-labelledby="sim-antaganden">
      <h3 id="sim-antaganden">Antaganden om osäkerhet</h3>
      <p>
        Varje dragning flyttar prognoserna nedan lika mycket som de brukar slå fel, i planen och i scenariot
        på samma sätt.
        {draws === undefined ? null : ` ${marginText(draws, chances)}`}
      </p>
      <dl className="sim-drivers">
        {drivers.map((driver) => (
          <div key={driver.id} className="sim-driver" data-driver={driver.id}>
            <dt>{driver.label}</dt>
            <dd>
              <p>
                <strong>Typiskt fel: {spreadText(driver)}</strong> ({horizonText(driver)}
                ). {kindText(driver.kind)}
              </p>
              <p>
                <span className={`sim-basis sim-basis-${driver.basis === 'publicerat' ? 'pub' : 'bed'}`}>
                  {basisText(driver.basis)}
                </span>{' '}
                {driver.source}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
