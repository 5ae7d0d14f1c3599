import type { Random } from './random';
import type { PlanShape } from './shape';
import { cellsFor, fillSums, isSumWithParts, leavesOf, type GenRow } from './tree';

/** The plan's years: published history columns, the budget years and the kalkyl years. */
export type GenYears = {
  readonly base: number;
  readonly history: readonly number[];
  readonly budget: readonly number[];
  readonly kalkyl: readonly number[];
  readonly modelled: readonly number[];
  readonly columns: readonly number[];
};

/** What the balance and cash flow take from the resultatbudget, per column year, in units. */
export type RbFigures = {
  /** Skatt, statsbidrag och utjämning: the plan's size. */
  readonly revenue: (year: number) => number;
  readonly skatt: (year: number) => number;
  readonly statsbidrag: (year: number) => number;
  readonly result: (year: number) => number;
  readonly depreciation: (year: number) => number;
  /** The pension portfolio's unrealised return inside finansiella intäkter (0 without a portfolio). */
  readonly unrealised: (year: number) => number;
  readonly reserve: (year: number) => number;
};

export type GeneratedRb = {
  readonly rows: GenRow[];
  readonly figures: RbFigures;
  /** The printed lines årets resultat and balanskravsresultat are made of. */
  readonly aretsResultat: readonly string[];
  readonly balanskravsresultat: readonly string[];
  readonly resultatkravPercent: number | undefined;
};

const CUSTOM_LABELS = [
  'Jämförelsestörande poster',
  'Verksamhetens intäkter',
  'Exploateringsvinster',
  'Övrigt',
];
const VARAV_LABELS = ['varav jämförelsestörande post', 'varav bidrag', 'varav jämförelsestörande post'];
const OWN_LABELS: Readonly<Record<string, string>> = {
  verksamhetens_nettokostnad: 'Verksamhetens nettokostnader',
  resultat_efter_finansiella_poster: 'Resultat före extraordinära poster',
  arets_resultat: 'ÅRETS RESULTAT',
  balanskravsresultat: 'Årets balanskravsresultat',
  orealiserade_vinster_vardepapper: 'Avkastning pensionsportfölj (orealiserad)',
};

type Line = (year: number) => number;

/** The per-year figures before printing: revenue grows, the result is a small share of it. */
const figuresOf = (shape: PlanShape, r: Random, years: GenYears, size: number) => {
  const growth = r.between(0, 0.06);
  const skattShare = r.between(0.6, 0.85);
  const at = (year: number) => years.columns.indexOf(year);
  const perYear = (min: number, max: number): Line => {
    const values = years.columns.map(() => r.between(min, max));
    return (year) => values[at(year)] ?? 0;
  };
  const revenue: Line = (year) => Math.round(size * (1 + growth) ** at(year));
  const share =
    (line: Line, positive = false): Line =>
    (year) =>
      Math.max(positive ? 1 : -Infinity, Math.round(revenue(year) * line(year)));
  return {
    revenue,
    skatt: (year: number) => Math.round(revenue(year) * skattShare),
    depreciation: share(perYear(0.01, 0.05), true),
    unrealised: shape.drivers.pension ? share(perYear(0.005, 0.02), true) : () => 0,
    finansiella: share(perYear(0, 0.02)),
    finansiellaKostnader: share(perYear(-0.015, 0)),
    kurs: share(perYear(-0.01, 0.01)),
    extraIntakter: share(perYear(0, 0.004)),
    extraKostnader: share(perYear(-0.004, 0)),
    target: share(perYear(-0.03, 0.05)),
    intakter: share(perYear(0.05, 0.3)),
    custom: share(perYear(-0.01, 0.01)),
    small: share(perYear(-0.005, 0.005)),
    positiveSmall: share(perYear(0, 0.005)),
  };
};

/** The resultatbudget rows: the operating block, skatt and statsbidrag, the finansnetto, the result. */
const resultRows = (shape: PlanShape, years: GenYears, f: ReturnType<typeof figuresOf>) => {
  const rb = shape.rb;
  const all = years.columns;
  const pension = shape.drivers.pension;
  const finIntakter = rb.finIntakter || pension;
  const avskrivningar = rb.operating !== 'netOnly' && !rb.noAvskrivningar;
  const statsbidrag: Line = (y) => f.revenue(y) - f.skatt(y);
  const printedOther: Line = (y) =>
    f.skatt(y) +
    statsbidrag(y) +
    (finIntakter ? f.finansiella(y) + f.unrealised(y) : 0) +
    (rb.finKostnader ? f.finansiellaKostnader(y) : 0) +
    (rb.kurs ? f.kurs(y) : 0) +
    (rb.extra === 'none' ? 0 : f.extraIntakter(y) + f.extraKostnader(y));
  // The net before avskrivningar that gives the year's target result; without a printed avskrivningar
  // line, depreciation is inside the costs.
  const netBefore: Line = (y) => f.target(y) - printedOther(y) + f.depreciation(y);
  const net: Line = (y) => netBefore(y) - (avskrivningar ? 0 : f.depreciation(y));
  const row = (id: string, value: Line | null, extra: Partial<GenRow> = {}): GenRow => ({
    id,
    cells: value ? cellsFor(all, value) : {},
    ...extra,
  });
  const rows: GenRow[] = [];
  if (rb.operating === 'parts') {
    rows.push(
      row('verksamhetens_intakter', f.intakter),
      row('verksamhetens_kostnader', (y) => net(y) - f.intakter(y)),
    );
    if (rb.vnkfaSum) rows.push(row('verksamhetens_nettokostnad_fore_avskrivningar', null));
  } else if (rb.operating === 'netBefore')
    rows.push(row('verksamhetens_nettokostnad_fore_avskrivningar', net));
  if (avskrivningar) rows.push(row('avskrivningar', (y) => -f.depreciation(y)));
  if (rb.operating === 'netOnly') rows.push(row('verksamhetens_nettokostnad', net));
  else if (!rb.noVnk) rows.push(row('verksamhetens_nettokostnad', null));
  rows.push(row('skatteintakter', f.skatt), row('generella_statsbidrag', statsbidrag));
  if (rb.vr) rows.push(row('verksamhetens_resultat', null));
  if (finIntakter) rows.push(row('finansiella_intakter', (y) => f.finansiella(y) + f.unrealised(y)));
  if (rb.finKostnader) rows.push(row('finansiella_kostnader', f.finansiellaKostnader));
  if (rb.refp) rows.push(row('resultat_efter_finansiella_poster', null));
  if (rb.kurs) rows.push(row('orealiserade_kursforandringar', f.kurs));
  if (rb.extra === 'parts' || rb.extra === 'partsWithSum')
    rows.push(
      row('extraordinara_intakter', f.extraIntakter),
      row('extraordinara_kostnader', f.extraKostnader),
    );
  if (rb.extra === 'partsWithSum') rows.push(row('extraordinara_poster', null));
  if (rb.extra === 'sumOnly')
    rows.push(row('extraordinara_poster', (y) => f.extraIntakter(y) + f.extraKostnader(y)));
  rows.push(row('arets_resultat', null));
  return { rows, statsbidrag, row };
};

/** The balanskravsutredning: adjustments, reserves and the balanskravsresultat, when the plan prints one. */
const balanskravRows = (
  shape: PlanShape,
  r: Random,
  years: GenYears,
  f: ReturnType<typeof figuresOf>,
  row: (id: string, value: Line | null, extra?: Partial<GenRow>) => GenRow,
): GenRow[] => {
  const rb = shape.rb;
  const pension = shape.drivers.pension;
  if (!(rb.balanskrav || pension)) return [];
  const historyOnly = rb.historyOnly && years.history.length > 0 ? 'aterforing_orealiserade_forluster' : '';
  const has = (id: string, flag: boolean) => flag || id === historyOnly;
  const adjustments = new Set(rb.adjustments);
  const rows: GenRow[] = [];
  const history = (id: string): Partial<GenRow> =>
    id === historyOnly ? { cells: cellsFor(years.history, f.positiveSmall) } : {};
  if (adjustments.has('realisationsvinster'))
    rows.push(row('realisationsvinster', (y) => -Math.abs(f.small(y))));
  if (rb.orealiserade || pension)
    rows.push(
      row('orealiserade_vinster_vardepapper', pension ? (y) => -f.unrealised(y) : f.small, {
        ...(pension && r.chance(0.5) ? { label: OWN_LABELS.orealiserade_vinster_vardepapper } : {}),
      }),
    );
  const aterforing = 'aterforing_orealiserade_forluster';
  if (has(aterforing, adjustments.has('aterforing')))
    rows.push(row(aterforing, f.positiveSmall, history(aterforing)));
  if (rb.rebj) rows.push(row('resultat_efter_balanskravsjusteringar', null));
  // The reserve moves are drawn for the history columns only: a budget year's reservation or use is what
  // kommunallagen 11 kap. allows, which the workbook computes (tests/model/balanskravChain.property.test.ts
  // plans them at random through a scenario and checks the cuts against the pure ledger).
  const historyYears = new Set(years.history);
  const historyOnlyMove =
    (value: Line): Line =>
    (y) =>
      historyYears.has(y) ? value(y) : 0;
  if (adjustments.has('reservation'))
    rows.push(
      row(
        'reservation_resultatreserv',
        historyOnlyMove((y) => -Math.abs(f.small(y))),
      ),
    );
  if (adjustments.has('anvandning'))
    rows.push(
      row(
        r.chance(0.5) ? 'anvandning_resultatreserv' : 'anvandning_resultatutjamningsreserv',
        historyOnlyMove(f.positiveSmall),
      ),
    );
  // Some plans print the adjustments and reserves but no balanskravsresultat line.
  if (!rb.noBalanskravSum) rows.push(row('balanskravsresultat', null));
  return rows;
};

/** A plan's own line in one of the printed sums, and a varav row under a printed row. */
const ownRows = (shape: PlanShape, r: Random, years: GenYears, rows: GenRow[], custom: Line): void => {
  if (shape.rb.customLine) {
    const sums = rows.filter((row) => isSumWithParts(rows, row.id));
    const into = r.pick(sums);
    rows.splice(rows.indexOf(into), 0, {
      id: 'jamforelsestorande_poster',
      label: r.pick(CUSTOM_LABELS),
      kind: 'line',
      in: into.id,
      cells: cellsFor(years.columns, custom),
    });
  }
  if (shape.rb.varav) {
    const first = String(years.modelled[0]);
    const parents = rows.filter((row) => row.cells[first] !== undefined || isSumWithParts(rows, row.id));
    for (const parent of [r.pick(parents), r.pick(parents)]) {
      const id = `varav_${parent.id}`.slice(0, 60);
      if (rows.some((row) => row.id === id)) continue;
      const shown = years.columns.filter((_, i) => i === 0 || r.chance(0.7));
      rows.splice(rows.indexOf(parent) + 1, 0, {
        id,
        label: r.pick(VARAV_LABELS),
        kind: 'varav',
        of: [parent.id],
        cells: cellsFor(shown, () => r.int(0, 50)),
      });
    }
  }
};

/**
 * A resultatbudget printing a random consistent subset of the catalogue's rows, its figures adding up
 * exactly: lines are drawn, every printed sum is the sum of its lines.
 */
export const generateResultatbudget = (
  shape: PlanShape,
  r: Random,
  years: GenYears,
  size: number,
): GeneratedRb => {
  const f = figuresOf(shape, r, years, size);
  const { rows, statsbidrag, row } = resultRows(shape, years, f);
  rows.push(...balanskravRows(shape, r, years, f, row));
  ownRows(shape, r, years, rows, f.custom);
  const labelled = rows.map((row) => {
    const label = OWN_LABELS[row.id];
    return label && !row.label && r.chance(0.3) ? { ...row, label } : row;
  });
  rows.splice(0, rows.length, ...labelled);
  const percent = shape.rb.resultatkrav === 'none' ? undefined : r.pick([0.5, 1, 2, 2.5]);
  fillSums(rows);
  const byId = (id: string) => rows.find((candidate) => candidate.id === id);
  const value = (id: string, year: number) => byId(id)?.cells[String(year)] ?? 0;
  const aretsResultat = leavesOf(rows, 'arets_resultat');
  // The balanskravsresultat as the law has it: the printed balanskravsutredning's lines (a printed
  // "resultat efter balanskravsjusteringar" has made its adjustments already), or without one, årets
  // resultat less its orealiserade kursförändringar.
  const balanskravLines = leavesOf(rows, 'balanskravsresultat');
  const printsUtredning = ['balanskravsresultat', 'resultat_efter_balanskravsjusteringar'].some(
    (id) => byId(id) !== undefined,
  );
  const balanskravsresultat =
    printsUtredning || balanskravLines.some((id) => !aretsResultat.includes(id))
      ? balanskravLines
      : aretsResultat.filter((id) => id !== 'orealiserade_kursforandringar');
  if (percent !== undefined && shape.rb.resultatkrav === 'rows') {
    const krav = (y: number) => Math.round((percent / 100) * f.revenue(y));
    const bkr = (y: number) => balanskravsresultat.reduce((sum, id) => sum + value(id, y), 0);
    rows.push(
      { id: 'resultatkrav', label: `Resultatkrav ${percent} %`, cells: cellsFor(years.modelled, krav) },
      { id: 'behov_av_atgarder', cells: cellsFor(years.modelled, (y) => krav(y) - bkr(y)) },
    );
  }
  return {
    rows,
    figures: {
      revenue: f.revenue,
      skatt: f.skatt,
      statsbidrag,
      result: (y) => value('arets_resultat', y),
      depreciation: f.depreciation,
      unrealised: f.unrealised,
      reserve: (y) =>
        value('reservation_resultatreserv', y) +
        value('anvandning_resultatreserv', y) +
        value('anvandning_resultatutjamningsreserv', y),
    },
    aretsResultat,
    balanskravsresultat,
    resultatkravPercent: percent,
  };
};
