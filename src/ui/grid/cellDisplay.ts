import { formatNumber, formatSigned } from '../../format/formatNumber';
import { DECIMALS, formatRowValue, formatValue } from '../../format/formatValue';
import type { ResultValue } from '../../model/results';
import type { Unit } from '../../model/rowSpec';
import type { InputBasis } from '../../format/interpretCellInput';
import type { GridRow } from '../../scenarios/selectors';

/** What the grid shows: the plan, the scenario, or the scenario's difference from the plan in mnkr or %. */
export const VIEW_MODES = [
  { id: 'scenario', label: 'Scenario' },
  { id: 'plan', label: 'Plan' },
  { id: 'diff', label: 'Skillnad' },
  { id: 'diffPercent', label: 'Skillnad %' },
] as const;
export type ViewMode = (typeof VIEW_MODES)[number]['id'];

const isPercentLike = (unit: Unit) => unit === 'procent' || unit === 'procentenheter';

const difference = (scenario: number, plan: number, unit: Unit, mode: 'diff' | 'diffPercent'): string => {
  const delta = scenario - plan;
  if (Math.abs(delta) < 1e-9) return '0';
  if (mode === 'diff' || isPercentLike(unit))
    return formatSigned(delta, DECIMALS[unit] === 0 ? 1 : DECIMALS[unit]);
  if (plan === 0) return '–';
  return `${formatSigned((delta / Math.abs(plan)) * 100, 1)}\u00a0%`;
};

/** The text of one cell in a view mode. */
export const cellText = (row: GridRow, year: string, mode: ViewMode): string => {
  const scenario = row.scenario[year] ?? null;
  const plan = row.plan[year] ?? null;
  const unit = row.row.unit;
  if (mode === 'scenario') return formatRowValue(scenario, row.row);
  if (mode === 'plan') return formatRowValue(plan, row.row);
  if (typeof scenario === 'number' && typeof plan === 'number') return difference(scenario, plan, unit, mode);
  if (typeof scenario === 'boolean') return scenario === plan ? '' : formatValue(scenario, unit);
  return formatValue(scenario, unit);
};

/** True when the scenario's figure differs from the plan's (beyond float noise). */
export const differsFromPlan = (scenario: ResultValue, plan: ResultValue): boolean =>
  typeof scenario === 'number' && typeof plan === 'number'
    ? Math.abs(scenario - plan) > 1e-9
    : scenario !== plan;

/** The value an editor starts from: the scenario's number in Swedish form, unrounded but without noise. */
export const editText = (value: ResultValue): string =>
  typeof value === 'number'
    ? formatNumber(value, 6)
        .replace(/,?0+$/, '')
        .replace(/\u00a0/g, ' ')
    : '';

/** What text typed in a view mode means: a value, or a difference against the plan (in mnkr or %). */
export const inputBasisOf = (mode: ViewMode): InputBasis =>
  mode === 'diff' ? 'diff' : mode === 'diffPercent' ? 'diffPercent' : 'value';

/** The editor's words for a difference view ("Skillnad mot planen"), none where a value is typed. */
export const basisLabelOf = (mode: ViewMode): string | undefined =>
  mode === 'diff' ? 'Skillnad mot planen' : mode === 'diffPercent' ? 'Skillnad mot planen i %' : undefined;

/** The text F2 starts from: the value, or in a Skillnad view the difference the cell shows, unrounded. */
export const editStartText = (row: GridRow, year: string, mode: ViewMode): string => {
  const scenario = row.scenario[year] ?? null;
  const plan = row.plan[year] ?? null;
  const basis = inputBasisOf(mode);
  if (basis === 'value' || typeof scenario !== 'number' || typeof plan !== 'number')
    return editText(scenario);
  if (basis === 'diff' || isPercentLike(row.row.unit)) return editText(scenario - plan);
  return plan === 0 ? editText(0) : editText(((scenario - plan) / Math.abs(plan)) * 100);
};
