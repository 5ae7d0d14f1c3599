import { useState } from 'react';
import { formatRowValue } from '../../format/formatValue';
import { STATUS_LABELS } from '../../model/history/scenarioHistory';
import type { ScenarioStanding } from '../../model/history/standing';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { useScenarioStore } from '../../scenarios/useScenario';
import { ImplausibleValues, implausibleLinesOf } from './ImplausibleValues';
import type { SharedScenario } from './useSharedScenario';

type Props = SharedScenario & {
  /** Saves a copy of the shared scenario (and opens it). */
  readonly onSaveCopy: (
    document: ScenarioDocument,
    standing: ScenarioStanding | undefined,
  ) => Promise<void> | void;
};

/** A page opened with a share link: the scenario's key figures against the plan, and 'Spara en kopia'. */
export const SharedScenarioBanner = ({ shared, preview, close, onSaveCopy }: Props) => {
  const store = useScenarioStore();
  const [saving, setSaving] = useState(false);

  if (shared.kind === 'none') return null;
  if (shared.kind === 'error')
    return (
      <section className="shared-banner shared-error" role="alert" aria-label="Delningslänk">
        <p>
          <strong>Delningslänken kunde inte öppnas.</strong> {shared.message}
        </p>
        {shared.problems.length > 0 ? (
          <ul>
            {shared.problems.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        <button type="button" onClick={close}>
          Stäng
        </button>
      </section>
    );
  return (
    <section className="shared-banner" aria-labelledby="delat-rubrik">
      <h2 id="delat-rubrik">Delat scenario: {shared.document.name}</h2>
      {shared.standing ? (
        <p className="shared-standing">
          Status: <strong>{STATUS_LABELS[shared.standing.status]}</strong>
          {shared.standing.decisionNote ? ` · ${shared.standing.decisionNote}` : ''}
        </p>
      ) : null}
      <p>Scenariot kommer från en länk och är inte sparat här. Spara en kopia för att öppna och ändra det.</p>
      <ImplausibleValues lines={implausibleLinesOf(store.getState(), [shared.document])} />
      {preview ? (
        <table className="shared-preview">
          <caption>Nyckeltal, scenariot (planen), mnkr</caption>
          <thead>
            <tr>
              <th scope="col">Rad</th>
              {preview.years.map((year) => (
                <th key={year} scope="col">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map(({ row, scenario, plan: planValues }) => (
              <tr key={row.id} data-preview={row.id}>
                <th scope="row">{row.label}</th>
                {preview.years.map((year) => (
                  <td key={year} data-year={year}>
                    {formatRowValue(scenario[String(year)] ?? null, row)}{' '}
                    <span className="shared-plan">
                      ({formatRowValue(planValues[String(year)] ?? null, row)})
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="shared-actions">
        <button
          type="button"
          className="primary"
          disabled={saving}
          onClick={() => {
            setSaving(true);
            void Promise.resolve(onSaveCopy(shared.document, shared.standing)).finally(() => {
              setSaving(false);
              close();
            });
          }}
        >
          Spara en kopia
        </button>
        <button type="button" onClick={close}>
          Stäng utan att spara
        </button>
      </div>
    </section>
  );
};
