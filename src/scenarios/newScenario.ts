import type { Plan } from '../model/planSchema';
import type { ScenarioDocument } from '../model/scenarioDocument';

/** A fresh scenario on a plan: no changes, so it shows the plan as decided. */
export const newScenario = (plan: Plan, name: string, id: string, now: Date): ScenarioDocument => ({
  id,
  name,
  plan: { id: plan.id, version: plan.version },
  changes: { inputs: {}, frameChanges: [] },
  notes: {},
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
});
