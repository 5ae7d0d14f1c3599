import planJson from '../../fixtures/plans/norrbotten-2025-2027.json';
import { parsePlan } from './parsePlan';
import type { Plan } from './planSchema';

let cached: Plan | undefined;

/** The built-in plan: Region Norrbotten, Strategisk plan 2025–2027, validated on first use. */
export const norrbottenPlan = (): Plan => (cached ??= parsePlan(planJson));
