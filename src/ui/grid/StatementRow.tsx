import { memo } from 'react';
import { UNIT_LABEL } from '../../format/formatValue';
import type { GridRow } from '../../scenarios/selectors';
import type { ViewMode } from './cellDisplay';
import { CellEditor, type EditorMove, type EditState } from './CellEditor';
import { GridCell } from './GridCell';

/**
 * One row of a statement grid. Memoised: only the rows an edit reached, the rows the selection left and
 * entered, and the row being edited render again; every handler is stable (see StatementGrid).
 */
export const StatementRow = memo(function StatementRow({
  data,
  index,
  years,
  budgetYears,
  mode,
  activeCol,
  edit,
  message,
  onSelect,
  onEdit,
  onChange,
  onCommit,
  onCancel,
}: {
  data: GridRow;
  index: number;
  years: readonly number[];
  budgetYears: readonly number[];
  mode: ViewMode;
  /** The column of the active cell when it is in this row. */
  activeCol: number | undefined;
  /** The edit under way in this row. */
  edit: EditState | undefined;
  /** A refusal shown at one of this row's cells. */
  message: { readonly year: number; readonly text: string } | undefined;
  onSelect: (rowIndex: number, col: number) => void;
  onEdit: (rowId: string, year: number) => void;
  onChange: (text: string) => void;
  onCommit: (move: EditorMove) => void;
  onCancel: () => void;
}) {
  const spec = data.row;
  return (
    <tr
      role="row"
      data-row={spec.id}
      className={[spec.kind, spec.emphasis, message || edit?.error ? 'has-popup' : undefined]
        .filter(Boolean)
        .join(' ')}
    >
      <th role="rowheader" scope="row" title={spec.definition}>
        <span className="row-label">{spec.label}</span> <span className="unit">{UNIT_LABEL[spec.unit]}</span>
      </th>
      {years.map((year, c) => (
        <GridCell
          key={year}
          data={data}
          year={year}
          mode={mode}
          kalkyl={!budgetYears.includes(year)}
          active={c === activeCol}
          message={message?.year === year ? message.text : undefined}
          rowIndex={index}
          col={c}
          onSelect={onSelect}
          onEdit={onEdit}
        >
          {edit?.year === year ? (
            <CellEditor
              edit={edit}
              label={`${spec.label} ${year}`}
              onChange={onChange}
              onCommit={onCommit}
              onCancel={onCancel}
            />
          ) : null}
        </GridCell>
      ))}
    </tr>
  );
});
