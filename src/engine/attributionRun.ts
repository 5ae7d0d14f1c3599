import {
  assemble,
  attributionDesign,
  attributionParts,
  changesWith,
  coalitionKey,
  metricValues,
  type Attribution,
  type Metric,
} from '../model/attribution';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { BatchEngine } from './batchEngine';
import type { Engine } from './createEngine';

/** A coalition's metrics: single figures on the batch engine, the full results on HyperFormula's. */
const metricsOf = (engine: Engine | BatchEngine, metrics: readonly Metric[]): number[] => {
  if (!('figure' in engine)) return metricValues(engine.results(), metrics);
  // As `metricValues` reads results: a figure that is no number counts as 0.
  return metrics.map((metric) => {
    const value = engine.figure(metric.rowId, metric.year);
    return typeof value === 'number' ? value : 0;
  });
};

/**
 * The attribution of `target` against `base` (Shapley values over the changes, `model/attribution.ts`),
 * evaluated coalition by coalition on one engine synced from each to the next. A generator, so the same
 * loop runs straight through in the analysis worker and in slices on the main thread: it yields the share
 * of coalitions done (0–1) after every `every` evaluations and returns the attribution.
 *
 * @example
 *   const run = attributionRun(engine, NO_CHANGES, scenario, metrics);
 *   for (let step = run.next(); !step.done; step = run.next()) report(step.value);
 */
export function* attributionRun(
  engine: Engine | BatchEngine,
  base: ScenarioChanges,
  target: ScenarioChanges,
  metrics: readonly Metric[],
  every = 64,
): Generator<number, Attribution, void> {
  const parts = attributionParts(base, target);
  const design = attributionDesign(parts.length);
  const cache = new Map<string, readonly number[]>();
  for (const [index, coalition] of design.coalitions.entries()) {
    const key = coalitionKey(coalition);
    if (cache.has(key)) continue;
    if (cache.size > 0 && cache.size % every === 0) yield index / design.coalitions.length;
    engine.sync(changesWith(base, target, parts, new Set(coalition)));
    cache.set(key, metricsOf(engine, metrics));
  }
  const value = (coalition: readonly number[]) => cache.get(coalitionKey(coalition)) ?? [];
  return assemble(parts, metrics, design, value, () => cache.size);
}
