import { modelRows } from '../modelRows';
import type { Plan, Source } from '../planSchema';
import { yearsOf } from '../rowSpec';
import { allYears, budgetYears } from '../years';

type YearTable = Readonly<Record<string, Readonly<Record<string, number>>>>;
type Drivers = Plan['drivers'];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Drivers that hold one value for the whole plan: a revision must give it the same in every year. */
const SCALARS = {
  intakt_per_100_invanare: 'effektPer100Invanare',
  avskrivningstid: 'avskrivningstid',
  pensionsavkastning: 'pensionsportfolj',
} as const;

type Sourced = {
  values?: Record<string, number> | undefined;
  source: Source;
  yearSources?: Record<string, Source> | undefined;
};

/** A per-year driver's values with the revision's as "inmatat" years (the plan's values stay where unchanged). */
const withYears = (driver: Sourced | undefined, values: Readonly<Record<string, number>>, note: string) => {
  if (!driver?.values) return;
  for (const [year, value] of Object.entries(values)) {
    if (driver.values[year] === value) continue;
    driver.values[year] = value;
    driver.yearSources = { ...driver.yearSources, [year]: { kind: 'entered', note } };
  }
};

/**
 * The plan's `drivers` with a revision's new values written where the plan keeps them: skattesats,
 * befolkning, skatteunderlagstillväxt and the price index (when the plan publishes values), investments,
 * ansvarsförbindelse and the one-value drivers. Levels (`…_grund`) and drivers the plan publishes no values
 * for live in the printed figures the revision moves. A one-value driver given different values per year
 * cannot be a plan's and is refused.
 */
export const materialiseDrivers = (
  plan: Plan,
  edit: YearTable,
  note: string,
): { readonly ok: true; readonly drivers: Drivers } | { readonly ok: false; readonly problems: string[] } => {
  const drivers = JSON.parse(JSON.stringify(plan.drivers)) as Mutable<Drivers>;
  const rows = modelRows(plan);
  const problems: string[] = [];
  const entered: Source = { kind: 'entered', note };
  for (const [id, values] of Object.entries(edit)) {
    if (id in SCALARS) {
      const row = rows.byId.get(id);
      const years = row ? yearsOf(row.span, allYears(plan), budgetYears(plan)) : [];
      const distinct = new Set(years.map((year) => values[String(year)]));
      const [value] = [...distinct];
      if (distinct.size !== 1 || value === undefined) {
        problems.push(
          `${row?.label ?? id}: planen har ett värde för alla år; ange samma värde för ${years.join(', ')}.`,
        );
        continue;
      }
      const field = SCALARS[id as keyof typeof SCALARS];
      if (field === 'pensionsportfolj') drivers.pensionsportfolj = { expectedReturn: value, source: entered };
      else drivers[field] = { value, source: entered };
      continue;
    }
    if (id === 'skattesats') withYears(drivers.skattesats, values, note);
    else if (id === 'befolkning') withYears(drivers.befolkning, values, note);
    else if (id === 'skatteunderlagstillvaxt') withYears(drivers.skatteunderlagstillvaxt, values, note);
    else if (id === 'prisindex') withYears(drivers.prisindex, values, note);
    else if (id === 'ansvarsforbindelse') withYears(drivers.ansvarsforbindelse, values, note);
    else if (id.startsWith('investeringar_') && drivers.investeringar) {
      const kind = id.slice('investeringar_'.length) as 'materiella' | 'immateriella' | 'finansiella';
      const own = drivers.investeringar[kind];
      if (own) drivers.investeringar = { ...drivers.investeringar, [kind]: { ...own, ...values } };
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, drivers };
};
