import type { Plan } from '../planSchema';
import { withinPlanCosts } from '../plausibility';
import { published, type InputRow, type Plausibility } from '../rowSpec';
import type { Year } from '../years';
import { sourceOf } from './sources';

export const MNKR = { min: -1_000_000, max: 1_000_000 } as const;

/** An input row as the registry writes it: its plausible range built from its own plan value. */
type InputRowSpec = Omit<InputRow, 'kind' | 'sheet' | 'plausible'> & {
  readonly plausible: (planValue: (year: Year) => number) => Plausibility;
};

/** Why an mnkr amount is questioned: its change from the plan exceeds the plan's total costs that year. */
export const PLAN_COSTS_REASON =
  'En ändring mot planen som är större än planens verksamhetens kostnader samma år är troligen ett skrivfel eller en inklistrad rad.';

/** What the input rows need: the plan's tables, their sources and an input-row factory. */
export const inputRowContext = (plan: Plan) => {
  const t = plan.tables;
  const rb = t.resultatbudget.rows;
  /** The plan's total verksamhetens kostnader in a year (a negative figure), the yardstick of an mnkr change. */
  const planCosts = (year: Year) => published(rb.verksamhetens_kostnader, year, 'verksamhetens kostnader');
  return {
    t,
    a: plan.assumptions.items,
    rb,
    fb: t.finansieringsbudget.rows,
    bb: t.balansbudget.rows,
    rbSource: sourceOf(plan, t.resultatbudget.source),
    fbSource: sourceOf(plan, t.finansieringsbudget.source),
    bbSource: sourceOf(plan, t.balansbudget.source),
    assumed: sourceOf(plan, plan.assumptions.source),
    planCosts,
    /** An mnkr row's plausible range: within the plan's total costs of its plan value. */
    withinCosts: (planValue: (year: Year) => number) =>
      withinPlanCosts(planValue, planCosts, PLAN_COSTS_REASON),
    input: ({ plausible, ...spec }: InputRowSpec): InputRow => ({
      kind: 'input',
      sheet: 'Antaganden',
      ...spec,
      plausible: plausible(spec.planValue),
    }),
  };
};
