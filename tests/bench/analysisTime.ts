import { createEngine } from '../../src/engine/createEngine';
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
  };
};
