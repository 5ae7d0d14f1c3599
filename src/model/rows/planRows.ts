import type { RowSpec } from '../rowSpec';
import { planDriverRows } from './planDriverRows';
import { planGoalRows } from './planGoalRows';
import type { PlanModel } from './planModel';
import { planTwinRows } from './planTwinRows';

/**
 * The Plan sheet: published values that changes are measured against (a scenario changes the Antaganden
 * inputs, never these), the drivers as planned, the nämnd frames and the goals' limits.
 */
export const planRows = (m: PlanModel): RowSpec[] => [
  ...planDriverRows(m),
  ...planTwinRows(m),
  ...planGoalRows(m),
];
