import type { Plan } from '../planSchema';
import type { RowSpec } from '../rowSpec';
import { planBalanceRows } from './planBalanceRows';
import { planGoalRows } from './planGoalRows';
import { planOperationsRows } from './planOperationsRows';
import { planTaxRows } from './planTaxRows';

/**
 * The Plan sheet: published values that changes are measured against (a scenario changes the Antaganden
 * inputs, never these), the opening balances, the nämnd frames of Bilaga 4 and the goals.
 */
export const planRows = (plan: Plan): RowSpec[] => [
  ...planTaxRows(plan),
  ...planOperationsRows(plan),
  ...planBalanceRows(plan),
  ...planGoalRows(plan),
];
