import type { InputRow } from '../rowSpec';
import { balanskravInputRows } from './balanskravInputRows';
import { driverInputRows } from './driverInputRows';
import { levelInputRows } from './levelInputRows';
import type { PlanModel } from './planModel';

/**
 * The Antaganden inputs: the drivers a scenario changes first, then the resultatbudget's levels, which a
 * scenario may override. Every other figure is a formula over these.
 */
export const inputRows = (m: PlanModel): InputRow[] => [
  ...driverInputRows(m),
  ...levelInputRows(m),
  ...balanskravInputRows(m),
];
