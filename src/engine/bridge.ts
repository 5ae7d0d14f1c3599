import { compileWorkbook } from '../model/compileWorkbook';
import { modelRows } from '../model/modelRows';
import type { Plan } from '../model/planSchema';
import { numberAt, type Results } from '../model/results';
import { explainBridge, type Bridge } from '../model/revisions/bridge';
import {
  bridgeFigures,
  causesOn,
  commonYears,
  driverCauses,
  lineCauses,
  type BridgeFigure,
} from '../model/revisions/bridgeCauses';
import { rebaseScenario, type Rebased } from '../model/revisions/rebase';
import { NO_CHANGES, type ScenarioChanges } from '../model/scenarioChanges';
import { calculateOnce } from './calculateOnce';
import { createBatchEngine, scenarioFigures } from './batchEngine';

/** The bridge with the rebased scenario and what it cost: ends on HyperFormula, coalitions on the batch evaluator. */
export type PlanBridge = Bridge & {
  readonly rebased: Rebased | undefined;
  readonly ms: { readonly ends: number; readonly coalitions: number; readonly total: number };
};

const valuesOf = (results: Results, figures: readonly BridgeFigure[]) =>
  figures.map((f) => numberAt(results, f.rowId, f.year) ?? Number.NaN);

/**
 * The bridge from one plan version to another for the figures of {@link bridgeFigures}, and with a scenario
 * of the old plan, that scenario moved onto the new one ({@link rebaseScenario}) at the end. The causes are
 * the drivers the versions publish differently and the lines the drivers do not explain; each coalition of
 * causes is the old plan with those inputs, computed on one batch evaluator (about a millisecond each).
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
  const started = now();
  const figures = bridgeFigures(oldPlan, newPlan);
  const oldResults = calculateOnce(oldPlan, NO_CHANGES).results;
  const newResults = calculateOnce(newPlan, NO_CHANGES).results;
  const rebased = scenario ? rebaseScenario(scenario, oldPlan, newPlan) : undefined;
  const onNew = rebased ? valuesOf(calculateOnce(newPlan, rebased.changes).results, figures) : undefined;
  const onOld = scenario ? valuesOf(calculateOnce(oldPlan, scenario).results, figures) : undefined;
  const endsDone = now();

  const engine = createBatchEngine(compileWorkbook(oldPlan, NO_CHANGES));
  const drivers = driverCauses(oldPlan, newPlan);
  const years = commonYears(oldPlan, newPlan);
  const lineFigures = evaluatorLines(oldPlan, years);
  const afterDrivers = scenarioFigures(
    engine,
    causesOn(
      drivers,
      drivers.map((_, i) => i),
    ),
    lineFigures,
  );
  const at = (rowId: string, year: number) =>
    afterDrivers[lineFigures.findIndex((f) => f.rowId === rowId && f.year === year)] ?? Number.NaN;
  const lines = lineCauses(
    oldPlan,
    newPlan,
    at,
    (rowId, year) => numberAt(newResults, rowId, year) ?? Number.NaN,
  );
  const causes = [...drivers, ...lines];
  const bridge = explainBridge(
    causes,
    figures,
    (on) => scenarioFigures(engine, causesOn(causes, on), figures),
    {
      old: valuesOf(oldResults, figures),
      new: valuesOf(newResults, figures),
      ...(onNew ? { scenario: onNew } : {}),
      ...(onOld ? { scenarioOnOld: onOld } : {}),
    },
  );
  const done = now();
  return {
    ...bridge,
    rebased,
    ms: { ends: endsDone - started, coalitions: done - endsDone, total: done - started },
  };
};

/** The resultatbudget lines with a level, in the common years: what the drivers leave for the lines to explain. */
const evaluatorLines = (oldPlan: Plan, years: readonly number[]): BridgeFigure[] =>
  modelRows(oldPlan)
    .inputs.filter((row) => row.id.endsWith('_grund'))
    .flatMap((row) =>
      years.map((year) => ({
        rowId: row.id.slice(0, -'_grund'.length),
        year,
        label: row.label,
        unit: 'mnkr' as const,
        decimals: 0,
      })),
    );
