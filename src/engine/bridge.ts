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
import { createAnalysisEngine } from './analysisEngine';
import type { Engine } from './createEngine';
import { createBatchEngine, scenarioFigures } from './batchEngine';

/** The bridge with the rebased scenario and what it cost: the ends and the coalitions, on the analysis engine. */
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
  // The ends on each plan's analysis engine (proven equal to HyperFormula's on every cell), synced from the
  // plan to the scenario: two workbooks instead of four HyperFormula builds.
  const oldEngine = createAnalysisEngine(compileWorkbook(oldPlan, NO_CHANGES));
  const newEngine = createAnalysisEngine(compileWorkbook(newPlan, NO_CHANGES));
  const oldResults = oldEngine.results();
  const newResults = newEngine.results();
  const rebased = scenario ? rebaseScenario(scenario, oldPlan, newPlan) : undefined;
  const on = (engine: Engine, changes: ScenarioChanges) => {
    engine.sync(changes);
    return valuesOf(engine.results(), figures);
  };
  const onNew = rebased ? on(newEngine, rebased.changes) : undefined;
  const onOld = scenario ? on(oldEngine, scenario) : undefined;
  oldEngine.destroy();
  newEngine.destroy();
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
