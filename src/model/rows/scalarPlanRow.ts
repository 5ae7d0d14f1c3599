import type { PlanConstantRow } from '../rowSpec';

/** A single figure the plan states (a goal's limit, a law's threshold, an opening reserve) as a named Plan cell. */
export const scalarPlanRow = ({
  value,
  ...row
}: Omit<PlanConstantRow, 'kind' | 'sheet' | 'span' | 'planValue'> & {
  readonly value: number;
}): PlanConstantRow => ({
  kind: 'plan',
  sheet: 'Plan',
  span: 'scalar',
  planValue: () => value,
  ...row,
});
