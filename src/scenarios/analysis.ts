import { createEngine, type Engine } from '../engine/createEngine';
import { createScenarioEvaluator } from '../engine/scenarioEvaluator';
import {
  assemble,
  attributionDesign,
  attributionParts,
  changesWith,
  coalitionKey,
  metricValues,
  type Attribution,
  type AttributionPart,
  type Metric,
} from '../model/attribution';
import { compileWorkbook } from '../model/compileWorkbook';
import { foldFrameChanges } from '../model/foldFrameChanges';
import {
  currentInstrumentValue,
  efficiencyChange,
  scaledInvestments,
  seekGoal,
  type GoalSeekAnswer,
  type GoalSeekInstrument,
  type SeekWorkbook,
} from '../model/goalSeek';
import { instrumentBounds, type InstrumentBounds } from '../model/goalSeekBounds';
import type { GoalSeekTarget } from '../model/goalSeekTarget';
import { defaultNamnd } from '../model/namnder';
import { evaluateGoals, type GoalStatus } from '../model/goals';
import type { Plan } from '../model/planSchema';
import type { Results } from '../model/results';
import { NO_CHANGES, type ScenarioChanges } from '../model/scenarioChanges';
import { allYears } from '../model/years';
import type { Command } from './commands';

/** A goal-seek answer with the goals before and after, and the one command that applies it. */
export type GoalSeekResult = GoalSeekAnswer & {
  readonly target: GoalSeekTarget;
  readonly instrument: GoalSeekInstrument;
  /** The range searched, from the plan's own level. */
  readonly bounds: InstrumentBounds;
  /** Whose frame an efficiency requirement lands on: the plan's first nämnd, else the organisation. */
  readonly namnd: string;
  /** Where the instrument stands now: today's skattesats in öre, otherwise 0. */
  readonly current: number;
  readonly goalsBefore: readonly GoalStatus[];
  readonly goalsAfter: readonly GoalStatus[] | undefined;
  /** `undefined` when nothing needs to change (the answer is 0 mnkr or 0 %) or nothing was found. */
  readonly command: Command | undefined;
  readonly ms: number;
};

/** Evaluations so far (sync + reading every figure), their time, and the one-off engine build. */
export type AnalysisStats = {
  readonly evaluations: number;
  readonly ms: number;
  readonly perSecond: number;
  readonly buildMs: number;
};

export type Analyzer = {
  readonly workbook: SeekWorkbook;
  readonly seek: (
    base: ScenarioChanges,
    target: GoalSeekTarget,
    instrument: GoalSeekInstrument,
  ) => GoalSeekResult;
  /** Attribution evaluated in slices of about 30 ms so typing and painting go on; rejects when aborted. */
  readonly attribute: (
    base: ScenarioChanges,
    target: ScenarioChanges,
    metrics: readonly Metric[],
    signal?: AbortSignal,
    /** Called between slices with the share of coalitions evaluated, 0–1. */
    onProgress?: (share: number) => void,
  ) => Promise<Attribution>;
  /** Builds the engine now (after the view has painted) rather than on the first "Beräkna". */
  readonly warm: () => void;
  /** Every evaluation so far: how many, how long, and how many per second. */
  readonly stats: () => AnalysisStats;
  readonly destroy: () => void;
};

const SLICE_MS = 30;

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `vad-kravs-${Date.now().toString(36)}`;

/** The one command that applies a found answer, so one undo takes it back. */
export const commandFor = (
  workbook: SeekWorkbook,
  base: ScenarioChanges,
  instrument: GoalSeekInstrument,
  value: number,
): Command | undefined => {
  switch (instrument.kind) {
    case 'skattesats': {
      const years = allYears(workbook.plan).filter((year) => year >= instrument.fromYear);
      return {
        type: 'scenario/setInputs',
        inputs: { skattesats: Object.fromEntries(years.map((year) => [String(year), value / 100])) },
      };
    }
    case 'effektivisering':
      return value === 0
        ? undefined
        : {
            type: 'scenario/addFrameChange',
            change: {
              ...efficiencyChange(workbook, instrument.fromYear, value, newId()),
              note: 'Framräknat med Vad krävs?',
            },
          };
    case 'investeringar':
      return value === 0
        ? undefined
        : { type: 'scenario/setInputs', inputs: scaledInvestments(workbook, base, value) };
  }
};

/**
 * Goal seek and attribution on one engine, built once and synced from one candidate scenario to the next
 * (a sync and a full read cost a millisecond or two; a build well over a hundred). The attribution's
 * coalitions, thousands of them, run on the batch evaluator where the frame changes fold into inputs (the
 * figures checked equal to the Ramförändringar sheet's first, `canFold`).
 */
export const createAnalyzer = (plan: Plan, now: () => number = () => performance.now()): Analyzer => {
  const workbook = compileWorkbook(plan, NO_CHANGES);
  let engine: Engine | undefined;
  let evaluations = 0;
  let spent = 0;
  let buildMs = 0;
  const ready = (): Engine => {
    if (engine) return engine;
    const started = now();
    engine = createEngine(workbook, NO_CHANGES);
    buildMs = now() - started;
    return engine;
  };
  const evaluate = (changes: ScenarioChanges): Results => {
    const built = ready();
    const started = now();
    built.sync(changes);
    const results = built.results();
    evaluations += 1;
    spent += now() - started;
    return results;
  };
  const goalsOf = (changes: ScenarioChanges) => evaluateGoals(plan, evaluate(changes));

  const seek: Analyzer['seek'] = (base, target, instrument) => {
    const started = now();
    const answer = seekGoal({ workbook, base, target, instrument, evaluate });
    const goalsBefore = goalsOf(base);
    const found = answer.kind === 'found';
    return {
      ...answer,
      target,
      instrument,
      bounds: instrumentBounds(workbook, instrument),
      namnd: defaultNamnd(plan),
      current: currentInstrumentValue(workbook, base, instrument),
      goalsBefore,
      goalsAfter: found ? goalsOf(answer.changes) : undefined,
      command: found ? commandFor(workbook, base, instrument, answer.value) : undefined,
      ms: now() - started,
    };
  };

  /** Folding frame changes into inputs must give the very figures the real Ramförändringar sheet gives. */
  const canFold = (base: ScenarioChanges, target: ScenarioChanges, metrics: readonly Metric[]) =>
    [base, target].every((changes) => {
      if (changes.frameChanges.length === 0) return true;
      const real = metricValues(evaluate(changes), metrics);
      const folded = metricValues(evaluate(foldFrameChanges(workbook, changes)), metrics);
      return real.every(
        (value, k) => Math.abs(value - (folded[k] ?? NaN)) <= 1e-7 * Math.max(1, Math.abs(value)),
      );
    });

  let batch: ReturnType<typeof createScenarioEvaluator> | undefined;
  /** A coalition's metrics: folded into inputs, on the batch evaluator (~0,2 ms against HyperFormula's ~2). */
  const batchMetrics = (changes: ScenarioChanges, metrics: readonly Metric[]) => {
    batch ??= createScenarioEvaluator(workbook);
    evaluations += 1;
    // As `metricValues` reads HyperFormula's results: a figure that is no number counts as 0.
    return batch.figures(foldFrameChanges(workbook, changes), metrics).map((v) => (Number.isNaN(v) ? 0 : v));
  };

  const attribute: Analyzer['attribute'] = async (base, target, metrics, signal, onProgress) => {
    const parts = attributionParts(base, target);
    const design = attributionDesign(parts.length);
    const cache = new Map<string, readonly number[]>();
    const valuesOf = canFold(base, target, metrics)
      ? (c: ScenarioChanges) => batchMetrics(c, metrics)
      : (c: ScenarioChanges) => metricValues(evaluate(c), metrics);
    let sliceStart = now();
    for (const [index, coalition] of design.coalitions.entries()) {
      const key = coalitionKey(coalition);
      if (cache.has(key)) continue;
      if (now() - sliceStart > SLICE_MS) {
        onProgress?.(index / design.coalitions.length);
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = now();
      }
      if (signal?.aborted) throw new DOMException('Avbruten', 'AbortError');
      cache.set(key, valuesOf(changesWith(base, target, parts, new Set(coalition))));
    }
    const value = (coalition: readonly number[]) => cache.get(coalitionKey(coalition)) ?? [];
    return assemble(parts, metrics, design, value, () => cache.size);
  };

  return {
    workbook,
    seek,
    attribute,
    warm: () => void ready(),
    stats: () => ({
      evaluations,
      ms: spent,
      perSecond: spent > 0 ? (evaluations / spent) * 1000 : 0,
      buildMs,
    }),
    destroy: () => {
      engine?.destroy();
      engine = undefined;
    },
  };
};

/** A part's name in Swedish: the input row's label, or the frame change's name. */
export const partLabel = (workbook: SeekWorkbook, part: AttributionPart): string =>
  part.kind === 'input'
    ? (workbook.rows.byId.get(part.id)?.label ?? part.id)
    : `${part.name || 'Ramförändring'} (ramförändring)`;
