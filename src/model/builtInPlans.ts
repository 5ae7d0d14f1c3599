import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import vasternorrlandJson from '../../fixtures/plans/vasternorrland-2022-2024.json';
import { norrbottenPlan } from './norrbottenPlan';
import { parsePlan } from './parsePlan';
import type { Plan } from './planSchema';

let cached: readonly Plan[] | undefined;

/** The plans that come with the app, read-only, validated on first use; the first is the default. */
export const builtInPlans = (): readonly Plan[] =>
  (cached ??= Object.freeze([norrbottenPlan(), parsePlan(sjoboJson), parsePlan(vasternorrlandJson)]));

export const isBuiltInPlanId = (id: string): boolean => builtInPlans().some((plan) => plan.id === id);
