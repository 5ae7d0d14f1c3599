import { useRef, useState } from 'react';
import { interpretCellInput, splitPastedRow } from '../../format/interpretCellInput';
import type { StatementSheet } from '../../model/rowSpec';
import type { GridRow } from '../../scenarios/selectors';
import { useScenarioStore } from '../../scenarios/useScenario';
import { editText } from './cellDisplay';
import type { EditorMove, EditState } from './CellEditor';

export type CellMessage = { readonly rowId: string; readonly year: number; readonly text: string };

const numberIn = (row: GridRow, year: number): number => {
  const value = row.scenario[String(year)];
  return typeof value === 'number' ? value : 0;
};

/**
 * Editing an input cell: start (by typing or F2), commit through the Swedish parser, reset with Delete, paste
 * a row from Excel. Every change goes to the store as one command, so one Ctrl+Z undoes it.
 */
export const useCellEditing = (sheet: StatementSheet, rows: readonly GridRow[], years: readonly number[]) => {
  const store = useScenarioStore();
  const [edit, setEditState] = useState<EditState | undefined>();
  const [message, setMessage] = useState<CellMessage | undefined>();
  const editRef = useRef<EditState | undefined>(undefined);
  const setEdit = (next: EditState | undefined) => {
    editRef.current = next;
    setEditState(next);
  };
  const rowOf = (rowId: string) => rows.find((row) => row.row.id === rowId);
  const editable = (row: GridRow | undefined, year: number): row is GridRow =>
    row?.row.kind === 'input' && row.years.includes(year);

  const refuse = (rowId: string, year: number, text: string) => setMessage({ rowId, year, text });

  const start = (rowId: string, year: number, text: string | undefined) => {
    const row = rowOf(rowId);
    setMessage(undefined);
    if (!editable(row, year)) {
      refuse(rowId, year, 'Den här cellen räknas fram. Ändra antagandena under fliken Antaganden.');
      return;
    }
    setEdit({
      rowId,
      year,
      text: text ?? editText(row.scenario[String(year)] ?? null),
      mode: text ? 'enter' : 'edit',
    });
  };

  /** Returns false and keeps the editor open with a message when the text is not a valid value. */
  const commit = (): boolean => {
    const current = editRef.current;
    if (!current) return true;
    const row = rowOf(current.rowId);
    if (!editable(row, current.year) || row.row.kind !== 'input') return true;
    const result = interpretCellInput(current.text, row.row, numberIn(row, current.year));
    if (!result.ok) {
      setEdit({ ...current, error: result.message });
      return false;
    }
    setEdit(undefined);
    const plan = row.plan[String(current.year)];
    if (result.value !== numberIn(row, current.year))
      store.dispatch({
        type: 'scenario/setInput',
        id: current.rowId,
        year: current.year,
        value: result.value === plan ? undefined : result.value,
      });
    return true;
  };

  const reset = (rowId: string, year: number) => {
    const row = rowOf(rowId);
    if (!editable(row, year))
      return refuse(rowId, year, 'Beräknade celler kan inte ändras eller nollställas.');
    if (row.changed.has(String(year)))
      store.dispatch({ type: 'scenario/setInput', id: rowId, year, value: undefined });
  };

  /** Tab-separated rows from Excel fill the years from the active cell, row after row; all or nothing. */
  const paste = (rowId: string, year: number, text: string) => {
    const start = rows.findIndex((row) => row.row.id === rowId);
    const inputs: Record<string, Record<string, number>> = {};
    for (const [offset, cells] of splitPastedRow(text).entries()) {
      const row = rows[start + offset];
      if (!row || row.row.kind !== 'input')
        return refuse(rowId, year, 'Klistra bara in på rader med antaganden.');
      for (const [i, cell] of cells.entries()) {
        const target = years[years.indexOf(year) + i];
        if (cell.trim() === '') continue;
        if (target === undefined || !row.years.includes(target))
          return refuse(rowId, year, `Raden ${row.row.label} har inte så många år. Inget klistrades in.`);
        const result = interpretCellInput(cell, row.row, numberIn(row, target));
        if (!result.ok)
          return refuse(rowId, year, `${row.row.label} ${target}: ${result.message} Inget klistrades in.`);
        (inputs[row.row.id] ??= {})[String(target)] = result.value;
      }
    }
    setMessage(undefined);
    if (Object.keys(inputs).length > 0) store.dispatch({ type: 'scenario/setInputs', inputs });
  };

  return {
    edit,
    message,
    start,
    change: (text: string) => editRef.current && setEdit({ ...editRef.current, text, error: undefined }),
    commit: (move: EditorMove) => ({ committed: commit(), move }),
    cancel: () => setEdit(undefined),
    reset,
    paste,
    clearMessage: () => setMessage(undefined),
    sheet,
  };
};
