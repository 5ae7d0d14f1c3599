import type { Year } from '../years';
import {
  DEFAULT_CORRELATIONS,
  DEFAULT_UNCERTAINTY,
  sdAt,
  type DriverUncertainty,
  type UncertaintyId,
} from './parameters';
import type { Random } from './random';

/** The error model a simulation draws from: the drivers' spreads and their correlations within a year. */
export type UncertaintyModel = {
  readonly drivers: readonly DriverUncertainty[];
  readonly correlations: readonly {
    readonly a: UncertaintyId;
    readonly b: UncertaintyId;
    readonly rho: number;
  }[];
};

export const DEFAULT_MODEL: UncertaintyModel = {
  drivers: DEFAULT_UNCERTAINTY,
  correlations: DEFAULT_CORRELATIONS,
};

/** One draw: per driver, the error of each modelled year (in the driver's own terms, see `applyError`). */
export type Draw = ReadonlyMap<UncertaintyId, Float64Array>;

/** The error model fixed to one plan's years and drivers, ready to draw from. */
export type DrawSetup = {
  readonly years: readonly Year[];
  readonly drivers: readonly DriverUncertainty[];
  /** Lower-triangular factor of the within-year correlation of the drivers that are not levels. */
  readonly cholesky: readonly (readonly number[])[];
  readonly correlated: readonly DriverUncertainty[];
  readonly horizon: (driver: DriverUncertainty, year: Year) => number;
};

/** The Cholesky factor of a correlation matrix; refuses one that is not positive definite. */
export const cholesky = (matrix: readonly (readonly number[])[]): number[][] => {
  const n = matrix.length;
  const lower = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1)
    for (let j = 0; j <= i; j += 1) {
      let sum = matrix[i]?.[j] ?? 0;
      for (let k = 0; k < j; k += 1) sum -= (lower[i]?.[k] ?? 0) * (lower[j]?.[k] ?? 0);
      if (i === j) {
        if (sum <= 0) throw new Error('Korrelationerna går inte ihop: matrisen är inte positivt definit');
        (lower[i] as number[])[j] = Math.sqrt(sum);
      } else (lower[i] as number[])[j] = sum / (lower[j]?.[j] ?? 1);
    }
  return lower;
};

/**
 * Fixes the model to a plan: its modelled years, its base year (horizon 0) and the drivers it has (an input
 * of that id), e.g. a plan without a pension portfolio draws no returns.
 */
export const setupDraws = (
  model: UncertaintyModel,
  base: Year,
  years: readonly Year[],
  hasInput: (inputId: string) => boolean,
): DrawSetup => {
  const drivers = model.drivers.filter((driver) => hasInput(driver.inputId));
  const correlated = drivers.filter((driver) => driver.kind !== 'level');
  const rho = (a: UncertaintyId, b: UncertaintyId) =>
    a === b
      ? 1
      : (model.correlations.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))?.rho ?? 0);
  return {
    years,
    drivers,
    correlated,
    cholesky: cholesky(correlated.map((a) => correlated.map((b) => rho(a.id, b.id)))),
    horizon: (driver, year) => year - base - (driver.measuredYearsBefore ?? 0),
  };
};

/**
 * One draw of every driver's error in every modelled year. Rates and returns: correlated within a year,
 * independent between years (a rate's level compounds in the model). Levels: a random walk whose spread
 * at each horizon is the driver's `sd` there.
 */
export const drawErrors = (setup: DrawSetup, random: Random): Draw => {
  const draw = new Map<UncertaintyId, Float64Array>();
  for (const driver of setup.drivers) draw.set(driver.id, new Float64Array(setup.years.length));
  const z = new Float64Array(setup.correlated.length);
  setup.years.forEach((year, y) => {
    for (let i = 0; i < z.length; i += 1) z[i] = random.normal();
    setup.correlated.forEach((driver, i) => {
      let shock = 0;
      const row = setup.cholesky[i] ?? [];
      for (let k = 0; k <= i; k += 1) shock += (row[k] ?? 0) * (z[k] ?? 0);
      if (driver.tailDf !== undefined) shock *= tailScale(driver.tailDf, random);
      const h = setup.horizon(driver, year);
      let value = sdAt(driver, h) * shock;
      if (y === 0 && driver.includeBaseYear && h > 0) value += sdAt(driver, 0) * random.normal();
      (draw.get(driver.id) as Float64Array)[y] = value;
    });
    for (const driver of setup.drivers) {
      if (driver.kind !== 'level') continue;
      const errors = draw.get(driver.id) as Float64Array;
      const h = setup.horizon(driver, year);
      const before = y === 0 ? 0 : sdAt(driver, h - 1);
      const spread = sdAt(driver, h);
      const step = y === 0 ? spread : Math.sqrt(Math.max(0, spread ** 2 - before ** 2));
      errors[y] = (y === 0 ? 0 : (errors[y - 1] ?? 0)) + step * random.normal();
    }
  });
  return draw;
};

/** A Student-t's random scale (√(ν−2)/√χ²_ν·√ν), so a correlated normal becomes a t with sd 1. */
const tailScale = (df: number, random: Random): number => {
  let chi2 = 0;
  for (let i = 0; i < df; i += 1) chi2 += random.normal() ** 2;
  return Math.sqrt((df - 2) / chi2);
};

/** The scenario's value moved by a drawn error: added (rates, returns) or as a percent of the level. */
export const applyError = (driver: DriverUncertainty, value: number, error: number): number =>
  driver.kind === 'level' ? value * (1 + error / 100) : value + error;

/**
 * A driver's typical error in each modelled year: one standard deviation at the year's horizon, the first
 * year with the base year's own error too where the simulation draws it (the tornado and the data table move
 * a driver by these).
 *
 * @example
 *   typicalErrors(skatteunderlag, 2024, [2025, 2026]); // [1,14, 1,3] = [√(0,55² + 1,0²), 1,3]
 */
export const typicalErrors = (driver: DriverUncertainty, base: Year, years: readonly Year[]): number[] =>
  years.map((year, i) => {
    const horizon = year - base - (driver.measuredYearsBefore ?? 0);
    return i === 0 && driver.includeBaseYear && horizon > 0
      ? Math.hypot(sdAt(driver, 0), sdAt(driver, horizon))
      : sdAt(driver, horizon);
  });
