import { memo, type ReactNode } from 'react';
import type { ColumnKind } from '../../model/workbookLayout';
import { formatRowValue } from '../../format/formatValue';
import type { GridRow } from '../../scenarios/selectors';
import { cellText, differsFromPlan, type ViewMode } from './cellDisplay';

/**
 * One year of one row. Changed inputs carry a marker and say so in words for screen readers; computed cells
 * that differ from the plan are marked too, so a change's reach is visible at a glance. The focused cell
 * becomes an editing host (see useTextEntry); its content is never editable.
 */
export const GridCell = memo(function GridCell({
  data,
  rowIndex,
  col,
  year,
  mode,
  column,
  active,
  popup,
  onSelect,
  onEdit,
  children,
}: {
  data: GridRow;
  rowIndex: number;
  col: number;
  year: number;
  mode: ViewMode;
  column: ColumnKind;
  active: boolean;
  /** A message or a question shown under the cell. */
  popup: ReactNode;
  /** Stable across renders (with `data` shared when unchanged), so an untouched cell does not render. */
  onSelect: (rowIndex: number, col: number) => void;
  onEdit: (rowId: string, year: number) => void;
  children: ReactNode;
}) {
  const key = String(year);
  const hasCell = data.years.includes(year);
  const input = data.row.kind === 'input' && hasCell;
  const changed = input && data.changed.has(key);
  const scenario = data.scenario[key] ?? null;
  const plan = data.plan[key] ?? null;
  const differs = hasCell && !input && differsFromPlan(scenario, plan);
  const problem = scenario !== null && typeof scenario === 'object' ? scenario : undefined;
  const classes = [
    column,
    input ? 'editable' : '',
    changed ? 'changed' : '',
    differs ? 'differs' : '',
    active ? 'active' : '',
    problem ? 'problem' : '',
  ];
  return (
    <td
      role="gridcell"
      data-year={year}
      data-cell={`${data.row.id}|${year}`}
      className={classes.filter(Boolean).join(' ')}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      aria-readonly={input ? undefined : true}
      title={problem?.message}
      onMouseDown={() => onSelect(rowIndex, col)}
      onDoubleClick={() => onEdit(data.row.id, year)}
    >
      {children ?? (
        <>
          <span className="cell-value" contentEditable={false}>
            {cellText(data, key, mode)}
          </span>
          {changed ? (
            <span className="visually-hidden" contentEditable={false}>
              , ändrad; planen {formatRowValue(plan, data.row)}
            </span>
          ) : null}
          {problem ? (
            <span className="visually-hidden" contentEditable={false}>
              , {problem.message}
            </span>
          ) : null}
        </>
      )}
      {children ? null : popup}
    </td>
  );
});
