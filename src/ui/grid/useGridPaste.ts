import { useState } from 'react';
import { interpretPaste, splitPastedRow, type PasteTarget } from '../../format/pastedCells';
import type { GridRow } from '../../scenarios/selectors';
import { useScenarioStore } from '../../scenarios/useScenario';
import type { ViewMode } from './cellDisplay';
import { cellContextOf, isEditable } from './useCellEditing';

type Key = { readonly rowId: string; readonly year: number };

/** A paste with implausible cells, waiting for the user's answer at the cell it was pasted into. */
export type PendingPaste = {
  readonly rowId: string;
  readonly year: number;
  readonly questions: readonly string[];
  readonly inputs: Readonly<Record<string, Readonly<Record<string, number>>>>;
};

/**
 * Rows pasted from Excel fill the years from the active cell, row after row, all or nothing, through the same
 * reading as a typed value: one refused cell refuses the paste, implausible cells are asked about before
 * anything is applied, and the whole paste is one command (one Ctrl+Z).
 */
export const useGridPaste = (
  rows: readonly GridRow[],
  years: readonly number[],
  mode: ViewMode,
  refuse: (rowId: string, year: number, text: string) => void,
) => {
  const store = useScenarioStore();
  const [pending, setPending] = useState<PendingPaste | undefined>();

  const paste = (rowId: string, year: number, text: string) => {
    const first = rows.findIndex((row) => row.row.id === rowId);
    const column = years.indexOf(year);
    const result = interpretPaste<Key>(splitPastedRow(text), (r, c): PasteTarget<Key> | string => {
      const row = rows[first + r];
      const target = years[column + c];
      if (!row || row.row.kind !== 'input') return 'Klistra bara in på rader med antaganden.';
      if (target === undefined || !isEditable(row, target))
        return `Raden ${row.row.label} har inte så många år.`;
      return {
        key: { rowId: row.row.id, year: target },
        name: `${row.row.label} ${target}`,
        spec: row.row,
        cell: cellContextOf(row, target, mode),
      };
    });
    if (result.kind === 'refused') return refuse(rowId, year, result.message);
    const inputs: Record<string, Record<string, number>> = {};
    for (const { key, value } of result.values) (inputs[key.rowId] ??= {})[String(key.year)] = value;
    if (Object.keys(inputs).length === 0) return;
    if (result.questions.length > 0) setPending({ rowId, year, questions: result.questions, inputs });
    else store.dispatch({ type: 'scenario/setInputs', inputs });
  };

  return {
    pending,
    paste,
    confirm: () => {
      if (pending) store.dispatch({ type: 'scenario/setInputs', inputs: pending.inputs });
      setPending(undefined);
    },
    dismiss: () => setPending(undefined),
  };
};
