import { modelRows } from '../modelRows';
import { withinShareOfPlan } from '../plausibility';
import type { Plan } from '../planSchema';
import { yearsOf, type ValueSpec } from '../rowSpec';
import { allYears, budgetYears, type Year } from '../years';
import type { RevisionEdit } from './revision';

/**
 * The drivers a forecast revises, in the order a forecast is read: SKR's skatteunderlag, the price index,
 * the population. Decisions (skattesats, investments, frames) are changed in a scenario, not in a forecast.
 */
const FORECAST_DRIVERS = ['skatteunderlagstillvaxt', 'prisindex', 'befolkning'] as const;

/** A statsbidrag or utjämning line's change this large against the plan is asked about before it is taken. */
const LINE_PLAUSIBLE_SHARE = 0.5;
const LINE_BOUND = 1_000_000;

/** One row of the "Ny prognos" form: a driver or a revenue line, with the plan's value in each of its years. */
export type ForecastRow = {
  readonly kind: 'driver' | 'line';
  readonly id: string;
  readonly spec: ValueSpec;
  readonly years: readonly Year[];
  readonly planValue: (year: Year) => number;
};

/** What the "Ny prognos" form holds while a user types: the text per cell and the values they confirmed. */
export type ForecastDraft = {
  readonly name: string;
  readonly date: string;
  readonly texts: Readonly<Record<string, string>>;
  /** A questioned value the user chose to use, for the text the cell holds now. */
  readonly confirmed: Readonly<Record<string, number>>;
};

/** A cell of the form, `driver:befolkning:2026` or `line:kostnadsutjamning:2026`. */
export const forecastCellKey = (row: Pick<ForecastRow, 'kind' | 'id'>, year: Year): string =>
  `${row.kind}:${row.id}:${year}`;

const lineSpec = (label: string, values: Readonly<Record<string, number>>): ValueSpec => ({
  label,
  unit: 'mnkr',
  bounds: { min: -LINE_BOUND, max: LINE_BOUND },
  plausible: withinShareOfPlan(
    (year) => values[String(year)] ?? 0,
    LINE_PLAUSIBLE_SHARE,
    'en ändring av en statsbidrags- eller utjämningsrad med mer än hälften är ovanlig i en ny prognos',
  ),
});

/**
 * What "Ny prognos" lets a user revise in a plan: the forecast drivers it has as inputs, in the years the
 * model has them, and its statsbidrag and utjämning lines (skatt lines follow the skatteunderlag).
 *
 * @example
 *   forecastRows(plan).map((r) => r.id); // ['skatteunderlagstillvaxt', 'prisindex', 'befolkning', 'inkomstutjamning', …]
 */
export const forecastRows = (plan: Plan): readonly ForecastRow[] => {
  const rows = modelRows(plan).byId;
  const drivers = FORECAST_DRIVERS.flatMap((id): ForecastRow[] => {
    const row = rows.get(id);
    if (row?.kind !== 'input') return [];
    const years = yearsOf(row.span, allYears(plan), budgetYears(plan));
    return [{ kind: 'driver', id, spec: row, years, planValue: row.planValue }];
  });
  const lines = (plan.revenue?.lines ?? [])
    .filter((line) => line.group !== 'skatt')
    .map((line): ForecastRow => {
      const years = allYears(plan).filter((year) => line.values[String(year)] !== undefined);
      return {
        kind: 'line',
        id: line.id,
        spec: lineSpec(line.label, line.values),
        years,
        planValue: (year) => line.values[String(year)] ?? 0,
      };
    });
  return [...drivers, ...lines];
};

/**
 * The revision's edit from the form's values (cell key → value): only values that differ from the plan's.
 *
 * @example
 *   editOfForecast(rows, new Map([['driver:skatteunderlagstillvaxt:2025', 3.7]]));
 *   // { drivers: { skatteunderlagstillvaxt: { '2025': 3.7 } }, lines: {} }
 */
export const editOfForecast = (
  rows: readonly ForecastRow[],
  values: ReadonlyMap<string, number>,
): RevisionEdit => {
  const drivers: Record<string, Record<string, number>> = {};
  const lines: Record<string, Record<string, number>> = {};
  for (const row of rows)
    for (const year of row.years) {
      const value = values.get(forecastCellKey(row, year));
      if (value === undefined || value === row.planValue(year)) continue;
      ((row.kind === 'driver' ? drivers : lines)[row.id] ??= {})[String(year)] = value;
    }
  return { drivers, lines };
};

/**
 * The form's values read from another plan (a filled-in plan template): each cell where that plan's value
 * differs, so the user sees every change before a version is made. Rows or years the other plan lacks stay.
 *
 * @example
 *   forecastFromPlan(rows, templatePlan); // Map { 'driver:skatteunderlagstillvaxt:2025' => 3.7 }
 */
export const forecastFromPlan = (rows: readonly ForecastRow[], other: Plan): Map<string, number> => {
  const theirs = new Map(forecastRows(other).map((row) => [`${row.kind}:${row.id}`, row]));
  const values = new Map<string, number>();
  for (const row of rows) {
    const match = theirs.get(`${row.kind}:${row.id}`);
    if (!match) continue;
    for (const year of row.years) {
      if (!match.years.includes(year)) continue;
      const value = match.planValue(year);
      if (value !== row.planValue(year)) values.set(forecastCellKey(row, year), value);
    }
  }
  return values;
};
