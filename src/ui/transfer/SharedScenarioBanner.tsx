import { useState } from 'react';
import { STATUS_LABELS } from '../../model/history/scenarioHistory';
import type { ScenarioStanding } from '../../model/history/standing';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { useScenarioStore } from '../../scenarios/useScenario';
import { ImplausibleValues, implausibleLinesOf } from './ImplausibleValues';
import { PreviewTable } from './PreviewTable';
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
      {preview ? <PreviewTable preview={preview} /> : null}
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
