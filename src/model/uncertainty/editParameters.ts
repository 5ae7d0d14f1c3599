import { cholesky, DEFAULT_MODEL, type UncertaintyModel } from './draws';
import { DEFAULT_UNCERTAINTY, type DriverUncertainty, type UncertaintyId } from './parameters';

/**
 * The user's own figures for the error model (issue 15, item 3: "each parameter cites its source and can be
 * edited"): a driver's typical error by horizon, a correlation, and the tornado's own step. What is not here
 * is the sources' value. Plain numbers; the words for a verdict are the format layer's.
 */
export type ParameterEdits = {
  /** Per driver, its typical error by horizon, as long as the source's `sd`. */
  readonly spreads: Partial<Record<UncertaintyId, readonly number[]>>;
  /** Per pair of correlated drivers (`pairKey`), the correlation within a year. */
  readonly correlations: Readonly<Record<string, number>>;
  /** Per driver, the tornado's own step (the same in every year), in the driver's own terms. */
  readonly steps: Partial<Record<UncertaintyId, number>>;
};

export const NO_EDITS: ParameterEdits = { spreads: {}, correlations: {}, steps: {} };

/** How far above the sources a figure may go before it is questioned. */
export const QUESTION_FACTOR = 5;

/** Why a figure is refused or questioned; the format layer says it in Swedish. */
export type Verdict =
  | { readonly kind: 'ok' }
  | { readonly kind: 'refused'; readonly reason: 'notPositive' }
  | { readonly kind: 'refused'; readonly reason: 'levelShrinks'; readonly before: number }
  | { readonly kind: 'refused'; readonly reason: 'levelAboveLater'; readonly later: number }
  | { readonly kind: 'refused'; readonly reason: 'outOfRange' }
  | {
      readonly kind: 'refused';
      readonly reason: 'notPositiveDefinite';
      /** The set that does not hold together, with the new figure in it. */
      readonly pairs: readonly CorrelationPair[];
    }
  | { readonly kind: 'question'; readonly reason: 'farAbove'; readonly source: number };

export type CorrelationPair = { readonly a: UncertaintyId; readonly b: UncertaintyId; readonly rho: number };

const OK: Verdict = { kind: 'ok' };

/** The drivers whose errors are correlated within a year (a level's error is a walk of its own). */
export const CORRELATED = DEFAULT_UNCERTAINTY.filter((driver) => driver.kind !== 'level');

export const pairKey = (a: UncertaintyId, b: UncertaintyId): string => `${a}|${b}`;

/** Every pair of correlated drivers, in the registry's order. */
export const CORRELATION_PAIRS: readonly { readonly a: UncertaintyId; readonly b: UncertaintyId }[] =
  CORRELATED.flatMap((first, i) => CORRELATED.slice(i + 1).map((second) => ({ a: first.id, b: second.id })));

/** The sources' correlation of a pair (0 where the sources give none). */
export const sourceCorrelation = (a: UncertaintyId, b: UncertaintyId): number =>
  DEFAULT_MODEL.correlations.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))?.rho ?? 0;

/** The correlation in use: the user's where edited, else the sources'. */
export const correlationOf = (edits: ParameterEdits, a: UncertaintyId, b: UncertaintyId): number =>
  edits.correlations[pairKey(a, b)] ?? edits.correlations[pairKey(b, a)] ?? sourceCorrelation(a, b);

/** A driver's typical errors in use: the user's where edited, else the source's. */
export const spreadsOf = (edits: ParameterEdits, driver: DriverUncertainty): readonly number[] =>
  edits.spreads[driver.id] ?? driver.sd;

/**
 * Whether a typical error may stand at `index` (horizon) of a driver: refused when not above zero, or when a
 * level's error would shrink further ahead (it persists, so it can only grow); questioned when more than five
 * times the source's figure.
 *
 * @example
 *   checkSpread(skatteunderlag, [0.55, 1, 1.3, 1.5], 1, 6); // { kind: 'question', reason: 'farAbove', source: 1 }
 *   checkSpread(befolkning, [0.2, 0.4, 0.6, 0.8], 2, 0.3); // { kind: 'refused', reason: 'levelShrinks', before: 0.4 }
 */
export const checkSpread = (
  driver: DriverUncertainty,
  current: readonly number[],
  index: number,
  value: number,
): Verdict => {
  if (!Number.isFinite(value) || value <= 0) return { kind: 'refused', reason: 'notPositive' };
  if (driver.kind === 'level') {
    const before = current[index - 1];
    if (before !== undefined && value < before) return { kind: 'refused', reason: 'levelShrinks', before };
    const later = current[index + 1];
    if (later !== undefined && value > later) return { kind: 'refused', reason: 'levelAboveLater', later };
  }
  const source = driver.sd[index] ?? driver.sd.at(-1) ?? 0;
  return value > QUESTION_FACTOR * source ? { kind: 'question', reason: 'farAbove', source } : OK;
};

/** The correlations in use with one pair set to `rho`, every pair listed. */
const pairsWith = (edits: ParameterEdits, key: string, rho: number): CorrelationPair[] =>
  CORRELATION_PAIRS.map(({ a, b }) => ({
    a,
    b,
    rho: pairKey(a, b) === key ? rho : correlationOf(edits, a, b),
  }));

/** Whether a set of correlations describes a possible joint spread: its matrix has a Cholesky factor. */
export const holdsTogether = (pairs: readonly CorrelationPair[]): boolean => {
  const rho = (a: UncertaintyId, b: UncertaintyId) =>
    a === b ? 1 : (pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.rho ?? 0);
  try {
    cholesky(CORRELATED.map((x) => CORRELATED.map((y) => rho(x.id, y.id))));
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether a correlation may stand: refused outside −1…1, and refused when, with the other correlations in
 * use, the set describes no possible joint spread (its matrix is not positive definite: e.g. two drivers
 * that each follow a third closely cannot move against each other).
 *
 * @example
 *   // With skatteunderlag–pensionsavkastning at the sources' 0,2: det = 1 − 0,99² − 0,2² = −0,02 < 0.
 *   checkCorrelation(NO_EDITS, 'skatteunderlag|prisindex', 0.99); // { kind: 'refused', reason: 'notPositiveDefinite', … }
 */
export const checkCorrelation = (edits: ParameterEdits, key: string, rho: number): Verdict => {
  if (!Number.isFinite(rho) || rho < -1 || rho > 1) return { kind: 'refused', reason: 'outOfRange' };
  const pairs = pairsWith(edits, key, rho);
  return holdsTogether(pairs) ? OK : { kind: 'refused', reason: 'notPositiveDefinite', pairs };
};

/** Whether an own tornado step may stand: above zero, questioned when five times the largest source figure. */
export const checkStep = (driver: DriverUncertainty, value: number): Verdict => {
  if (!Number.isFinite(value) || value <= 0) return { kind: 'refused', reason: 'notPositive' };
  const source = Math.max(...driver.sd);
  return value > QUESTION_FACTOR * source ? { kind: 'question', reason: 'farAbove', source } : OK;
};

/** The edits with one typical error set; back to the source's figures when every one equals them. */
export const withSpread = (
  edits: ParameterEdits,
  driver: DriverUncertainty,
  index: number,
  value: number,
): ParameterEdits => {
  const next = spreadsOf(edits, driver).map((sd, i) => (i === index ? value : sd));
  const { [driver.id]: _, ...others } = edits.spreads;
  const same = next.every((sd, i) => sd === driver.sd[i]);
  return { ...edits, spreads: same ? others : { ...others, [driver.id]: next } };
};

/** The edits with one correlation set; the sources' figure again when it equals theirs. */
export const withCorrelation = (edits: ParameterEdits, key: string, rho: number): ParameterEdits => {
  const { [key]: _, ...others } = edits.correlations;
  const [a, b] = key.split('|') as [UncertaintyId, UncertaintyId];
  return { ...edits, correlations: rho === sourceCorrelation(a, b) ? others : { ...others, [key]: rho } };
};

/** The edits with a driver's own tornado step set, or removed (`undefined`). */
export const withStep = (
  edits: ParameterEdits,
  id: UncertaintyId,
  step: number | undefined,
): ParameterEdits => {
  const { [id]: _, ...others } = edits.steps;
  return { ...edits, steps: step === undefined ? others : { ...others, [id]: step } };
};

/** Whether the error model differs from the sources' (the own tornado steps are not the model). */
export const modelEdited = (edits: ParameterEdits): boolean =>
  Object.keys(edits.spreads).length > 0 || Object.keys(edits.correlations).length > 0;

/**
 * The error model the simulation draws from: the sources' with the user's figures in their place.
 *
 * @example
 *   editedModel({ ...NO_EDITS, spreads: { skatteunderlag: [0.55, 2, 2, 2] } }).drivers[0].sd; // [0.55, 2, 2, 2]
 */
export const editedModel = (
  edits: ParameterEdits,
  base: UncertaintyModel = DEFAULT_MODEL,
): UncertaintyModel => ({
  drivers: base.drivers.map((driver) => {
    const sd = edits.spreads[driver.id];
    return sd ? { ...driver, sd } : driver;
  }),
  correlations: CORRELATION_PAIRS.map(({ a, b }) => ({ a, b, rho: correlationOf(edits, a, b) })),
});

/**
 * Whether stored edits still stand (a record read back, a hand-edited file): each spread as long as its
 * source's and passing `checkSpread` (a questioned figure was confirmed when saved), every correlation a
 * known pair within −1…1, the set holding together, each step above zero. `undefined` when any fails.
 */
export const validEdits = (edits: ParameterEdits): ParameterEdits | undefined => {
  const drivers = new Map(DEFAULT_UNCERTAINTY.map((driver) => [driver.id, driver]));
  for (const [id, sd] of Object.entries(edits.spreads)) {
    const driver = drivers.get(id as UncertaintyId);
    if (!driver || !sd || sd.length !== driver.sd.length) return undefined;
    if (sd.some((value, i) => checkSpread(driver, sd, i, value).kind === 'refused')) return undefined;
  }
  const keys = new Set(CORRELATION_PAIRS.map(({ a, b }) => pairKey(a, b)));
  if (Object.keys(edits.correlations).some((key) => !keys.has(key))) return undefined;
  if (Object.values(edits.correlations).some((rho) => !(rho >= -1 && rho <= 1))) return undefined;
  if (!holdsTogether(CORRELATION_PAIRS.map(({ a, b }) => ({ a, b, rho: correlationOf(edits, a, b) }))))
    return undefined;
  for (const [id, step] of Object.entries(edits.steps))
    if (!drivers.has(id as UncertaintyId) || !(typeof step === 'number' && step > 0)) return undefined;
  return edits;
};
