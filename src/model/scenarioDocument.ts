import type { ScenarioChanges } from './scenarioChanges';

/**
 * A scenario as saved, exported and shared: a name, the plan it applies to, and its changes only
 * (never a copy of the plan's numbers), with a note per changed input saying why.
 */
export type ScenarioDocument = {
  readonly id: string;
  readonly name: string;
  /** The plan by id and version, and by name and organisation to say which plan is needed where it is missing. */
  readonly plan: {
    readonly id: string;
    readonly version: number;
    readonly name: string;
    readonly organisation: string;
  };
  readonly changes: ScenarioChanges;
  /** Why an input was changed, keyed by input id ("Skattesats": "Finansierar kollektivtrafiken"). */
  readonly notes: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly updatedAt: string;
};

/**
 * How a scenario names the plan it applies to.
 *
 * @example
 *   planRef(plan); // { id: 'sjobo-2024-2027', version: 1, name: 'Budget 2024 med plan 2025–2027', organisation: 'Sjöbo kommun' }
 */
export const planRef = (plan: {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly organisation: { readonly name: string };
}): ScenarioDocument['plan'] => ({
  id: plan.id,
  version: plan.version,
  name: plan.name,
  organisation: plan.organisation.name,
});
