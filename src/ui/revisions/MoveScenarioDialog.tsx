import { useMemo } from 'react';
import { carriedLines } from '../../model/revisions/carriedText';
import { rebaseScenario } from '../../model/revisions/rebase';
import type { Plan } from '../../model/planSchema';
import type { ScenarioChanges } from '../../model/scenarioChanges';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { useModalDialog } from '../library/useModalDialog';
import { RebaseLists } from './RebaseLists';
import './bridge.css';

export type MoveScenarioDialogProps = {
  readonly document: ScenarioDocument;
  readonly from: Plan;
  readonly to: Plan;
  readonly toLabel: string;
  readonly onMove: (changes: ScenarioChanges) => void;
  readonly onClose: () => void;
};

const changesWord = (n: number) => (n === 1 ? 'en ändring' : `${n} ändringar`);

/**
 * "Flytta scenariot" (issue 16): what the move carries onto the other plan version, what it cannot carry
 * (each with its reason) and which carried values the new plan forecasts anew; the button moves the
 * rebased changes and says, when something stays behind, that it does. Nothing is dropped silently.
 */
export const MoveScenarioDialog = ({
  document,
  from,
  to,
  toLabel,
  onMove,
  onClose,
}: MoveScenarioDialogProps) => {
  const ref = useModalDialog(true);
  const rebased = useMemo(() => rebaseScenario(document.changes, from, to), [document, from, to]);
  const carried = useMemo(() => carriedLines(rebased.changes, to), [rebased, to]);
  const left = rebased.notCarried.length;
  return (
    <dialog
      ref={ref}
      className="library-dialog move-dialog"
      aria-labelledby="flytta-rubrik"
      onClose={onClose}
    >
      <div className="library-head">
        <h2 id="flytta-rubrik">
          Flytta ”{document.name}” till {toLabel}
        </h2>
      </div>
      <h3>Följer med: {carried.length === 0 ? 'inga ändringar' : changesWord(carried.length)}</h3>
      {carried.length > 0 ? (
        <ul className="rebase-list rebase-carried">
          {carried.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <RebaseLists rebased={rebased} />
      {left > 0 ? (
        <p className="rebase-warning" role="alert">
          {left === 1 ? 'En ändring' : `${left} ändringar`} kan inte flyttas och följer inte med till{' '}
          {toLabel}.
        </p>
      ) : null}
      <div className="move-actions">
        <button type="button" onClick={onClose}>
          Avbryt
        </button>
        <button type="button" className="primary" onClick={() => onMove(rebased.changes)}>
          {left > 0 ? `Flytta scenariot utan ${changesWord(left)}` : 'Flytta scenariot'}
        </button>
      </div>
    </dialog>
  );
};
