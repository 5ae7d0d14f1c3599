import type { Plan } from '../model/planSchema';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { UncertaintyModel } from '../model/uncertainty/draws';
import type { UncertaintyId } from '../model/uncertainty/parameters';
import type { SimulationSummary } from '../model/uncertainty/summary';
import type { Year } from '../model/years';
import type { RowId } from '../model/rowId';
import type { DataTable, TableDriver } from '../model/uncertainty/dataTableAxes';
import type { Attribution, Metric } from '../model/attribution';
import { compileWorkbook } from '../model/compileWorkbook';
import { NO_CHANGES } from '../model/scenarioChanges';
import { attributionRun } from './attributionRun';
import { planBridgesRun, type BridgeScenario, type PlanBridges } from './bridges';
import { createBatchEngine } from './batchEngine';
import { dataTable } from './dataTable';
import { sensitivity, type Sensitivity } from './sensitivity';
import { simulate } from './simulate';

/**
 * The messages between the app and its analysis worker (issue 15, item 1): plain data both ways, so the
 * same handler runs in a Web Worker, in a test and in the CLI. A run is cancelled by ending the worker
 * (the app makes a new one), which stops it even in the middle of a draw.
 */
export type AnalysisRequest =
  | {
      readonly id: number;
      readonly kind: 'simulate';
      readonly plan: Plan;
      /** The scenarios to simulate on the same draws: typically the plan as decided and the open scenario. */
      readonly scenarios: readonly ScenarioChanges[];
      readonly draws: number;
      readonly seed: number;
      readonly model?: UncertaintyModel;
    }
  | {
      readonly id: number;
      readonly kind: 'sensitivity';
      readonly plan: Plan;
      readonly changes: ScenarioChanges;
      readonly year: Year;
      readonly steps?: Partial<Record<UncertaintyId, number>>;
      /** The user's own error model; the sources' when absent. */
      readonly model?: UncertaintyModel;
    }
  | {
      readonly id: number;
      readonly kind: 'dataTable';
      readonly plan: Plan;
      readonly changes: ScenarioChanges;
      readonly row: TableDriver;
      readonly column: TableDriver;
      readonly year: Year;
      readonly figure: RowId;
      readonly model?: UncertaintyModel;
    }
  | {
      readonly id: number;
      readonly kind: 'attribute';
      readonly plan: Plan;
      /** Explains `target` against `base` (the plan as decided, or another scenario). */
      readonly base: ScenarioChanges;
      readonly target: ScenarioChanges;
      readonly metrics: readonly Metric[];
    }
  | {
      readonly id: number;
      readonly kind: 'bridge';
      /** Old plan → new plan, and each scenario of the old plan moved onto the new one. */
      readonly from: Plan;
      readonly to: Plan;
      readonly scenarios: readonly BridgeScenario[];
    };

export type AnalysisResponse =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly kind: 'result'; readonly summary: SimulationSummary }
  | { readonly id: number; readonly kind: 'sensitivity'; readonly sensitivity: Sensitivity }
  | { readonly id: number; readonly kind: 'dataTable'; readonly table: DataTable }
  | {
      readonly id: number;
      readonly kind: 'attribution';
      readonly attribution: Attribution;
      readonly ms: number;
    }
  | { readonly id: number; readonly kind: 'bridge'; readonly bridges: PlanBridges }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };

const WHAT: Readonly<Record<AnalysisRequest['kind'], string>> = {
  simulate: 'Simuleringen',
  sensitivity: 'Känslighetsanalysen',
  dataTable: 'Tabellen',
  attribute: 'Förklaringen',
  bridge: 'Bryggan',
};

/** The attribution straight through on the batch engine, with its progress in per cent of the coalitions. */
const runAttribution = (
  request: Extract<AnalysisRequest, { kind: 'attribute' }>,
  post: (response: AnalysisResponse) => void,
) => {
  const started = performance.now();
  const engine = createBatchEngine(compileWorkbook(request.plan, NO_CHANGES));
  const run = attributionRun(engine, request.base, request.target, request.metrics, 256);
  let step = run.next();
  for (; !step.done; step = run.next())
    post({ id: request.id, kind: 'progress', done: Math.round(step.value * 100), total: 100 });
  post({ id: request.id, kind: 'attribution', attribution: step.value, ms: performance.now() - started });
};

/** The bridge straight through, with its progress in per cent of the evaluations. */
const runBridge = (
  request: Extract<AnalysisRequest, { kind: 'bridge' }>,
  post: (response: AnalysisResponse) => void,
) => {
  const run = planBridgesRun(request.from, request.to, request.scenarios, 256);
  let step = run.next();
  for (; !step.done; step = run.next())
    post({ id: request.id, kind: 'progress', done: Math.round(step.value * 100), total: 100 });
  post({ id: request.id, kind: 'bridge', bridges: step.value });
};

/** How often a run reports its progress: often enough for a moving bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 250;

/** Runs one request, posting progress as it goes and then the result, or a Swedish message on failure. */
export const handleAnalysisRequest = (
  request: AnalysisRequest,
  post: (response: AnalysisResponse) => void,
): void => {
  try {
    if (request.kind === 'attribute') return runAttribution(request, post);
    if (request.kind === 'bridge') return runBridge(request, post);
    if (request.kind === 'sensitivity') {
      const { plan, changes, year, steps, model } = request;
      const result = sensitivity(plan, changes, year, {
        ...(steps ? { steps } : {}),
        ...(model ? { model } : {}),
      });
      return post({ id: request.id, kind: 'sensitivity', sensitivity: result });
    }
    if (request.kind === 'dataTable') {
      const { plan, changes, row, column, year, figure, model } = request;
      return post({
        id: request.id,
        kind: 'dataTable',
        table: dataTable(plan, changes, row, column, year, figure, model),
      });
    }
    const summary = simulate(request.plan, request.scenarios, {
      draws: request.draws,
      seed: request.seed,
      progressEvery: PROGRESS_EVERY,
      ...(request.model ? { model: request.model } : {}),
      onProgress: (done) => {
        post({ id: request.id, kind: 'progress', done, total: request.draws });
        return true;
      },
    });
    if (summary) post({ id: request.id, kind: 'result', summary });
  } catch (error) {
    post({
      id: request.id,
      kind: 'error',
      message: `${WHAT[request.kind]} kunde inte räknas: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
};
