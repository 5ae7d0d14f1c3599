import { attributionRun } from '../../src/engine/attributionRun';
import { createBatchEngine } from '../../src/engine/batchEngine';
import { createEngine, type Engine } from '../../src/engine/createEngine';
import type { Metric } from '../../src/model/attribution';
import { seekGoal } from '../../src/model/goalSeek';
import type { Plan } from '../../src/model/planSchema';
import { createAnalyzer } from '../../src/scenarios/analysis';
import { sensitivity } from '../../src/engine/sensitivity';
import { simulate } from '../../src/engine/simulate';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { norrbottenPlan } from '../../src/model/norrbottenPlan';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { allYears } from '../../src/model/years';

/** The analyses' speed (issue 15, item 4), timed in Node on the code the worker runs, Norrbotten's plan. */
export type AnalysisTimes = {
  /** Wall time of 10 000 draws over the plan's six modelled years, one scenario. */
  readonly simulation10kMs: number;
  /** The same draws for the plan and a scenario together (what the app's view runs). */
  readonly simulationPairMs: number;
  /** Per scenario: the batch evaluator inside the simulation, and HyperFormula setting the same inputs. */
  readonly batchPerDrawMs: number;
  readonly hyperFormulaPerDrawMs: number;
  readonly sensitivityMs: number;
  /** "Vad krävs?" for the balanskrav by skattesats, median of 5: the analyzer (batch engine), and the same
   *  search on HyperFormula's engine (what it ran on before), timed in turns. */
  readonly goalSeekMs: number;
  readonly goalSeekHyperFormulaMs: number;
  /** Exact attribution of 12 changes (4 096 coalitions): on the batch engine, as the worker runs it, and on
   *  HyperFormula's engine (the main thread's before). */
  readonly attribution12Ms: number;
  readonly attribution12HyperFormulaMs: number;
};

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Twelve changes: six input rows moved and six frame changes, as a workshop's proposal might hold. */
const twelveChanges = (plan: Plan): ScenarioChanges => {
  const [first = plan.years.base, second = first] = plan.years.budget;
  const frameChanges = Array.from({ length: 6 }, (_, i) => ({
    id: `f${i}`,
    name: `Satsning ${i + 1}`,
    namnd: '',
    kind: i % 3 === 2 ? ('intakt' as const) : ('kostnad' as const),
    active: true,
    amounts: { [String(first)]: 10 + i, [String(second)]: 20 + i },
  }));
  return {
    inputs: {
      skattesats: { [String(first)]: 11.44 },
      prisindex: { [String(second)]: 2.5 },
      befolkning: { [String(second)]: 249_000 },
      skatteunderlagstillvaxt: { [String(first)]: 4 },
      investeringar_materiella: { [String(first)]: 900 },
      pensionsavkastning: { [String(second)]: 3 },
    },
    frameChanges,
  };
};

const attributionOn = (engine: Engine, plan: Plan) => {
  const metrics: Metric[] = allYears(plan).flatMap((year) =>
    ['balanskravsresultat', 'arets_resultat'].map((rowId) => ({ rowId, year })),
  );
  const run = attributionRun(engine, NO_CHANGES, twelveChanges(plan), metrics, 256);
  let step = run.next();
  while (!step.done) step = run.next();
  if (step.value.parts.length !== 12) throw new Error(`${step.value.parts.length} ändringar, inte 12`);
};

const goalSeekTimes = (plan: Plan) => {
  const target = { kind: 'goal', goalId: 'balanskrav', years: plan.years.budget } as const;
  const instrument = { kind: 'skattesats', fromYear: plan.years.budget[0] ?? plan.years.base } as const;
  const analyzer = createAnalyzer(plan);
  analyzer.warm();
  const workbook = compileWorkbook(plan, NO_CHANGES);
  const hf = createEngine(workbook, NO_CHANGES);
  const evaluate = (changes: ScenarioChanges) => {
    hf.sync(changes);
    return hf.results();
  };
  const batch: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    batch.push(analyzer.seek(NO_CHANGES, target, instrument).ms);
    reference.push(timed(() => seekGoal({ workbook, base: NO_CHANGES, target, instrument, evaluate })));
  }
  hf.destroy();
  analyzer.destroy();
  return { goalSeekMs: median(batch), goalSeekHyperFormulaMs: median(reference) };
};

const timed = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

export const measureAnalyses = (): AnalysisTimes => {
  const plan = norrbottenPlan();
  const simulation10kMs = timed(() => simulate(plan, [NO_CHANGES], { draws: 10_000, seed: 1 }));
  const scenario: ScenarioChanges = { inputs: { skattesats: { 2025: 11.44 } }, frameChanges: [] };
  const simulationPairMs = timed(() => simulate(plan, [NO_CHANGES, scenario], { draws: 10_000, seed: 1 }));
  // HyperFormula on the same kind of draw: the four drivers in every modelled year, then the results read.
  const engine = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
  const years = allYears(plan);
  const draws = 100;
  const hyperFormulaMs = timed(() => {
    for (let d = 0; d < draws; d += 1) {
      const inputs: Record<string, Record<string, number>> = {};
      for (const id of ['skatteunderlagstillvaxt', 'prisindex', 'pensionsavkastning'])
        inputs[id] = Object.fromEntries(years.map((y) => [String(y), 2 + (d % 7) / 10]));
      engine.sync({ inputs, frameChanges: [] });
      engine.results();
    }
  });
  engine.destroy();
  return {
    simulation10kMs,
    simulationPairMs,
    batchPerDrawMs: simulation10kMs / 10_000,
    hyperFormulaPerDrawMs: hyperFormulaMs / draws,
    sensitivityMs: timed(() => sensitivity(plan, NO_CHANGES, years[2] ?? years[0] ?? plan.years.base)),
    ...goalSeekTimes(plan),
    attribution12Ms: timed(() => attributionOn(createBatchEngine(compileWorkbook(plan, NO_CHANGES)), plan)),
    attribution12HyperFormulaMs: timed(() => {
      const reference = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
      attributionOn(reference, plan);
      reference.destroy();
    }),
  };
};
