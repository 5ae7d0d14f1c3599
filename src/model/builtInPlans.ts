import { parsePlan } from './parsePlan';
import type { Plan } from './planSchema';

/**
 * The plan files that come with the app, each in a chunk of its own: none is in the first script the page
 * loads, and all are fetched side by side when the plan library opens. The first is the default plan.
 */
const PLAN_FILES = [
  () => import('../../fixtures/plans/norrbotten-2025-2027.json'),
  () => import('../../fixtures/plans/sjobo-2024-2027.json'),
  () => import('../../fixtures/plans/vasternorrland-2022-2024.json'),
] as const;

let loading: Promise<readonly Plan[]> | undefined;

/**
 * The plans that come with the app, read-only, validated once; the first is the default.
 *
 * @example
 *   const [first] = await loadBuiltInPlans(); // Region Norrbotten, Strategisk plan 2025–2027
 */
export const loadBuiltInPlans = (): Promise<readonly Plan[]> =>
  (loading ??= Promise.all(PLAN_FILES.map(async (load) => parsePlan((await load()).default))).then((plans) =>
    Object.freeze(plans),
  ));

export const isBuiltInPlanId = async (id: string): Promise<boolean> =>
  (await loadBuiltInPlans()).some((plan) => plan.id === id);
