import type { Plan } from '../planSchema';
import type { ValueSpec } from '../rowSpec';
import { inputRowContext, MNKR } from './inputRowContext';

/**
 * A frame change's amount in one year, read like an input cell: mnkr within the same bounds as the plan's
 * levels, questioned when larger than the plan's total verksamhetens kostnader that year (a frame change's plan
 * value is 0). Signs are the amount itself (a kostnad of +50, an intäkt of −11), never "change by".
 */
export const frameChangeAmountRow = (plan: Plan): ValueSpec => ({
  label: 'Ramförändringens belopp',
  unit: 'mnkr',
  bounds: MNKR,
  plausible: inputRowContext(plan).withinCosts(() => 0),
  relative: false,
});
