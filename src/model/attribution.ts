import { numberAt, type Results } from './results';
import type { FrameChange, ScenarioChanges } from './scenarioChanges';
import type { Year } from './years';

/**
 * One change that separates scenario B from base A: an input row (all its years together) or a frame change
 * (added, removed or edited). A part "switched on" takes B's version; switched off, A's.
 */
export type AttributionPart =
  | { readonly kind: 'input'; readonly key: string; readonly id: string }
  | { readonly kind: 'frame'; readonly key: string; readonly id: string; readonly name: string };

/** A figure to explain: one row in one year. */
export type Metric = { readonly rowId: string; readonly year: Year };

export type Attribution = {
  readonly parts: readonly AttributionPart[];
  readonly metrics: readonly Metric[];
  /** Per metric: the base's value, B's value, and each part's contribution (in `parts` order). */
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly contributions: readonly (readonly number[])[];
  /** `exact`: Shapley values over every part; `grouped`: see {@link MAX_EXACT_PARTS}. */
  readonly method: 'exact' | 'grouped';
  readonly evaluations: number;
};

/**
 * Exact Shapley values need 2^n evaluations; 12 parts cost 4 096. Above that the parts, in their canonical
 * order (input rows by id, then frame changes by id: never the order they were made in), are cut into 12
 * contiguous groups of near-equal size. Groups get exact Shapley values (the Owen construction's upper
 * level); inside a group each member starts from the mean of its first marginal (switched on alone) and its
 * last marginal (switched off from B), which equals its Shapley value whenever changes interact at most in
 * pairs, and the group's remainder is shared equally. The result is independent of order and sums to the
 * total exactly.
 */
export const MAX_EXACT_PARTS = 12;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The changes between A and B, in canonical order (input ids, then frame-change ids). */
export const attributionParts = (base: ScenarioChanges, target: ScenarioChanges): AttributionPart[] => {
  const inputIds = new Set([...Object.keys(base.inputs), ...Object.keys(target.inputs)]);
  const inputs: AttributionPart[] = [...inputIds]
    .filter((id) => !sameJson(sortedEntries(base.inputs[id]), sortedEntries(target.inputs[id])))
    .map((id) => ({ kind: 'input' as const, key: `input:${id}`, id }));
  const frames = new Map<string, FrameChange>();
  for (const change of [...base.frameChanges, ...target.frameChanges]) frames.set(change.id, change);
  const frameParts: AttributionPart[] = [...frames.values()]
    .filter((change) => !sameJson(frameOf(base, change.id), frameOf(target, change.id)))
    .map((change) => ({
      kind: 'frame' as const,
      key: `frame:${change.id}`,
      id: change.id,
      name: change.name,
    }));
  return [...inputs.sort(byKey), ...frameParts.sort(byKey)];
};

const sortedEntries = (values: Readonly<Record<string, number>> | undefined) =>
  values ? Object.entries(values).sort(([a], [b]) => a.localeCompare(b)) : [];

const frameOf = (changes: ScenarioChanges, id: string) => {
  const change = changes.frameChanges.find((c) => c.id === id);
  return change ? { ...change, amounts: sortedEntries(change.amounts) } : undefined;
};

/** The scenario with the parts in `on` taken from B and every other part from A. */
export const changesWith = (
  base: ScenarioChanges,
  target: ScenarioChanges,
  parts: readonly AttributionPart[],
  on: ReadonlySet<number>,
): ScenarioChanges => {
  const inputs = new Map(Object.entries(base.inputs));
  const frames = new Map(base.frameChanges.map((change) => [change.id, change] as const));
  parts.forEach((part, index) => {
    if (!on.has(index)) return;
    if (part.kind === 'input') {
      const values = target.inputs[part.id];
      if (values) inputs.set(part.id, values);
      else inputs.delete(part.id);
    } else {
      const change = target.frameChanges.find((c) => c.id === part.id);
      if (change) frames.set(part.id, change);
      else frames.delete(part.id);
    }
  });
  const frameChanges = [...frames.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { inputs: Object.fromEntries(inputs), frameChanges };
};

/** Which coalitions (sets of part indices) the split needs, and how the parts are grouped. */
export type AttributionDesign = {
  readonly groups: readonly (readonly number[])[];
  readonly coalitions: readonly (readonly number[])[];
};

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Canonical groups: one part each up to {@link MAX_EXACT_PARTS}, else 12 contiguous near-equal groups. */
export const attributionDesign = (partCount: number): AttributionDesign => {
  const groupCount = Math.min(partCount, MAX_EXACT_PARTS);
  const groups = range(groupCount).map((g) =>
    range(partCount).filter((i) => Math.floor((i * groupCount) / partCount) === g),
  );
  // Gray-code order: each coalition differs from the one before by one group, so an engine synced from
  // one to the next rewrites as few cells as possible.
  const coalitions: number[][] = range(2 ** groupCount)
    .map((step) => step ^ (step >> 1))
    .map((mask) => groups.flatMap((members, g) => (mask & (1 << g) ? members : [])));
  for (const members of groups) {
    if (members.length < 2) continue;
    for (const i of members) {
      coalitions.push([i]);
      coalitions.push(range(partCount).filter((j) => j !== i));
    }
  }
  return { groups, coalitions };
};

export const coalitionKey = (coalition: readonly number[]): string =>
  [...coalition].sort((a, b) => a - b).join(',');

const factorials = (n: number) => range(n + 1).map((k) => range(k).reduce((f, i) => f * (i + 1), 1));

/**
 * Splits v(all) − v(none) over the parts from the values of the design's coalitions. `value` returns one
 * number per metric for a coalition.
 */
export const shapleySplit = (
  partCount: number,
  design: AttributionDesign,
  value: (coalition: readonly number[]) => readonly number[],
): number[][] => {
  const { groups } = design;
  const n = groups.length;
  const fact = factorials(n);
  const union = (mask: number) => groups.flatMap((members, g) => (mask & (1 << g) ? members : []));
  const metricCount = value([]).length;
  const result = range(partCount).map(() => range(metricCount).map(() => 0));
  groups.forEach((members, g) => {
    const share = range(metricCount).map(() => 0);
    for (let mask = 0; mask < 2 ** n; mask++) {
      if (mask & (1 << g)) continue;
      const size = popCount(mask);
      const weight = ((fact[size] ?? 1) * (fact[n - size - 1] ?? 1)) / (fact[n] ?? 1);
      const without = value(union(mask));
      const withG = value(union(mask | (1 << g)));
      for (let k = 0; k < metricCount; k++)
        share[k] = (share[k] ?? 0) + weight * ((withG[k] ?? 0) - (without[k] ?? 0));
    }
    splitWithinGroup(partCount, members, share, value, result);
  });
  return result;
};

const popCount = (mask: number) => {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
};

/** Mean of first and last marginal per member, then the group's remainder shared equally. */
const splitWithinGroup = (
  partCount: number,
  members: readonly number[],
  share: readonly number[],
  value: (coalition: readonly number[]) => readonly number[],
  result: number[][],
) => {
  if (members.length === 1) {
    result[members[0] ?? 0] = [...share];
    return;
  }
  const none = value([]);
  const all = value(range(partCount));
  const estimates = members.map((i) => {
    const first = value([i]);
    const last = value(range(partCount).filter((j) => j !== i));
    return share.map((_, k) => ((first[k] ?? 0) - (none[k] ?? 0) + (all[k] ?? 0) - (last[k] ?? 0)) / 2);
  });
  share.forEach((total, k) => {
    const rest = (total - estimates.reduce((sum, e) => sum + (e[k] ?? 0), 0)) / members.length;
    members.forEach((i, m) => {
      const row = result[i];
      if (row) row[k] = (estimates[m]?.[k] ?? 0) + rest;
    });
  });
};

/** The metric values of one computed scenario; a missing figure (an error cell) counts as 0. */
export const metricValues = (results: Results, metrics: readonly Metric[]): number[] =>
  metrics.map((metric) => numberAt(results, metric.rowId, metric.year) ?? 0);

/**
 * Explains B against A: each part's Shapley contribution to each metric, evaluated through `evaluate`
 * (cached by coalition), so the parts add up to B − A and the split does not depend on the order in which
 * the changes were made.
 *
 * @example
 *   attribute(NO_CHANGES, scenario, [{ rowId: 'balanskravsresultat', year: 2025 }], evaluate).contributions[0];
 */
export const attribute = (
  base: ScenarioChanges,
  target: ScenarioChanges,
  metrics: readonly Metric[],
  evaluate: (changes: ScenarioChanges) => Results,
): Attribution => {
  const parts = attributionParts(base, target);
  const design = attributionDesign(parts.length);
  const cache = new Map<string, readonly number[]>();
  const value = (coalition: readonly number[]) => {
    const key = coalitionKey(coalition);
    const known = cache.get(key);
    if (known) return known;
    const values = metricValues(evaluate(changesWith(base, target, parts, new Set(coalition))), metrics);
    cache.set(key, values);
    return values;
  };
  return assemble(parts, metrics, design, value, () => cache.size);
};

/** Builds the attribution once every coalition value is at hand (the async binding fills a cache first). */
export const assemble = (
  parts: readonly AttributionPart[],
  metrics: readonly Metric[],
  design: AttributionDesign,
  value: (coalition: readonly number[]) => readonly number[],
  evaluations: () => number,
): Attribution => {
  const contributions = shapleySplit(parts.length, design, value);
  return {
    parts,
    metrics,
    start: [...value([])],
    end: [...value(range(parts.length))],
    contributions: metrics.map((_, k) => parts.map((_, i) => contributions[i]?.[k] ?? 0)),
    method: parts.length > MAX_EXACT_PARTS ? 'grouped' : 'exact',
    evaluations: evaluations(),
  };
};
