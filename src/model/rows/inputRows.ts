import type { Plan } from '../planSchema';
import type { InputRow } from '../rowSpec';
import { driverInputRows } from './driverInputRows';
import { levelInputRows } from './levelInputRows';

/**
 * The Antaganden inputs: the drivers a scenario changes first, then the plan's remaining levels, which a
 * scenario may override. Every other figure is a formula over these.
 */
export const inputRows = (plan: Plan): InputRow[] => [...driverInputRows(plan), ...levelInputRows(plan)];
