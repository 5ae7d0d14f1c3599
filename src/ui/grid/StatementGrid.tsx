import { tableFeatures, useTable, type ColumnDef } from '@tanstack/react-table';
import { memo, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { StatementSheet } from '../../model/rowSpec';
import { selectSheetRows, type GridRow } from '../../scenarios/selectors';
import { useScenario } from '../../scenarios/useScenario';
import { basisLabelOf, type ViewMode } from './cellDisplay';
import type { EditorMove } from './CellEditor';
import { GridHead } from './GridHead';
import { GridNotice } from './GridNotice';
import { StatementRow } from './StatementRow';
import { useCellEditing } from './useCellEditing';
import { useEditFlow } from './useEditFlow';
import { useGridPaste } from './useGridPaste';

export type CellSelection = { readonly sheet: StatementSheet; readonly rowId: string; readonly year: number };

const features = tableFeatures({});
const MOVES: Record<EditorMove, [number, number]> = {
  down: [1, 0],
  up: [-1, 0],
  left: [0, -1],
  right: [0, 1],
  stay: [0, 0],
};

/**
 * Like focus()'s own scrolling: to the middle, and only when the cell is hidden (also under the sticky goal bar
 * and the year header that sticks below it).
 */
const scrollIntoViewIfNeeded = (cell: HTMLElement) => {
  if (!cell.isConnected) return;
  const box = cell.getBoundingClientRect();
  const top = cell.closest('table')?.tHead?.getBoundingClientRect().bottom ?? 0;
  const hidden =
    box.top < top || box.bottom > window.innerHeight || box.left < 0 || box.right > window.innerWidth;
  if (hidden) cell.scrollIntoView({ block: 'center', inline: 'nearest' });
};

/** Keys that belong to a composition under way (an IME, a dead key): its text comes at compositionend. */
const composing = (event: React.KeyboardEvent) =>
  event.nativeEvent.isComposing || event.key === 'Process' || event.key === 'Dead';

/**
 * A statement as an editable grid (WAI-ARIA grid with one tab stop): arrows, Tab, Enter, Home/End move;
 * typing, any text input or F2 edits an input cell; Delete resets it to the plan; Ctrl+V pastes a row from
 * Excel. Whatever the user does after an entry, the focus and the next key follow the selection they see.
 */
export const StatementGrid = memo(function StatementGrid({
  sheet,
  mode,
  selection,
  onSelect,
}: {
  sheet: StatementSheet;
  mode: ViewMode;
  selection: CellSelection | undefined;
  onSelect: (selection: CellSelection) => void;
}) {
  const rows = useScenario((state) => selectSheetRows(state, sheet));
  // The sheet's columns: the earlier years it prints (read-only), then the modelled years.
  const years = useScenario((state) => state.workbook.layout.columnsOf(sheet));
  const kindOf = useScenario((state) => state.workbook.layout.kindOf);
  const firstModelled = useScenario((state) => state.workbook.layout.years[0] ?? 0);
  const editing = useCellEditing(rows, mode);
  const pasting = useGridPaste(rows, years, mode, editing.refuse);
  const tableRef = useRef<HTMLTableElement>(null);
  /** The cell to focus after the next commit. The cell itself, not a flag: an effect of an earlier render (a
   *  deferred one, see StatementView) may run first, and must focus the cell chosen now, not its own. */
  const focusWanted = useRef<{ readonly rowId: string; readonly year: number } | undefined>(undefined);
  const scrollFrame = useRef(0);

  const columns = useMemo<ColumnDef<typeof features, GridRow>[]>(
    () => [
      { id: 'label', header: 'Rad', accessorFn: (row) => row.row.label },
      ...years.map((year) => ({
        id: String(year),
        header: String(year),
        accessorFn: (row: GridRow) => row.scenario[String(year)] ?? null,
      })),
    ],
    [years],
  );
  const table = useTable({ features, columns, data: rows as GridRow[] });

  const rowIndex = Math.max(
    0,
    rows.findIndex((row) => row.row.id === selection?.rowId && selection.sheet === sheet),
  );
  const colIndex = Math.max(0, years.indexOf(selection?.sheet === sheet ? selection.year : firstModelled));
  const active = { rowId: rows[rowIndex]?.row.id ?? '', year: years[colIndex] ?? 0 };

  const select = (r: number, c: number) => {
    const row = rows[Math.min(rows.length - 1, Math.max(0, r))];
    const year = years[Math.min(years.length - 1, Math.max(0, c))];
    if (!row || year === undefined) return;
    focusWanted.current = { rowId: row.row.id, year };
    editing.clearMessage();
    if (pasting.pending) pasting.dismiss();
    onSelect({ sheet, rowId: row.row.id, year });
  };
  const move = (direction: EditorMove) => {
    const [dr, dc] = MOVES[direction];
    select(rowIndex + dr, colIndex + dc);
  };

  useEffect(() => {
    const wanted = focusWanted.current;
    if (!wanted || editing.edit) return;
    focusWanted.current = undefined;
    const cell = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${wanted.rowId}|${wanted.year}"]`);
    if (!cell) return;
    // Focus without scrolling, and scroll (only when the cell is hidden) just before the next frame, when the
    // page is laid out for that frame anyway. (Chromium's focus() still brings the layout up to date.)
    cell.focus({ preventScroll: true });
    cancelAnimationFrame(scrollFrame.current);
    scrollFrame.current = requestAnimationFrame(() => scrollIntoViewIfNeeded(cell));
  });

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (editing.edit || composing(event)) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move('down'),
      ArrowUp: () => move('up'),
      ArrowLeft: () => move('left'),
      ArrowRight: () => move('right'),
      Enter: () => move(event.shiftKey ? 'up' : 'down'),
      Home: () => select(ctrl ? 0 : rowIndex, 0),
      End: () => select(ctrl ? rows.length - 1 : rowIndex, years.length - 1),
      PageDown: () => select(rowIndex + 10, colIndex),
      PageUp: () => select(rowIndex - 10, colIndex),
      F2: () => editing.start(active.rowId, active.year, undefined),
      Delete: () => editing.reset(active.rowId, active.year),
      Backspace: () => editing.reset(active.rowId, active.year),
      Escape: () => editing.clearMessage(),
    };
    if (event.key === 'Tab') {
      const atEdge = event.shiftKey ? colIndex === 0 : colIndex === years.length - 1;
      if (atEdge) return; // let Tab leave the grid rather than trap the keyboard
      move(event.shiftKey ? 'left' : 'right');
    } else if (keys[event.key] && !(ctrl && !['Home', 'End'].includes(event.key))) {
      keys[event.key]?.();
    } else if (event.key.length === 1 && !ctrl && !event.altKey) {
      editing.start(active.rowId, active.year, event.key);
    } else return;
    event.preventDefault();
  };

  const { handlers, notice, clearNotice } = useEditFlow({
    editing,
    pasting,
    active,
    tableRef,
    select,
    move,
    reselect: () => select(rowIndex, colIndex),
  });
  const basis = basisLabelOf(mode);

  return (
    <>
      <table
        ref={tableRef}
        className={`grid mode-${mode}`}
        role="grid"
        aria-label={`${sheet}, ${mode === 'scenario' ? 'scenariots värden' : mode === 'plan' ? 'planens värden' : 'skillnad mot planen'}`}
        aria-rowcount={rows.length + 1}
        aria-colcount={years.length + 1}
        style={{ '--years': years.length } as CSSProperties}
        onKeyDown={onKeyDown}
        onPaste={(event) => {
          if (editing.edit) return;
          event.preventDefault();
          pasting.paste(active.rowId, active.year, event.clipboardData.getData('text/plain'));
        }}
      >
        <GridHead years={years} kindOf={kindOf} />
        <tbody>
          {table.getRowModel().rows.flatMap((row, index, all) => {
            const data = row.original;
            const spec = data.row;
            const heading =
              spec.section && spec.section !== all[index - 1]?.original.row.section ? (
                <tr key={`section-${spec.id}`} className="section" role="row">
                  <th colSpan={years.length + 1} role="rowheader">
                    {spec.section}
                  </th>
                </tr>
              ) : null;
            const line = (
              <StatementRow
                key={row.id}
                data={data}
                index={index}
                years={years}
                kindOf={kindOf}
                mode={mode}
                basis={basis}
                activeCol={index === rowIndex ? colIndex : undefined}
                edit={editing.edit?.rowId === spec.id ? editing.edit : undefined}
                message={editing.message?.rowId === spec.id ? editing.message : undefined}
                pending={pasting.pending?.rowId === spec.id ? pasting.pending : undefined}
                handlers={handlers}
              />
            );
            return heading ? [heading, line] : [line];
          })}
        </tbody>
      </table>
      <GridNotice notice={notice} onDone={clearNotice} />
    </>
  );
});
