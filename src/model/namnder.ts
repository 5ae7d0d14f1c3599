import type { Plan } from './planSchema';

/**
 * The nämnder a frame change can name: those whose frames the plan publishes, else the organisation as a
 * whole (a plan without nämnd frames still takes frame changes).
 */
export const planNamnder = (plan: Plan): readonly string[] =>
  plan.namnder?.list.map((namnd) => namnd.name) ?? [plan.organisation.name];

/** Where a frame change lands when nobody says: the first nämnd (the styrelse, in the plans we have seen). */
export const defaultNamnd = (plan: Plan): string => planNamnder(plan)[0] ?? plan.organisation.name;
