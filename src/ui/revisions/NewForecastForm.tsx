import { useMemo, useRef, useState } from 'react';
import { forecastSummary, forecastText, forecastValues, readForecast } from '../../format/forecastCells';
import type { Plan } from '../../model/planSchema';
import {
  editOfForecast,
  forecastCellKey,
  forecastFromPlan,
  forecastRows,
} from '../../model/revisions/forecastEdit';
import { readTemplateOf } from '../../scenarios/planTransfer';
import { makePlanVersion } from '../../scenarios/planVersions';
import { useForecastDraft } from '../../scenarios/useForecastDraft';
import { usePlanSession } from '../../scenarios/usePlanLibrary';
import { ForecastTable } from './ForecastTable';

type Props = { readonly plan: Plan; readonly planKey: string; readonly onCancel: () => void };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Ny prognos": a new version of the open plan version from a new forecast, named and dated. The drivers
 * and lines are typed, pasted from Excel or read from the plan's filled-in template; every cell goes
 * through the grid's parser, and nothing is saved until the user saves the version. The draft survives a
 * reload. Saving keeps every earlier version and opens the new one.
 */
export const NewForecastForm = ({ plan, planKey, onCancel }: Props) => {
  const { plans, switchTo } = usePlanSession();
  const { draft, update, clear } = useForecastDraft(planKey, today());
  const rows = useMemo(() => forecastRows(plan), [plan]);
  const cells = useMemo(() => readForecast(rows, draft), [rows, draft]);
  const values = forecastValues(cells);
  const [status, setStatus] = useState<{ text: string; problems: readonly string[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const template = useRef<HTMLInputElement>(null);
  const { changes, waiting, refused } = forecastSummary(rows, cells);

  const readTemplate = async (file: File) => {
    const read = await readTemplateOf(plan, file);
    if (!read.ok) return setStatus({ text: read.message, problems: [] });
    const found = forecastFromPlan(rows, read.plan);
    update((d) => ({
      ...d,
      texts: {
        ...d.texts,
        ...Object.fromEntries(
          rows.flatMap((row) =>
            row.years.flatMap((year) => {
              const value = found.get(forecastCellKey(row, year));
              return value === undefined ? [] : [[forecastCellKey(row, year), forecastText(row, value)]];
            }),
          ),
        ),
      },
    }));
    setStatus({
      text:
        found.size === 0
          ? 'Mallen har samma värden som planen: inget ändrades i formuläret.'
          : `${found.size} värden lästes från mallen. Granska dem innan du sparar.`,
      problems: [],
    });
  };

  const save = async () => {
    if (!values) return;
    setBusy(true);
    setStatus({ text: 'Räknar fram den nya versionen…', problems: [] });
    // One frame for the message to show: the version is computed on this thread (a few hundred ms).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const made = makePlanVersion(plan, editOfForecast(rows, values), { name: draft.name, date: draft.date });
    if (!made.ok) {
      setBusy(false);
      return setStatus({ text: 'Versionen kan inte göras:', problems: made.problems });
    }
    const saved = await plans.addVersion(made.revision);
    if (!saved.ok || !saved.key) {
      setBusy(false);
      return setStatus({
        text: saved.ok ? 'Versionen sparades inte.' : saved.message,
        problems: saved.ok ? [] : saved.problems,
      });
    }
    clear();
    setStatus({
      text: `”${made.revision.name}” är sparad som version ${saved.plan.version}. Den öppnas…`,
      problems: [],
    });
    await switchTo(saved.key);
  };

  return (
    <section className="forecast-form" aria-labelledby="ny-prognos-rubrik">
      <h2 id="ny-prognos-rubrik">Ny prognos</h2>
      <p>
        Skriv in de värden som den nya prognosen ändrar, klistra in dem från Excel eller läs in planmallen. En
        tom ruta behåller planens värde. Alla tidigare versioner finns kvar.
      </p>
      <div className="forecast-meta">
        <label>
          Versionens namn
          <input
            type="text"
            maxLength={200}
            placeholder="Till exempel: skatteunderlagsprognos i augusti"
            value={draft.name}
            onChange={(event) => update((d) => ({ ...d, name: event.target.value }))}
          />
        </label>
        <label>
          Datum
          <input
            type="date"
            value={draft.date}
            onChange={(event) => update((d) => ({ ...d, date: event.target.value }))}
          />
        </label>
        <button type="button" onClick={() => template.current?.click()}>
          Läs in planmallen…
        </button>
        <input
          ref={template}
          type="file"
          accept=".xlsx"
          hidden
          aria-label="Planmall att läsa prognosen från"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void readTemplate(file);
          }}
        />
      </div>
      <ForecastTable rows={rows} cells={cells} draft={draft} update={update} />
      <div className="forecast-summary" aria-live="polite">
        {waiting + refused > 0 && (
          <p className="forecast-pending">
            {waiting > 0 &&
              `${waiting === 1 ? 'Ett värde väntar' : `${waiting} värden väntar`} på ditt svar. `}
            {refused > 0 &&
              `${refused === 1 ? 'En ruta' : `${refused} rutor`} kan inte läsas; rätta eller töm dem. `}
            Versionen kan sparas när alla rutor är klara.
          </p>
        )}
        {changes.length === 0 ? (
          <p>Inget är ändrat mot planen ännu.</p>
        ) : (
          <>
            <p>Den nya versionen ändrar {changes.length === 1 ? 'ett värde' : `${changes.length} värden`}:</p>
            <ul>
              {changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {status && (
        <div className="forecast-status" role={status.problems.length > 0 ? 'alert' : 'status'}>
          <p>{status.text}</p>
          {status.problems.length > 0 && (
            <ul>
              {status.problems.slice(0, 10).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="forecast-actions">
        <button type="button" onClick={onCancel}>
          Stäng
        </button>
        <button
          type="button"
          onClick={() => {
            if (window.confirm('Töm formuläret? Det du skrivit in tas bort.')) clear();
          }}
        >
          Töm formuläret
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || !values || changes.length === 0}
          onClick={() => void save()}
        >
          Spara som ny version
        </button>
      </div>
    </section>
  );
};
