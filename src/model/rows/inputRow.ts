import { withinPlanCosts } from '../plausibility';
import type { InputRow, Plausibility } from '../rowSpec';
import type { Year } from '../years';
import type { PlanModel } from './planModel';

export const MNKR = { min: -1_000_000, max: 1_000_000 } as const;

/** An input row as the registry writes it: its plausible range built from its own plan value. */
export type InputRowSpec = Omit<InputRow, 'kind' | 'sheet' | 'plausible'> & {
  readonly plausible: (planValue: (year: Year) => number) => Plausibility;
};

export const input = ({ plausible, ...spec }: InputRowSpec): InputRow => ({
  kind: 'input',
  sheet: 'Antaganden',
  ...spec,
  plausible: plausible(spec.planValue),
});

/** Why an mnkr amount is questioned: its change from the plan exceeds the plan's total costs that year. */
export const PLAN_COSTS_REASON =
  'En ändring mot planen som är större än planens verksamhetens kostnader samma år är troligen ett skrivfel eller en inklistrad rad.';

/**
 * The plan's total costs in a year, the yardstick of an mnkr change: verksamhetens kostnader where the plan
 * prints them, else its nettokostnad, else what skatt and statsbidrag pay for (all a resultatbudget has).
 */
const planCostsOf = (m: PlanModel) => {
  const costs = m.target('kostnader');
  const revenue = ['skatteintakter', 'generella_statsbidrag'].map((id) => m.rb.byId.get(id));
  return (year: Year): number => {
    const key = String(year);
    const printed = costs?.values[key];
    if (printed !== undefined) return printed;
    return -revenue.reduce((sum, row) => sum + Math.abs(row?.values[key] ?? 0), 0);
  };
};

/** An mnkr row's plausible range: within the plan's total costs of its plan value. */
export const withinCosts =
  (m: PlanModel) =>
  (planValue: (year: Year) => number): Plausibility =>
    withinPlanCosts(planValue, planCostsOf(m), PLAN_COSTS_REASON);
