import type * as v from 'valibot';
import type { planSchema } from '../../src/model/planSchema';
import type { LedgerYear } from './ledger';
import type { Random } from './random';
import type { GenYears, RbFigures } from './resultatbudget';
import type { PlanShape } from './shape';
import { cellsFor } from './tree';

export type PlanJson = v.InferOutput<typeof planSchema>;
type Drivers = PlanJson['drivers'];
type Revenue = NonNullable<PlanJson['revenue']>;

export const SOURCE = { kind: 'document', document: 'plan', section: 'Budgetförutsättningar' } as const;
const ENTERED = { kind: 'entered', note: 'Inmatat från planens bilaga' } as const;
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

const NAMNDER = {
  kommun: ['Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Socialnämnden', 'Kultur- och fritidsnämnden'],
  region: [
    'Regionstyrelsen',
    'Hälso- och sjukvårdsnämnden',
    'Regionala utvecklingsnämnden',
    'Patientnämnden',
  ],
} as const;

/** The skatt and statsbidrag notes behind the two resultatbudget rows, each line with a behaviour. */
const revenueOf = (
  shape: PlanShape,
  r: Random,
  years: GenYears,
  rb: RbFigures,
  mnkr: (u: number) => number,
) => {
  if (shape.drivers.revenue === 'none') return undefined;
  const detailed = shape.drivers.revenue === 'all' ? years.columns : [...years.history, ...years.budget];
  const lines: Revenue['lines'] = [];
  const group = (
    name: 'skatt' | 'statsbidrag',
    total: (year: number) => number,
    main: { id: string; label: string; behaviour: 'skatt' | 'inkomstutjamning' | 'befolkning' },
    others: readonly {
      id: string;
      label: string;
      behaviours: readonly ('skatt' | 'inkomstutjamning' | 'befolkning' | 'fast')[];
    }[],
  ) => {
    const chosen = others.filter(() => r.chance(0.5));
    const values = chosen.map(() => {
      const shown = r.chance(0.3) ? detailed.slice(0, 1) : detailed;
      return cellsFor(shown, (year) => Math.round(total(year) * r.between(-0.05, 0.05)));
    });
    lines.push({
      id: main.id,
      label: main.label,
      group: name,
      behaviour: main.behaviour,
      values: cellsFor(detailed, (year) =>
        mnkr(total(year) - values.reduce((sum, cells) => sum + (cells[String(year)] ?? 0), 0)),
      ),
    });
    chosen.forEach((line, i) =>
      lines.push({
        id: line.id,
        label: line.label,
        group: name,
        behaviour: r.pick(line.behaviours),
        values: Object.fromEntries(Object.entries(values[i] ?? {}).map(([year, u]) => [year, mnkr(u)])),
      }),
    );
  };
  const kommun = shape.kind === 'kommun';
  group(
    'skatt',
    rb.skatt,
    { id: kommun ? 'kommunalskatt' : 'regionskatt', label: 'Skatteintäkter', behaviour: 'skatt' },
    [
      { id: 'slutavrakning_aret_innan', label: 'Slutavräkning året innan', behaviours: ['fast'] },
      { id: 'slutavrakning_gallande_ar', label: 'Slutavräkning gällande år', behaviours: ['fast'] },
    ],
  );
  group(
    'statsbidrag',
    rb.statsbidrag,
    {
      id: 'inkomstutjamning',
      label: 'Inkomstutjämning',
      behaviour: r.pick(['inkomstutjamning', 'befolkning'] as const),
    },
    [
      { id: 'kostnadsutjamning', label: 'Kostnadsutjämning', behaviours: ['befolkning', 'fast'] },
      { id: 'regleringsbidrag', label: 'Regleringsbidrag/avgift', behaviours: ['befolkning', 'fast'] },
      ...(kommun
        ? [
            { id: 'lss_utjamning', label: 'LSS-utjämning', behaviours: ['befolkning', 'fast'] as const },
            { id: 'fastighetsavgift', label: 'Kommunal fastighetsavgift', behaviours: ['fast'] as const },
          ]
        : [
            {
              id: 'lakemedelsbidrag',
              label: 'Läkemedelsbidrag',
              behaviours: ['fast', 'befolkning'] as const,
            },
          ]),
      {
        id: 'ovriga_statsbidrag',
        label: 'Övriga generella statsbidrag',
        behaviours: ['fast', 'inkomstutjamning'],
      },
    ],
  );
  return { source: SOURCE, lines };
};

const namnderOf = (
  shape: PlanShape,
  r: Random,
  years: GenYears,
  rb: RbFigures,
  mnkr: (u: number) => number,
) => {
  const first = years.budget[0] ?? 0;
  const names = NAMNDER[shape.kind].filter((_, i) => i === 0 || r.chance(0.5));
  const list = names.map((name) => {
    let anslag = -Math.round(rb.revenue(first) * r.between(0.05, 0.6));
    const ram: Record<string, number> = {};
    const pris: Record<string, number> = {};
    const anslagAretInnan: Record<string, number> = {};
    for (const year of years.budget) {
      const uprating = Math.round(anslag * r.between(0, 0.04));
      anslagAretInnan[String(year)] = mnkr(anslag);
      pris[String(year)] = mnkr(uprating);
      anslag += uprating;
      ram[String(year)] = mnkr(anslag);
    }
    return { name, anslagAretInnan, prisupprakning: pris, ram };
  });
  return { source: SOURCE, list };
};

/** Skattesats, befolkning, the price index and the other drivers the shape asks for. */
export const generateDrivers = (
  shape: PlanShape,
  r: Random,
  years: GenYears,
  rb: RbFigures,
  ledger: readonly LedgerYear[],
  mnkr: (u: number) => number,
): Pick<PlanJson, 'drivers' | 'revenue' | 'namnder'> => {
  const d = shape.drivers;
  const modelled = years.modelled;
  const withBase = r.chance(0.5) ? [years.base, ...modelled] : modelled;
  const rate = shape.kind === 'kommun' ? r.between(17, 24) : r.between(10, 12.5);
  const inBudget = (value: (e: LedgerYear) => number) =>
    Object.fromEntries(
      ledger.filter((e) => years.budget.includes(e.year)).map((e) => [String(e.year), mnkr(value(e))]),
    );
  const population = shape.kind === 'kommun' ? r.int(2_500, 900_000) : r.int(60_000, 2_400_000);
  const befolkning = cellsFor(withBase, (year) => Math.round(population * (1 + 0.01 * (year - years.base))));
  const drivers: Drivers = {
    skattesats: {
      values: cellsFor(withBase, (year) => round(rate + (r.chance(0.2) ? 0.1 * (year - years.base) : 0), 2)),
      source: r.chance(0.3) ? ENTERED : SOURCE,
    },
    ...(d.befolkning && {
      befolkning: {
        values: befolkning,
        source: SOURCE,
        date: '1 november året innan',
        ...(d.alternatives && {
          alternatives: [{ id: 'scb_prognos', label: 'SCB:s prognos', values: befolkning, source: SOURCE }],
        }),
      },
    }),
    ...(d.befolkning &&
      d.effekt && {
        effektPer100Invanare: {
          value: round((mnkr(rb.revenue(years.base + 1)) / population) * 100, 1),
          source: SOURCE,
        },
      }),
    ...(d.tillvaxt !== 'none' && {
      skatteunderlagstillvaxt: {
        source: SOURCE,
        ...(d.tillvaxt === 'values' && { values: cellsFor(modelled, () => round(r.between(1, 6), 1)) }),
      },
    }),
    ...(d.prisindex !== 'none' && {
      prisindex: {
        name: shape.kind === 'region' ? 'LPIK' : 'Pris- och lönekompensation',
        label: 'Uppräkning av ramarna',
        source: SOURCE,
        ...(d.prisindex === 'values' && { values: cellsFor(modelled, () => round(r.between(0, 5), 1)) }),
      },
    }),
    ...(d.investments === 'explicit' && {
      investeringar: {
        source: SOURCE,
        materiella: inBudget((e) => e.flows.materiella),
        ...(d.immateriella && { immateriella: inBudget((e) => e.flows.immateriella) }),
        ...(d.finansiella && { finansiella: inBudget((e) => e.flows.finansiella) }),
      },
    }),
    ...(d.avskrivningstid && { avskrivningstid: { value: r.int(5, 50), source: SOURCE } }),
    ...(d.pension && { pensionsportfolj: { expectedReturn: round(r.between(2, 7), 1), source: SOURCE } }),
    ...(d.ansvarsDriver && { ansvarsforbindelse: { values: inBudget((e) => e.ansvar), source: SOURCE } }),
  };
  const revenue = revenueOf(shape, r, years, rb, mnkr);
  return {
    drivers,
    ...(revenue && { revenue }),
    ...(d.namnder && { namnder: namnderOf(shape, r, years, rb, mnkr) }),
  };
};
