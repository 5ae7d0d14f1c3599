import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { splitPastedRow } from '../../format/pastedCells';
import type { EditorMove } from './CellEditor';
import type { Notice } from './GridNotice';
import type { RowHandlers } from './StatementRow';
import type { EditOutcome, useCellEditing } from './useCellEditing';
import type { useGridPaste } from './useGridPaste';
import { useTextEntry } from './useTextEntry';

type Flow = {
  readonly editing: ReturnType<typeof useCellEditing>;
  readonly pasting: ReturnType<typeof useGridPaste>;
  readonly active: { readonly rowId: string; readonly year: number };
  readonly tableRef: RefObject<HTMLTableElement | null>;
  readonly select: (rowIndex: number, col: number) => void;
  readonly move: (direction: EditorMove) => void;
  /** Select the active cell again: the focus back on it after the editor or a question closes. */
  readonly reselect: () => void;
};

/**
 * What happens when an entry ends (issue 12 §3): Enter moves only when the value was taken; leaving the
 * editor (a click elsewhere) takes or drops the entry and leaves the focus where the user put it; answers
 * to a question and a paste into an open editor bring the focus back to the cell. The rows' handlers are
 * stable, reading the latest closures through a ref, so the memoised rows do not render for them.
 */
export const useEditFlow = ({ editing, pasting, active, tableRef, select, move, reselect }: Flow) => {
  const [notice, setNotice] = useState<Notice | undefined>();
  const tell = (outcome: EditOutcome) => {
    if (outcome.kind !== 'open' && outcome.notice) setNotice({ id: Date.now(), text: outcome.notice });
  };
  const finishEdit = (direction: EditorMove) => {
    const outcome = editing.commit();
    if (outcome.kind === 'taken') move(direction);
    tell(outcome);
  };
  /** The editor lost the focus: take or drop the entry, and leave the focus where the user put it. */
  const leaveEdit = () => tell(editing.leave());
  const chooseEdit = (value: number) => {
    tell(editing.choose(value));
    reselect();
  };
  const cancelEdit = () => {
    editing.cancel();
    reselect();
  };
  /** Several cells pasted into an open editor fill the row from its cell, as on the grid. */
  const pasteIntoEditor = (text: string) => {
    const current = editing.edit;
    if (!current || splitPastedRow(text).flat().length < 2) return false;
    editing.cancel();
    reselect();
    pasting.paste(current.rowId, current.year, text);
    return true;
  };
  const answerPaste = (confirmed: boolean) => {
    if (confirmed) pasting.confirm();
    else pasting.dismiss();
    reselect();
  };
  const enterText = (cellKey: string, text: string) => {
    if (editing.edit || cellKey !== `${active.rowId}|${active.year}`) return;
    editing.start(active.rowId, active.year, text);
  };

  // Stable handlers for the memoised rows and cells, reading the latest closures through a ref.
  const current = {
    select,
    finishEdit,
    leaveEdit,
    chooseEdit,
    cancelEdit,
    pasteIntoEditor,
    answerPaste,
    enterText,
    editing,
  };
  const latest = useRef(current);
  useLayoutEffect(() => {
    latest.current = current;
  });
  const handlers = useMemo<RowHandlers>(
    () => ({
      onSelect: (r, c) => latest.current.select(r, c),
      onEdit: (rowId, year) => latest.current.editing.start(rowId, year, undefined),
      onChange: (text) => latest.current.editing.change(text),
      onCommit: (direction) => latest.current.finishEdit(direction),
      onCancel: () => latest.current.cancelEdit(),
      onLeave: () => latest.current.leaveEdit(),
      onChoose: (value) => latest.current.chooseEdit(value),
      onPasteCells: (text) => latest.current.pasteIntoEditor(text),
      onConfirmPaste: () => latest.current.answerPaste(true),
      onDismissPaste: () => latest.current.answerPaste(false),
    }),
    [],
  );
  const onTextEntry = useCallback(
    (cellKey: string, text: string) => latest.current.enterText(cellKey, text),
    [],
  );
  useTextEntry(tableRef, onTextEntry);
  const clearNotice = useCallback(() => setNotice(undefined), []);
  return { handlers, notice, clearNotice };
};
