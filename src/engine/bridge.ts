import type { Plan } from '../model/planSchema';
import type { Bridge } from '../model/revisions/bridge';
import type { Rebased } from '../model/revisions/rebase';
import type { ScenarioStep } from '../model/revisions/scenarioStep';
import type { ScenarioChanges } from '../model/scenarioChanges';
import { planBridges } from './bridges';

/** The bridge with the rebased scenario and what it cost: the ends and the coalitions, on the analysis engine. */
export type PlanBridge = Bridge & {
  readonly rebased: Rebased | undefined;
  /** The scenario's last step split per change (`undefined` without a scenario). */
  readonly step: ScenarioStep | undefined;
  readonly ms: { readonly ends: number; readonly coalitions: number; readonly total: number };
};

/**
 * The bridge from one plan version to another for the figures of `bridgeFigures`, and with a scenario of
 * the old plan, that scenario moved onto the new one (`rebaseScenario`) at the end: {@link planBridges} with
 * one scenario, its figures on the rows. The causes are the drivers the versions publish differently and
 * the lines the drivers do not explain; each coalition of causes is the old plan with those inputs.
 *
 * @example
 *   planBridge(plan, revision.plan, scenario.changes).rows.find((r) => r.figure.rowId === 'arets_resultat');
 */
export const planBridge = (
  oldPlan: Plan,
  newPlan: Plan,
  scenario?: ScenarioChanges,
  now: () => number = () => performance.now(),
): PlanBridge => {
  const { bridge, scenarios, ms } = planBridges(
    oldPlan,
    newPlan,
    scenario ? [{ id: 'scenario', name: 'Scenariot', changes: scenario }] : [],
    now,
  );
  const step = scenarios[0];
  return {
    ...bridge,
    rows: bridge.rows.map((row, k) => ({
      ...row,
      scenario: step?.rows[k]?.onNew,
      scenarioOnOld: step?.rows[k]?.onOld,
    })),
    rebased: step?.rebased,
    step,
    ms: { ends: ms.ends, coalitions: ms.coalitions + ms.scenarios, total: ms.total },
  };
};
