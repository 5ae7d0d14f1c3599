import { calculateOnce } from '../../src/engine/calculateOnce';
import { loadBuiltInPlans } from '../../src/model/builtInPlans';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import type { Plan } from '../../src/model/planSchema';
import { NO_CHANGES } from '../../src/model/scenarioChanges';

/** The three built-in plans by a short name, for `describe.each`: every feature is tried on each. */
export const PLANS = [
  ['Norrbotten', 'norrbotten-2025-2027'],
  ['Sjöbo', 'sjobo-2024-2027'],
  ['Västernorrland', 'vasternorrland-2022-2024'],
] as const;

const builtIn = await loadBuiltInPlans();

export const planById = (id: string): Plan => {
  const plan = builtIn.find((candidate) => candidate.id === id);
  if (!plan) throw new Error(`No built-in plan ${id}`);
  return plan;
};

/** The organisations of the built-in plans: a text for one plan must name none of the others. */
export const ORGANISATIONS = ['Region Norrbotten', 'Sjöbo kommun', 'Region Västernorrland'] as const;
export const otherOrganisations = (plan: Plan): readonly string[] =>
  ORGANISATIONS.filter((name) => name !== plan.organisation.name);

export const compiled = (plan: Plan) => {
  const workbook = compileWorkbook(plan, NO_CHANGES);
  const results = calculateOnce(plan, NO_CHANGES).results;
  return { workbook, results };
};
