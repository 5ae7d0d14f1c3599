import { inputValue, type CompiledWorkbook } from './compileWorkbook';
import { targetMargin, type GoalSeekTarget } from './goalSeekTarget';
import type { Results } from './results';
import type { FrameChange, ScenarioChanges } from './scenarioChanges';
import { defaultNamnd } from './namnder';
import { allYears, type Year } from './years';
import { instrumentBounds, INVESTMENT_ROWS, type InstrumentBounds } from './goalSeekBounds';

/** The lever the search turns, always on an integer grid. */
export type GoalSeekInstrument =
  /** Skattesats in whole öre, the same rate in every year from `fromYear`. */
  | { readonly kind: 'skattesats'; readonly fromYear: Year }
  /** An efficiency requirement in whole mnkr per year (a kostnad frame change), every year from `fromYear`. */
  | { readonly kind: 'effektivisering'; readonly fromYear: Year }
  /** The investment level in whole percent against the scenario's own investments in every budget year. */
  | { readonly kind: 'investeringar' };

export type InstrumentKind = GoalSeekInstrument['kind'];

export const EFFICIENCY_NAME = 'Effektiviseringskrav';

export type SeekWorkbook = Pick<CompiledWorkbook, 'plan' | 'rows' | 'layout'>;

export type GoalSeekAnswer =
  | {
      readonly kind: 'found';
      /** On the instrument's grid: öre, mnkr per year or percent. */
      readonly value: number;
      readonly margin: number;
      /** `min`: the smallest value that meets the target; `max`: the largest (the target falls as it grows). */
      readonly seeks: 'min' | 'max';
      /** The answer lies on the edge of the range (the target is met even there). */
      readonly atBound: boolean;
      /** Every margin the search saw grew (or shrank) with the instrument, as bisection assumes. */
      readonly monotone: boolean;
      readonly changes: ScenarioChanges;
      readonly evaluations: number;
    }
  | {
      readonly kind: 'outOfBounds';
      readonly best: number;
      readonly margin: number;
      readonly evaluations: number;
    }
  | { readonly kind: 'noEffect'; readonly margin: number; readonly evaluations: number };

const TOLERANCE = 1e-9;

/** The efficiency requirement as a frame change: less cost, the same amount every year from `fromYear`. */
export const efficiencyChange = (
  workbook: SeekWorkbook,
  fromYear: Year,
  mnkr: number,
  id = 'vad-kravs',
): FrameChange => ({
  id,
  name: EFFICIENCY_NAME,
  namnd: defaultNamnd(workbook.plan),
  kind: 'kostnad',
  active: true,
  amounts: Object.fromEntries(
    allYears(workbook.plan)
      .filter((year) => year >= fromYear)
      .map((year) => [String(year), -mnkr]),
  ),
});

/** Investments scaled by `percent` against the scenario's own values, to a tenth of a mnkr. */
export const scaledInvestments = (
  workbook: SeekWorkbook,
  base: ScenarioChanges,
  percent: number,
): Record<string, Record<string, number>> =>
  Object.fromEntries(
    INVESTMENT_ROWS.flatMap((id) => {
      const row = workbook.rows.byId.get(id);
      if (row?.kind !== 'input') return [];
      const years = workbook.layout.yearsOfRow(row).map((year) => {
        const value = inputValue(row, base, year) * (1 + percent / 100);
        return [String(year), Math.round(value * 10) / 10] as const;
      });
      return [[id, Object.fromEntries(years)]];
    }),
  );

/** The scenario with the instrument set to `x` on its grid. */
export const applyInstrument = (
  workbook: SeekWorkbook,
  base: ScenarioChanges,
  instrument: GoalSeekInstrument,
  x: number,
): ScenarioChanges => {
  switch (instrument.kind) {
    case 'skattesats': {
      const years = allYears(workbook.plan).filter((year) => year >= instrument.fromYear);
      const rate = Object.fromEntries(years.map((year) => [String(year), x / 100]));
      return { ...base, inputs: { ...base.inputs, skattesats: { ...base.inputs.skattesats, ...rate } } };
    }
    case 'effektivisering':
      return x === 0
        ? base
        : {
            ...base,
            frameChanges: [...base.frameChanges, efficiencyChange(workbook, instrument.fromYear, x)],
          };
    case 'investeringar':
      return { ...base, inputs: { ...base.inputs, ...scaledInvestments(workbook, base, x) } };
  }
};

/** Where the instrument stands in the scenario as it is: today's rate in öre, no requirement, 0 %. */
export const currentInstrumentValue = (
  workbook: SeekWorkbook,
  base: ScenarioChanges,
  instrument: GoalSeekInstrument,
): number => {
  if (instrument.kind !== 'skattesats') return 0;
  const row = workbook.rows.byId.get('skattesats');
  return row?.kind === 'input' ? Math.round(inputValue(row, base, instrument.fromYear) * 100) : 0;
};

export type GoalSeekRequest = {
  readonly workbook: SeekWorkbook;
  readonly base: ScenarioChanges;
  readonly target: GoalSeekTarget;
  readonly instrument: GoalSeekInstrument;
  readonly evaluate: (changes: ScenarioChanges) => Results;
  readonly bounds?: InstrumentBounds;
};

/**
 * Finds the smallest instrument value that meets the target (the largest where the target falls as the
 * instrument grows, as självfinansiering does with investments): the margin at both ends of the range gives
 * the direction, a doubling step out from today's value brackets the crossing, and bisection on the integer
 * grid narrows it to one step. Every margin seen is checked for monotonicity.
 *
 * @example
 *   seekGoal({ workbook, base: NO_CHANGES, target: { kind: 'balanskrav', years: [2025, 2026, 2027] },
 *     instrument: { kind: 'skattesats', fromYear: 2025 }, evaluate }); // { kind: 'found', value: 1140, … }
 */
export const seekGoal = (request: GoalSeekRequest): GoalSeekAnswer => {
  const { workbook, base, target, instrument, evaluate } = request;
  const { min, max } = request.bounds ?? instrumentBounds(workbook, instrument);
  const seen = new Map<number, number>();
  const margin = (x: number): number => {
    const known = seen.get(x);
    if (known !== undefined) return known;
    const value = targetMargin(workbook, target, evaluate(applyInstrument(workbook, base, instrument, x)));
    seen.set(x, value);
    return value;
  };
  const atMin = margin(min);
  const atMax = margin(max);
  if (Math.abs(atMax - atMin) <= TOLERANCE || (!Number.isFinite(atMin) && !Number.isFinite(atMax)))
    return { kind: 'noEffect', margin: atMin, evaluations: seen.size };
  // Work in u = sign·x, where the margin grows with u, and look for the smallest u that meets the target.
  const sign = atMax > atMin ? 1 : -1;
  const [low, high] = sign === 1 ? [min, max] : [-max, -min];
  const m = (u: number) => margin(sign * u);
  if (m(high) < -TOLERANCE)
    return { kind: 'outOfBounds', best: sign * high, margin: m(high), evaluations: seen.size };
  const start = Math.min(high, Math.max(low, sign * currentInstrumentValue(workbook, base, instrument)));
  const [fail, pass] = bracket(m, start, low, high);
  const u = fail === undefined ? low : bisect(m, fail, pass);
  const x = sign * u;
  return {
    kind: 'found',
    value: x,
    margin: margin(x),
    seeks: sign === 1 ? 'min' : 'max',
    atBound: x === min || x === max,
    monotone: isMonotone(seen, sign),
    changes: applyInstrument(workbook, base, instrument, x),
    evaluations: seen.size,
  };
};

const met = (value: number) => value >= -TOLERANCE;

/** A failing and a passing point around the crossing, stepping 1, 2, 4 … from `start`; no failing point if `low` passes. */
const bracket = (
  m: (u: number) => number,
  start: number,
  low: number,
  high: number,
): [number | undefined, number] => {
  const passesAtStart = met(m(start));
  let near = start;
  for (let step = 1; ; step *= 2) {
    const next = passesAtStart ? Math.max(low, start - step) : Math.min(high, start + step);
    if (met(m(next)) !== passesAtStart) return passesAtStart ? [next, near] : [near, next];
    if (next === (passesAtStart ? low : high)) return passesAtStart ? [undefined, next] : [near, next];
    near = next;
  }
};

const bisect = (m: (u: number) => number, fail: number, pass: number): number => {
  let [a, b] = [fail, pass];
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (met(m(mid))) b = mid;
    else a = mid;
  }
  return b;
};

const isMonotone = (seen: ReadonlyMap<number, number>, sign: number): boolean => {
  const points = [...seen].map(([x, value]) => [sign * x, value] as const).sort((p, q) => p[0] - q[0]);
  return points.every((point, i) => i === 0 || point[1] >= (points[i - 1]?.[1] ?? 0) - 1e-7);
};
