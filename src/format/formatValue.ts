import type { ResultValue } from '../model/results';
import type { RowSpec, Unit } from '../model/rowSpec';
import { formatNumber } from './formatNumber';

/** Decimals a unit is shown with: whole mnkr as the plan prints them, percent to a tenth, the rate in öre. */
export const DECIMALS: Readonly<Record<Unit, number>> = {
  mnkr: 0,
  kr: 2,
  procent: 1,
  procentenheter: 1,
  invanare: 0,
  ar: 0,
  faktor: 4,
  andel: 3,
  janej: 0,
};

export const UNIT_LABEL: Readonly<Record<Unit, string>> = {
  mnkr: 'mnkr',
  kr: 'kr',
  procent: '%',
  procentenheter: 'procentenheter',
  invanare: 'invånare',
  ar: 'år',
  faktor: 'faktor',
  andel: 'andel',
  janej: 'ja/nej',
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
