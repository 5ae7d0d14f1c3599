import { attributionDesign, attributionParts, coalitionKey, type Attribution } from '../model/attribution';
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
import type { ScenarioStep, StepPart } from '../model/revisions/scenarioStep';
import { NO_CHANGES, type ScenarioChanges } from '../model/scenarioChanges';
import { attributionRun } from './attributionRun';
import { createBatchEngine, scenarioFigures, type BatchEngine } from './batchEngine';
import type { Engine } from './createEngine';

/** A scenario to carry through the bridge: a party's proposal, say, made on the old plan. */
export type BridgeScenario = {
  readonly id: string;
  readonly name: string;
  readonly changes: ScenarioChanges;
};

/** The plan bridge once, every scenario's step, and what each stage cost (ms). */
export type PlanBridges = {
  readonly bridge: Bridge;
  readonly scenarios: readonly ScenarioStep[];
  readonly ms: {
    readonly ends: number;
    readonly coalitions: number;
    readonly scenarios: number;
    readonly total: number;
  };
};

type Ends = {
  readonly old: readonly number[];
  readonly new: readonly number[];
  readonly newResults: Results;
  readonly moved: readonly { rebased: Rebased; onOld: number[]; onNew: number[] }[];
};

const valuesOf = (results: Results, figures: readonly BridgeFigure[]) =>
  figures.map((f) => numberAt(results, f.rowId, f.year) ?? Number.NaN);

/**
 * Both plans and every scenario on them, on each plan's batch engine synced from one to the next. The
 * coalitions need the batch evaluator anyway, and so the bridge (which runs in the analysis worker) never
 * pulls HyperFormula into the worker's script.
 */
const endsOf = (
  oldPlan: Plan,
  newPlan: Plan,
  scenarios: readonly BridgeScenario[],
  figures: readonly BridgeFigure[],
): Ends => {
  const oldEngine = createBatchEngine(compileWorkbook(oldPlan, NO_CHANGES));
  const newEngine = createBatchEngine(compileWorkbook(newPlan, NO_CHANGES));
  const newResults = newEngine.results();
  const ends = { old: valuesOf(oldEngine.results(), figures), new: valuesOf(newResults, figures) };
  const on = (engine: Engine, changes: ScenarioChanges) => {
    engine.sync(changes);
    return valuesOf(engine.results(), figures);
  };
  const moved = scenarios.map((scenario) => {
    const rebased = rebaseScenario(scenario.changes, oldPlan, newPlan);
    return { rebased, onOld: on(oldEngine, scenario.changes), onNew: on(newEngine, rebased.changes) };
  });
  oldEngine.destroy();
  newEngine.destroy();
  return { ...ends, newResults, moved };
};

/** The causes: the drivers the versions publish differently, then the lines the drivers do not explain. */
const causesOf = (oldPlan: Plan, newPlan: Plan, engine: BatchEngine, newResults: Results) => {
  const drivers = driverCauses(oldPlan, newPlan);
  const lineFigures = evaluatorLines(oldPlan, commonYears(oldPlan, newPlan));
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
  const newValue = (rowId: string, year: number) => numberAt(newResults, rowId, year) ?? Number.NaN;
  return [...drivers, ...lineCauses(oldPlan, newPlan, at, newValue)];
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

/** A scenario's changes named as the new plan names its rows; a frame change by its own name. */
const stepParts = (newPlan: Plan, attribution: Attribution): StepPart[] => {
  const rows = modelRows(newPlan).byId;
  return attribution.parts.map((part) => ({
    key: part.key,
    kind: part.kind,
    id: part.id,
    label:
      part.kind === 'input'
        ? (rows.get(part.id)?.label ?? part.id)
        : `${part.name || 'Ramförändring'} (ramförändring)`,
  }));
};

const coalitionCount = (changes: ScenarioChanges) =>
  attributionDesign(attributionParts(NO_CHANGES, changes).length).coalitions.length;

/**
 * Every scenario through one bridge (issue 16, item 2): old plan → new plan split over the causes ONCE
 * (Shapley, as {@link explainBridge}), and for each scenario its rebase, its figures on both plans, and its
 * last step (new plan → the scenario on the new plan) split over the rebased scenario's changes, one part
 * per input row (all its years together, as a proposal is written: "skattesatsen +10 öre från 2026") and
 * one per frame change, exactly as the attribution does. A generator, like `attributionRun`: it yields the
 * share done (0–1) every `every` evaluations, so a worker reports progress and the main thread slices it.
 *
 * @example
 *   const run = planBridgesRun(plan, revision.plan, [{ id: 'v', name: 'V', changes }]);
 *   for (let step = run.next(); !step.done; step = run.next()) report(step.value);
 */
export function* planBridgesRun(
  oldPlan: Plan,
  newPlan: Plan,
  scenarios: readonly BridgeScenario[],
  every = 64,
  now: () => number = () => performance.now(),
): Generator<number, PlanBridges, void> {
  const started = now();
  const figures = bridgeFigures(oldPlan, newPlan);
  const ends = endsOf(oldPlan, newPlan, scenarios, figures);
  const endsDone = now();
  yield 0;

  const engine = createBatchEngine(compileWorkbook(oldPlan, NO_CHANGES));
  const causes = causesOf(oldPlan, newPlan, engine, ends.newResults);
  const design = attributionDesign(causes.length);
  const total =
    design.coalitions.length + ends.moved.reduce((sum, m) => sum + coalitionCount(m.rebased.changes), 0);
  const cache = new Map<string, readonly number[]>();
  for (const coalition of design.coalitions) {
    const key = coalitionKey(coalition);
    if (cache.has(key)) continue;
    if (cache.size > 0 && cache.size % every === 0) yield cache.size / total;
    cache.set(key, scenarioFigures(engine, causesOn(causes, coalition), figures));
  }
  const value = (coalition: readonly number[]) =>
    cache.get(coalitionKey(coalition)) ?? scenarioFigures(engine, causesOn(causes, coalition), figures);
  const bridge = explainBridge(causes, figures, value, ends);
  engine.destroy();
  const coalitionsDone = now();

  const steps: ScenarioStep[] = [];
  // One engine on the new plan for every scenario: each attribution syncs it from where the last one left it.
  const newEngine =
    scenarios.length > 0 ? createBatchEngine(compileWorkbook(newPlan, NO_CHANGES)) : undefined;
  let done = design.coalitions.length;
  for (const [s, scenario] of scenarios.entries()) {
    const moved = ends.moved[s];
    if (!moved || !newEngine) continue;
    const step = yield* scenarioStep(newEngine, newPlan, bridge, figures, scenario, moved, every, (share) =>
      Math.min(1, (done + share * coalitionCount(moved.rebased.changes)) / total),
    );
    done += coalitionCount(moved.rebased.changes);
    steps.push(step);
  }
  newEngine?.destroy();
  const finished = now();
  return {
    bridge,
    scenarios: steps,
    ms: {
      ends: endsDone - started,
      coalitions: coalitionsDone - endsDone,
      scenarios: finished - coalitionsDone,
      total: finished - started,
    },
  };
}

/** One scenario's last step on the new plan's batch engine: the attribution of its rebased changes. */
function* scenarioStep(
  engine: BatchEngine,
  newPlan: Plan,
  bridge: Bridge,
  figures: readonly BridgeFigure[],
  scenario: BridgeScenario,
  moved: Ends['moved'][number],
  every: number,
  progress: (share: number) => number,
): Generator<number, ScenarioStep, void> {
  const metrics = bridge.rows.map((row) => ({ rowId: row.figure.rowId, year: row.figure.year }));
  const run = attributionRun(engine, NO_CHANGES, moved.rebased.changes, metrics, every);
  let next = run.next();
  for (; !next.done; next = run.next()) yield progress(next.value);
  const attribution = next.value;
  const finite = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : undefined);
  const rows = bridge.rows.map((row, k) => {
    const at = figures.indexOf(row.figure);
    const parts = attribution.parts.map((_, i) => attribution.contributions[k]?.[i] ?? 0);
    const onNew = finite(moved.onNew[at]);
    const sum = parts.reduce((a, b) => a + b, 0);
    return {
      figure: row.figure,
      onOld: finite(moved.onOld[at]),
      from: row.new,
      parts,
      rest: onNew === undefined ? 0 : onNew - row.new - sum,
      onNew,
    };
  });
  return {
    id: scenario.id,
    name: scenario.name,
    rebased: moved.rebased,
    parts: stepParts(newPlan, attribution),
    method: attribution.method,
    rows,
  };
}

/** {@link planBridgesRun} straight through, for the CLI and the tests. */
export const planBridges = (
  oldPlan: Plan,
  newPlan: Plan,
  scenarios: readonly BridgeScenario[],
  now?: () => number,
): PlanBridges => {
  const run = planBridgesRun(oldPlan, newPlan, scenarios, 1024, now);
  for (let step = run.next(); ; step = run.next()) if (step.done) return step.value;
};
