import { useState } from 'react';
import { SCENARIO_STATUSES, STATUS_LABELS, type ScenarioStatus } from '../../model/history/scenarioHistory';
import { useScenarioLibrary } from '../../scenarios/useLibrary';
import { useScenarioHistory } from '../../scenarios/useScenarioHistory';
import { HistoryVersions } from './HistoryVersions';
import './history.css';
import { useModalDialog } from '../library/useModalDialog';

type Props = { readonly open: boolean; readonly onClose: () => void };

/** "Historik": the open scenario's status, its saved versions, what changed between two, and restore. */
export const HistoryDialog = ({ open, onClose }: Props) => {
  const ref = useModalDialog(open);
  return (
    <dialog
      ref={ref}
      className="library-dialog history-dialog"
      aria-labelledby="historik-rubrik"
      onClose={onClose}
    >
      {open ? <HistoryContents onClose={onClose} /> : null}
    </dialog>
  );
};

const HistoryContents = ({ onClose }: Pick<Props, 'onClose'>) => {
  const library = useScenarioLibrary();
  const { stored, message, run } = useScenarioHistory();
  const [note, setNote] = useState('');
  const history = stored?.kind === 'history' ? stored.history : undefined;
  const [status, setStatus] = useState<ScenarioStatus | undefined>();
  const [decision, setDecision] = useState<string | undefined>();
  const shownStatus = status ?? history?.status ?? 'utkast';
  const shownDecision = decision ?? history?.decisionNote ?? '';
  return (
    <>
      <div className="library-head">
        <h2 id="historik-rubrik">Historik</h2>
        <button type="button" onClick={onClose}>
          Stäng
        </button>
      </div>
      {stored && stored.kind !== 'history' ? <p role="alert">{stored.message}</p> : null}
      {message ? <p role="alert">{message}</p> : null}
      <form
        className="history-row"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => library.history.saveVersion(note)).then(() => setNote(''));
        }}
      >
        <label>
          Anteckning <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          Spara version
        </button>
      </form>
      <form
        className="history-row"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => library.history.setStatus(shownStatus, shownDecision)).then(() => {
            setStatus(undefined);
            setDecision(undefined);
          });
        }}
      >
        <label>
          Status{' '}
          <select value={shownStatus} onChange={(e) => setStatus(e.target.value as ScenarioStatus)}>
            {SCENARIO_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Beslut{' '}
          <input value={shownDecision} maxLength={2000} onChange={(e) => setDecision(e.target.value)} />
        </label>
        <button type="submit">Spara status</button>
      </form>
      {history ? (
        <HistoryVersions
          history={history}
          onRestore={(seq) => void run(() => library.history.restore(seq))}
          onOpenCopy={(seq) =>
            void run(() => library.history.openCopy(seq)).then((result) => {
              if (result.ok) onClose();
            })
          }
        />
      ) : (
        <p>Läser historiken …</p>
      )}
    </>
  );
};
