import { formatNumber } from '../../format/formatNumber';
import { COMPUTE_BUDGET_MS } from '../../scenarios/computeWatchdog';
import { scenarioFile } from '../../scenarios/transfer';
import { useLibrary, useScenarioLibrary } from '../../scenarios/useLibrary';
import { downloadFile } from '../transfer/downloadFile';

const seconds = (ms: number) => formatNumber(ms / 1000, 1);

/**
 * A start that did not compute the scenario it would have opened (it froze or slowed an earlier start): which
 * one, why, and what to do, so the app never freezes at every start.
 */
export const SafeModeBanner = () => {
  const library = useScenarioLibrary();
  const safeMode = useLibrary((state) => state.safeMode);
  const saved = useLibrary((state) => state.scenarios.find((s) => s.document.id === state.safeMode?.id));
  if (!safeMode) return null;
  const name = `”${safeMode.name}”`;
  const why =
    safeMode.reason === 'stuck'
      ? 'sidan slutade svara medan det räknades förra gången'
      : `det tog ${seconds(safeMode.ms ?? COMPUTE_BUDGET_MS)} sekunder att räkna förra gången (normalt under ${seconds(COMPUTE_BUDGET_MS)})`;
  return (
    <section
      className="safety-banner"
      role="alert"
      aria-labelledby="felsakert-rubrik"
      data-safe-mode={safeMode.id}
    >
      <h2 id="felsakert-rubrik">Felsäkert läge: scenariot {name} räknades inte</h2>
      <p>
        Budgetverkstad öppnade planen i stället för {name}, eftersom {why}. Då fryser inte sidan vid varje
        start. Öppna ett annat scenario under Scenarier, spara {name} som fil (för att visa den som hjälper
        dig) eller ta bort det; det går att återställa från Papperskorgen.
      </p>
      {saved ? (
        <div className="safety-actions">
          <button type="button" onClick={() => downloadFile(scenarioFile(saved.document, new Date()))}>
            Spara {name} som fil
          </button>
          <button type="button" onClick={() => void library.remove(saved.document.id)}>
            Ta bort {name}
          </button>
          <button type="button" onClick={() => void library.open(saved.document.id)}>
            Öppna {name} ändå
          </button>
        </div>
      ) : null}
    </section>
  );
};
