import { useRef, useState, type DragEvent } from 'react';
import type { ScenarioHistory } from '../../model/history/scenarioHistory';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { readScenarioFile, readScenarioText, type ScenarioImport } from '../../scenarios/transfer';
import { useKnownPlans } from '../../scenarios/usePlanLibrary';
import { useScenarioStore } from '../../scenarios/useScenario';
import { ImplausibleValues, implausibleLinesOf } from './ImplausibleValues';

type Props = {
  /** Receives copies (new ids) of the scenarios read; saving or opening them is the caller's business. */
  readonly onImport: (
    documents: readonly ScenarioDocument[],
    histories?: readonly (ScenarioHistory | undefined)[],
  ) => Promise<void> | void;
};

type Problem = { readonly message: string; readonly problems: readonly string[] };

/** 'Importera': a file, a dropped file or pasted JSON, all through the one validating path. */
export const ImportDialog = ({ onImport }: Props) => {
  const store = useScenarioStore();
  const knownPlans = useKnownPlans();
  const dialog = useRef<HTMLDialogElement>(null);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);
  const [status, setStatus] = useState('');
  /** Scenarios read but holding values far from the plan: imported only when the user says so (issue 12 §2). */
  const [asking, setAsking] = useState<{ read: Extract<ScenarioImport, { ok: true }>; lines: string[] }>();

  const finish = async ({ documents, histories, notices }: Extract<ScenarioImport, { ok: true }>) => {
    setAsking(undefined);
    await onImport(documents, histories);
    setText('');
    setStatus(
      [
        documents.length === 1
          ? `”${documents[0]?.name ?? ''}” är importerat som en kopia.`
          : `${documents.length} scenarier är importerade som kopior.`,
        ...notices,
      ].join(' '),
    );
    dialog.current?.close();
  };

  const read = async (result: ScenarioImport, source: string) => {
    setAsking(undefined);
    if (!result.ok) {
      setProblem({ message: `${source}: ${result.message}`, problems: result.problems });
      return;
    }
    setProblem(undefined);
    const lines = implausibleLinesOf(store.getState(), result.documents);
    if (lines.length > 0) setAsking({ read: result, lines });
    else await finish(result);
  };

  const readFile = async (file: File | undefined) => {
    if (file) await read(await readScenarioFile(file, { ...store.getState(), knownPlans }), file.name);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
    else
      void read(
        readScenarioText(event.dataTransfer.getData('text/plain'), { ...store.getState(), knownPlans }),
        'Den släppta texten',
      );
  };

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setProblem(undefined);
          setAsking(undefined);
          dialog.current?.showModal();
        }}
      >
        Importera
      </button>
      <p className="import-status" role="status">
        {status}
      </p>
      <dialog ref={dialog} className="import-dialog" aria-labelledby="importera-rubrik">
        <div className="import-head">
          <h2 id="importera-rubrik">Importera scenarier</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Stäng
          </button>
        </div>
        <p>Importerade scenarier sparas alltid som kopior; inget befintligt scenario skrivs över.</p>
        <div
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="import-drop"
        >
          <label>
            Välj en scenariofil (.json) eller släpp den här
            <input
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                void readFile(event.currentTarget.files?.[0]);
                event.currentTarget.value = '';
              }}
            />
          </label>
        </div>
        <label className="import-paste">
          Eller klistra in en scenariofils text (JSON)
          <textarea rows={5} value={text} onChange={(event) => setText(event.currentTarget.value)} />
        </label>
        <button
          type="button"
          disabled={!text.trim()}
          onClick={() =>
            void read(readScenarioText(text, { ...store.getState(), knownPlans }), 'Den inklistrade texten')
          }
        >
          Importera texten
        </button>
        {asking ? (
          <div className="import-question" role="alertdialog" aria-label="Kontrollera värdena">
            <ImplausibleValues lines={asking.lines} />
            <button type="button" onClick={() => void finish(asking.read)}>
              Importera ändå
            </button>{' '}
            <button type="button" onClick={() => setAsking(undefined)}>
              Avbryt
            </button>
          </div>
        ) : null}
        {problem ? (
          <div className="import-error" role="alert">
            <p>
              <strong>Kunde inte importeras.</strong> {problem.message}
            </p>
            {problem.problems.length > 0 ? (
              <ul>
                {problem.problems.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </dialog>
    </>
  );
};
