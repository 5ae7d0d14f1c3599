import { useState } from 'react';
import { describeDocumentChanges } from '../../format/describeDocumentChanges';
import { diffDocuments } from '../../model/history/documentDiff';
import {
  STATUS_LABELS,
  VERSION_KIND_LABELS,
  type ScenarioHistory,
  type ScenarioVersion,
} from '../../model/history/scenarioHistory';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { useScenario } from '../../scenarios/useScenario';
import { formatSavedAt } from '../library/formatSavedAt';
import { VersionView } from './VersionView';

type Props = {
  readonly history: ScenarioHistory;
  readonly onRestore: (seq: number) => void;
  readonly onOpenCopy: (seq: number) => void;
};

const NOW = 'nu';

/** The same scenario with no changes: "Visa" lists a version's changes against the plan. */
const asPlan = (document: ScenarioDocument): ScenarioDocument => ({
  ...document,
  changes: { inputs: {}, frameChanges: [] },
  notes: {},
});

const ChangeList = ({ from, to }: { readonly from: ScenarioDocument; readonly to: ScenarioDocument }) => {
  const rows = useScenario((state) => state.workbook.rows);
  const lines = describeDocumentChanges(rows, diffDocuments(from, to));
  if (lines.length === 0) return <p className="history-changes">Inga ändringar.</p>;
  return (
    <ul className="history-changes">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
};

const versionTitle = (v: ScenarioVersion) =>
  `${formatSavedAt(v.savedAt)} · ${VERSION_KIND_LABELS[v.kind]}${
    v.restoredFrom === undefined ? '' : ` från version ${v.restoredFrom}`
  } · ${STATUS_LABELS[v.status]}`;

/**
 * The versions, newest first, each with "Visa" (its changes against the plan, its key figures and goals),
 * "Återställ" and "Öppna som kopia", and a comparison.
 */
export const HistoryVersions = ({ history, onRestore, onOpenCopy }: Props) => {
  const current = useScenario((state) => state.document);
  const [shown, setShown] = useState<number | undefined>();
  const newestFirst = [...history.versions].reverse();
  const [since, setSince] = useState<string>(String(newestFirst[0]?.seq ?? ''));
  const [until, setUntil] = useState<string>(NOW);
  const documentOf = (key: string) =>
    key === NOW ? current : history.versions.find((v) => String(v.seq) === key)?.document;
  const from = documentOf(since);
  const to = documentOf(until);
  if (history.versions.length === 0)
    return (
      <p>
        Inga sparade versioner ännu. Spara en version med en anteckning, eller arbeta vidare: ett arbetspass
        sparas som en version efter tio minuters paus.
      </p>
    );
  const options = (withNow: boolean) => (
    <>
      {withNow ? <option value={NOW}>Nu</option> : null}
      {newestFirst.map((v) => (
        <option key={v.seq} value={String(v.seq)}>
          Version {v.seq}, {formatSavedAt(v.savedAt)}
          {v.note ? ` – ${v.note.slice(0, 40)}` : ''}
        </option>
      ))}
    </>
  );
  return (
    <>
      <section aria-labelledby="jamfor-versioner">
        <h3 id="jamfor-versioner">Vad har ändrats sedan …</h3>
        <div className="history-row">
          <label>
            Sedan{' '}
            <select value={since} onChange={(e) => setSince(e.target.value)}>
              {options(false)}
            </select>
          </label>
          <label>
            till{' '}
            <select value={until} onChange={(e) => setUntil(e.target.value)}>
              {options(true)}
            </select>
          </label>
        </div>
        {from && to ? <ChangeList from={from} to={to} /> : null}
      </section>
      <section aria-labelledby="versioner-rubrik">
        <h3 id="versioner-rubrik">Versioner</h3>
        {history.pruned > 0 ? (
          <p>{history.pruned} äldre versioner har tagits bort för att historiken inte ska bli för stor.</p>
        ) : null}
        <ol className="library-list history-list" reversed>
          {newestFirst.map((v) => (
            <li key={v.seq} aria-label={`Version ${v.seq}`}>
              <div>
                <strong>Version {v.seq}</strong> · {versionTitle(v)}
                {v.note ? <div className="history-note">{v.note}</div> : null}
              </div>
              <div className="history-buttons">
                <button
                  type="button"
                  aria-expanded={shown === v.seq}
                  onClick={() => setShown(shown === v.seq ? undefined : v.seq)}
                >
                  Visa
                </button>
                <button type="button" onClick={() => onRestore(v.seq)}>
                  Återställ
                </button>
                <button type="button" onClick={() => onOpenCopy(v.seq)}>
                  Öppna som kopia
                </button>
              </div>
              {shown === v.seq ? (
                <>
                  <ChangeList from={asPlan(v.document)} to={v.document} />
                  <VersionView version={v} />
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
};
