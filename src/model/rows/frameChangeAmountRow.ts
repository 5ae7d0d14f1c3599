import type { ValueSpec } from '../rowSpec';
import { MNKR, withinCosts } from './inputRow';
import type { PlanModel } from './planModel';

/**
 * A frame change's amount in one year, read like an input cell: mnkr within the same bounds as the plan's
 * levels, questioned when larger than the plan's total verksamhetens kostnader that year (a frame change's plan
 * value is 0). Signs are the amount itself (a kostnad of +50, an intäkt of −11), never "change by".
 */
export const frameChangeAmountRow = (m: PlanModel): ValueSpec => ({
  label: 'Ramförändringens belopp',
  unit: 'mnkr',
  bounds: MNKR,
  plausible: withinCosts(m)(() => 0),
  relative: false,
});
