import { memo, type ReactNode } from 'react';
import type { ColumnKind } from '../../model/workbookLayout';
import { UNIT_LABEL } from '../../format/formatValue';
import type { GridRow } from '../../scenarios/selectors';
import { QuestionBox } from '../QuestionBox';
import type { ViewMode } from './cellDisplay';
import { CellEditor, type EditorMove, type EditState } from './CellEditor';
import { GridCell } from './GridCell';
import type { PendingPaste } from './useGridPaste';

/** The handlers of the editor and the paste question, stable across renders (see StatementGrid). */
export type RowHandlers = {
  readonly onSelect: (rowIndex: number, col: number) => void;
  readonly onEdit: (rowId: string, year: number) => void;
  readonly onChange: (text: string) => void;
  readonly onCommit: (move: EditorMove) => void;
  readonly onCancel: () => void;
  readonly onLeave: () => void;
  readonly onChoose: (value: number) => void;
  readonly onPasteCells: (text: string) => boolean;
  readonly onConfirmPaste: () => void;
  readonly onDismissPaste: () => void;
};

/**
 * One row of a statement grid. Memoised: only the rows an edit reached, the rows the selection left and
 * entered, and the row being edited render again; every handler is stable (see StatementGrid).
 */
export const StatementRow = memo(function StatementRow({
  data,
  index,
  years,
  kindOf,
  mode,
  basis,
  activeCol,
  edit,
  message,
  pending,
  handlers,
}: {
  data: GridRow;
  index: number;
  years: readonly number[];
  kindOf: (year: number) => ColumnKind;
  mode: ViewMode;
  /** "Skillnad mot planen" in the Skillnad views, where what is typed is a difference. */
  basis: string | undefined;
  /** The column of the active cell when it is in this row. */
  activeCol: number | undefined;
  /** The edit under way in this row. */
  edit: EditState | undefined;
  /** A refusal shown at one of this row's cells. */
  message: { readonly year: number; readonly text: string } | undefined;
  /** A paste into this row waiting for an answer. */
  pending: PendingPaste | undefined;
  handlers: RowHandlers;
}) {
  const spec = data.row;
  const editorPopup = edit && (edit.error || edit.question || edit.hint || basis);
  const popupAt = (year: number): ReactNode => {
    if (pending?.year === year)
      return (
        <QuestionBox
          question={pending.questions}
          reason="Inget har klistrats in än."
          choices={[
            { label: 'Klistra in ändå', onChoose: handlers.onConfirmPaste },
            { label: 'Avbryt', onChoose: handlers.onDismissPaste },
          ]}
          focusFirst
          onDismiss={handlers.onDismissPaste}
        />
      );
    if (message?.year === year)
      return (
        <div className="cell-error" role="alert" contentEditable={false}>
          {message.text}
        </div>
      );
    return undefined;
  };
  return (
    <tr
      role="row"
      data-row={spec.id}
      className={[spec.kind, spec.emphasis, message || pending || editorPopup ? 'has-popup' : undefined]
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
          column={kindOf(year)}
          active={c === activeCol}
          popup={popupAt(year)}
          rowIndex={index}
          col={c}
          onSelect={handlers.onSelect}
          onEdit={handlers.onEdit}
        >
          {edit?.year === year ? (
            <CellEditor
              edit={edit}
              label={`${spec.label} ${year}`}
              basis={basis}
              onChange={handlers.onChange}
              onCommit={handlers.onCommit}
              onCancel={handlers.onCancel}
              onLeave={handlers.onLeave}
              onChoose={handlers.onChoose}
              onPasteCells={handlers.onPasteCells}
            />
          ) : null}
        </GridCell>
      ))}
    </tr>
  );
});
