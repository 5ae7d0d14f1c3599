import { useRef, useState } from 'react';
import { interpretCellInput, type CellContext, type CellInput } from '../../format/interpretCellInput';
import type { InputRow } from '../../model/rowSpec';
import type { GridRow } from '../../scenarios/selectors';
import { useScenarioStore } from '../../scenarios/useScenario';
import { editStartText, inputBasisOf, type ViewMode } from './cellDisplay';
import type { EditState } from './CellEditor';

export type CellMessage = { readonly rowId: string; readonly year: number; readonly text: string };

const numberIn = (values: GridRow['scenario'], year: number): number => {
  const value = values[String(year)];
  return typeof value === 'number' ? value : 0;
};

/** The cell a text is read for: its year, the scenario's and the plan's value, and the view's basis. */
export const cellContextOf = (row: GridRow, year: number, mode: ViewMode): CellContext => ({
  year,
  current: numberIn(row.scenario, year),
  plan: numberIn(row.plan, year),
  basis: inputBasisOf(mode),
});

export const isEditable = (row: GridRow | undefined, year: number): row is GridRow & { row: InputRow } =>
  row?.row.kind === 'input' && row.years.includes(year);

/** How an edit ended: taken (with a note on how relative text was read), kept open, or dropped. */
export type EditOutcome =
  | { readonly kind: 'taken'; readonly notice: string | undefined }
  | { readonly kind: 'open' }
  | { readonly kind: 'dropped'; readonly notice: string };

/**
 * Editing an input cell: start (by typing, by text input of any kind, or F2), read every keystroke's text
 * through the Swedish parser for the hint, commit on Enter (asking first about an implausible value), and
 * take or drop the edit when the user leaves it. Every change goes to the store as one command.
 */
export const useCellEditing = (rows: readonly GridRow[], mode: ViewMode) => {
  const store = useScenarioStore();
  const [edit, setEditState] = useState<EditState | undefined>();
  const [message, setMessage] = useState<CellMessage | undefined>();
  const editRef = useRef<EditState | undefined>(undefined);
  const setEdit = (next: EditState | undefined) => {
    editRef.current = next;
    setEditState(next);
  };
  const rowOf = (rowId: string) => rows.find((row) => row.row.id === rowId);
  /** Nothing to write: the cell is gone, or F2's text was left as it was. */
  const read = (current: EditState): { row: GridRow & { row: InputRow }; result: CellInput } | undefined => {
    const row = rowOf(current.rowId);
    if (!isEditable(row, current.year) || current.text === current.startText) return undefined;
    return { row, result: interpretCellInput(current.text, row.row, cellContextOf(row, current.year, mode)) };
  };
  const hintOf = (current: EditState) => {
    const result = read(current)?.result;
    return result?.kind === 'value' ? result.reading : undefined;
  };

  const start = (rowId: string, year: number, text: string | undefined) => {
    const row = rowOf(rowId);
    setMessage(undefined);
    if (!isEditable(row, year)) {
      setMessage({
        rowId,
        year,
        text: 'Den här cellen räknas fram. Ändra antagandena under fliken Antaganden.',
      });
      return;
    }
    const startText = text === undefined ? editStartText(row, String(year), mode) : undefined;
    const next: EditState = {
      rowId,
      year,
      text: text ?? startText ?? '',
      mode: text ? 'enter' : 'edit',
      startText,
    };
    setEdit({ ...next, hint: text ? hintOf(next) : undefined });
  };

  /** The value into the scenario (undefined for the plan's own value), closing the editor. */
  const take = (current: EditState, value: number, reading: string | undefined): EditOutcome => {
    const row = rowOf(current.rowId);
    setEdit(undefined);
    if (!row) return { kind: 'taken', notice: undefined };
    const plan = row.plan[String(current.year)];
    if (value !== numberIn(row.scenario, current.year))
      store.dispatch({
        type: 'scenario/setInput',
        id: current.rowId,
        year: current.year,
        value: value === plan ? undefined : value,
      });
    return { kind: 'taken', notice: reading ? `${row.row.label} ${current.year}: ${reading}` : undefined };
  };

  /** Enter: a valid value is taken, a refused one stays with its message, an implausible one is asked about. */
  const commit = (): EditOutcome => {
    const current = editRef.current;
    const read_ = current && read(current);
    if (!current || !read_) {
      setEdit(undefined);
      return { kind: 'taken', notice: undefined };
    }
    const { result } = read_;
    if (result.kind === 'value') return take(current, result.value, result.reading);
    if (result.kind === 'refused') {
      setEdit({ ...current, error: result.message, question: undefined, hint: undefined });
      return { kind: 'open' };
    }
    if (current.question?.text === current.text) return take(current, result.value, undefined);
    setEdit({ ...current, error: undefined, question: { ...result, text: current.text }, hint: undefined });
    return { kind: 'open' };
  };

  /** The editor lost the focus to something else: a valid value is taken, anything else is dropped, said aloud. */
  const leave = (): EditOutcome => {
    const current = editRef.current;
    const read_ = current && read(current);
    if (!current || !read_) {
      setEdit(undefined);
      return { kind: 'taken', notice: undefined };
    }
    const { row, result } = read_;
    if (result.kind === 'value') return take(current, result.value, result.reading);
    setEdit(undefined);
    const why = result.kind === 'refused' ? result.message : 'Värdet behövde bekräftas.';
    return {
      kind: 'dropped',
      notice: `${row.row.label} ${current.year}: «${current.text}» togs inte emot. ${why} Cellen är oförändrad.`,
    };
  };

  return {
    edit,
    message,
    start,
    change: (text: string) => {
      const current = editRef.current;
      if (!current) return;
      const next: EditState = { ...current, text, error: undefined, question: undefined };
      setEdit({ ...next, hint: hintOf(next) });
    },
    commit,
    leave,
    /** An answer to the question: the value as typed or the suggested reading, both already checked. */
    choose: (value: number): EditOutcome => {
      const current = editRef.current;
      return current ? take(current, value, undefined) : { kind: 'taken', notice: undefined };
    },
    cancel: () => setEdit(undefined),
    reset: (rowId: string, year: number) => {
      const row = rowOf(rowId);
      if (!isEditable(row, year))
        return setMessage({ rowId, year, text: 'Beräknade celler kan inte ändras eller nollställas.' });
      if (row.changed.has(String(year)))
        store.dispatch({ type: 'scenario/setInput', id: rowId, year, value: undefined });
    },
    refuse: (rowId: string, year: number, text: string) => setMessage({ rowId, year, text }),
    clearMessage: () => setMessage(undefined),
  };
};
