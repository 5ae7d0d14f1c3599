import { attributionRun } from '../engine/attributionRun';
import { createAnalysisEngine } from '../engine/analysisEngine';
import type { BatchEngine } from '../engine/batchEngine';
import type { Engine } from '../engine/createEngine';
import type { Attribution, AttributionPart, Metric } from '../model/attribution';
import { compileWorkbook } from '../model/compileWorkbook';
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
import { aborted, askWorker } from './analysisWorker';
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
  /** Builds and computes the engine now (after the view has painted) rather than on the first "Beräkna". */
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
 * The attribution in the analysis worker: it never holds up typing, and aborting ends the worker mid-run.
 * Rejects with the worker's Swedish message if it could not run it.
 */
const attributeInWorker = (
  request: { plan: Plan; base: ScenarioChanges; target: ScenarioChanges; metrics: readonly Metric[] },
  signal: AbortSignal | undefined,
  onProgress: ((share: number) => void) | undefined,
): Promise<{ attribution: Attribution; ms: number }> =>
  askWorker(
    { id: 1, kind: 'attribute', ...request },
    (response) => (response.kind === 'attribution' ? response : undefined),
    { signal, onProgress, crashed: 'Förklaringen avbröts av ett fel i webbläsaren.' },
  );

/**
 * Goal seek and attribution. Goal seek runs on one analysis engine (the batch evaluator), built once and
 * synced from one candidate scenario to the next: ~0,2 ms per candidate against HyperFormula's ~2. The
 * attribution's thousands of coalitions run in the analysis worker on the same kind of engine; where no
 * worker exists (Node, the tests) on this one, in slices of ~30 ms.
 */
export const createAnalyzer = (plan: Plan, now: () => number = () => performance.now()): Analyzer => {
  const workbook = compileWorkbook(plan, NO_CHANGES);
  let engine: Engine | BatchEngine | undefined;
  let evaluations = 0;
  let spent = 0;
  let buildMs = 0;
  const ready = (): Engine | BatchEngine => {
    if (engine) return engine;
    const started = now();
    engine = createAnalysisEngine(workbook);
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

  const attributeHere = async (
    base: ScenarioChanges,
    target: ScenarioChanges,
    metrics: readonly Metric[],
    signal?: AbortSignal,
    onProgress?: (share: number) => void,
  ): Promise<Attribution> => {
    const run = attributionRun(ready(), base, target, metrics, 16);
    let sliceStart = now();
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) return step.value;
      if (now() - sliceStart > SLICE_MS) {
        onProgress?.(step.value);
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = now();
      }
      if (signal?.aborted) throw aborted();
    }
  };

  const attribute: Analyzer['attribute'] = async (base, target, metrics, signal, onProgress) => {
    if (signal?.aborted) throw aborted();
    const started = now();
    const done = (attribution: Attribution, ms: number) => {
      evaluations += attribution.evaluations;
      spent += ms;
      return attribution;
    };
    const here = async () =>
      done(await attributeHere(base, target, metrics, signal, onProgress), now() - started);
    if (typeof Worker === 'undefined') return here();
    try {
      const answer = await attributeInWorker({ plan, base, target, metrics }, signal, onProgress);
      return done(answer.attribution, answer.ms);
    } catch (error) {
      // A worker that could not run it (a plan whose formulas only HyperFormula computes) is not the end:
      // the same attribution runs here, in slices.
      if (signal?.aborted) throw error;
      return here();
    }
  };

  return {
    workbook,
    seek,
    attribute,
    // Built and computed once as decided, so the first "Beräkna" pays for neither.
    warm: () => void ready().results(),
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
