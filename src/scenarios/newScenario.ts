import type { Plan } from '../model/planSchema';
import { planRef, type ScenarioDocument } from '../model/scenarioDocument';

/** A fresh scenario on a plan: no changes, so it shows the plan as decided. */
export const newScenario = (plan: Plan, name: string, id: string, now: Date): ScenarioDocument => ({
  id,
  name,
  plan: planRef(plan),
  changes: { inputs: {}, frameChanges: [] },
  notes: {},
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
});
