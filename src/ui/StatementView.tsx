import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import type { StatementSheet } from '../model/rowSpec';
import { useScenario } from '../scenarios/useScenario';
import { FormulaBar } from './FormulaBar';
import type { ViewMode } from './grid/cellDisplay';
import { StatementGrid, type CellSelection } from './grid/StatementGrid';
import { SheetCharts } from './ScenarioCharts';
import { StepValues } from './StepValues';
import { Toolbar } from './Toolbar';

/**
 * One statement: the mode switch, the formula bar, the grid with its charts and (on Antaganden) the step
 * values. The selected cell lives here, not in App, so moving around the grid renders only the formula bar
 * and the two grid rows involved, not the header, the goals or the charts. App hears of it only when another
 * view takes the statements' place, so the way back starts from the same cell.
 */
export const StatementView = ({
  sheet,
  mode,
  onMode,
  onSheet,
  initialSelection,
  onLeave,
}: {
  sheet: StatementSheet;
  mode: ViewMode;
  onMode: (mode: ViewMode) => void;
  onSheet: (sheet: StatementSheet) => void;
  /** Where the selection was when the statements were last shown. */
  initialSelection: CellSelection | undefined;
  /** Told the selection when the statements give way to another view, to start from it on the way back. */
  onLeave: (selection: CellSelection | undefined) => void;
}) => {
  const rows = useScenario((state) => state.workbook.rows);
  const [selection, setSelectionState] = useState(initialSelection);
  const latestSelection = useRef(selection);
  const setSelection = useCallback((next: CellSelection) => {
    latestSelection.current = next;
    setSelectionState(next);
  }, []);
  // The formula bar follows the selection a frame later: the frame after an edit or an arrow key shows the
  // grid and the goals first, and the formula bar's new text, laid out and painted, comes right after.
  const formulaSelection = useDeferredValue(selection);
  useEffect(() => () => onLeave(latestSelection.current), [onLeave]);

  /** From the formula bar: to the cell a formula uses, on whichever statement it is. */
  const navigate = useCallback(
    (rowId: string, year: number) => {
      const target = rows.byId.get(rowId)?.sheet;
      if (!target) return;
      onSheet(target);
      setSelection({ sheet: target, rowId, year });
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-cell="${rowId}|${year}"]`)?.focus(),
      );
    },
    [rows, onSheet, setSelection],
  );

  /** From the note field: back to the grid at the note's cell, or (Enter) the row below it, as in Excel. */
  const noteDone = useCallback(
    (cell: CellSelection, moveDown: boolean) => {
      const sheetRows = rows.ofSheet(cell.sheet);
      const at = sheetRows.findIndex((row) => row.id === cell.rowId);
      const next = moveDown
        ? (sheetRows[Math.min(at + 1, sheetRows.length - 1)] ?? sheetRows[at])
        : sheetRows[at];
      if (!next) return;
      setSelection({ sheet: cell.sheet, rowId: next.id, year: cell.year });
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-cell="${next.id}|${cell.year}"]`)?.focus(),
      );
    },
    [rows, setSelection],
  );

  return (
    <>
      <Toolbar mode={mode} onMode={onMode} />
      <FormulaBar
        selection={formulaSelection?.sheet === sheet ? formulaSelection : undefined}
        onNavigate={navigate}
        onNoteDone={noteDone}
      />
      <div className="sheet-body">
        <StatementGrid sheet={sheet} mode={mode} selection={selection} onSelect={setSelection} />
        <SheetCharts />
      </div>
      {sheet === 'Antaganden' ? <StepValues /> : null}
    </>
  );
};
