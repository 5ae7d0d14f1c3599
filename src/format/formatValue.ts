import type { ResultValue } from '../model/results';
import { UNIT_DECIMALS, UNIT_NAMES, type RowSpec, type Unit } from '../model/rowSpec';
import type { ColumnKind } from '../model/workbookLayout';
import { formatNumber } from './formatNumber';

/** Decimals a unit is shown with (the model's table, see UNIT_DECIMALS). */
export const DECIMALS = UNIT_DECIMALS;

export const UNIT_LABEL = UNIT_NAMES;

/** How a column's kind reads under its year: earlier published years are never called budget. */
export const COLUMN_KIND_LABEL: Readonly<Record<ColumnKind, string>> = {
  history: 'Tidigare',
  budget: 'Budget',
  kalkyl: 'Kalkyl',
};

/** A cell as the grid, the CLI and the summary show it; errors show as "#FEL". */
export const formatValue = (value: ResultValue, unit: Unit, decimals = DECIMALS[unit]): string => {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'number') return formatNumber(value, decimals);
  return '#FEL';
};

/** A cell of a particular row, with the row's own decimals where it has them. */
export const formatRowValue = (value: ResultValue, row: Pick<RowSpec, 'unit' | 'decimals'>): string =>
  formatValue(value, row.unit, row.decimals ?? DECIMALS[row.unit]);
