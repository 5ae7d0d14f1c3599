import type { ScenarioChanges } from './scenarioChanges';

/**
 * A scenario as saved, exported and shared: a name, the plan it applies to, and its changes only
 * (never a copy of the plan's numbers), with a note per changed input saying why.
 */
export type ScenarioDocument = {
  readonly id: string;
  readonly name: string;
  readonly plan: { readonly id: string; readonly version: number };
  readonly changes: ScenarioChanges;
  /** Why an input was changed, keyed by input id ("Skattesats": "Finansierar kollektivtrafiken"). */
  readonly notes: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly updatedAt: string;
};
