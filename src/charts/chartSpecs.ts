import { formatNumber, formatPercent } from '../format/formatNumber';
import type { Results } from '../model/results';

export type ChartId = 'resultat' | 'soliditet' | 'sjalvfinansiering';

export type ChartSeriesInput = {
  readonly name: string;
  readonly results: Results;
  readonly role: 'plan' | 'scenario' | 'compare';
};

export type ChartUnit = 'mnkr' | 'procent';

/** A per-year reference drawn as its own series, e.g. the 1 % result requirement (varies with the tax base). */
export type ReferenceSpec = { readonly rowId: string; readonly name: string };

/** A constant goal drawn as a horizontal line; the value is read from the plan's goal row, not hard-coded. */
export type GoalLineSpec = { readonly rowId: string; readonly label: (value: number) => string };

const percentGoal = (value: number) => `Mål ${formatPercent(value, Number.isInteger(value) ? 0 : 1)}`;

/** One coordinate grid of a chart: one row of the model, one line per series. */
export type PanelSpec = {
  readonly title: string;
  readonly rowId: string;
  readonly reference?: ReferenceSpec;
  readonly goalLine?: GoalLineSpec;
  /** A row with one value for the whole plan period, drawn as a flat line per series across the years. */
  readonly periodRowId?: string;
};

export type ChartSpec = {
  readonly title: string;
  readonly unit: ChartUnit;
  readonly panels: readonly PanelSpec[];
  /** Panels share one y scale so that their levels can be compared by eye. */
  readonly sharedScale: boolean;
};

const KRAV: ReferenceSpec = { rowId: 'resultatkrav', name: 'Krav 1 %' };

/** The three charts of issue 3 §5, by the model's row ids (src/model/rows). */
export const CHART_SPECS: Readonly<Record<ChartId, ChartSpec>> = {
  resultat: {
    title: 'Årets resultat och balanskravsresultat, mnkr',
    unit: 'mnkr',
    sharedScale: true,
    panels: [
      { title: 'Årets resultat', rowId: 'arets_resultat', reference: KRAV },
      {
        title: 'Balanskravsresultat',
        rowId: 'balanskravsresultat',
        reference: KRAV,
        goalLine: { rowId: 'mal_balanskrav_min', label: (value) => `Balanskrav ≥ ${formatNumber(value, 0)}` },
      },
    ],
  },
  soliditet: {
    title: 'Soliditet, %',
    unit: 'procent',
    sharedScale: false,
    panels: [
      {
        title: 'Fullfondering (målet)',
        rowId: 'soliditet_fullfondering',
        goalLine: { rowId: 'mal_soliditet_min', label: percentGoal },
      },
      { title: 'Blandmodell', rowId: 'soliditet_blandmodell' },
    ],
  },
  sjalvfinansiering: {
    title: 'Självfinansieringsgrad, %',
    unit: 'procent',
    sharedScale: false,
    panels: [
      {
        title: 'Per år och för planperioden (målet)',
        rowId: 'sjalvfinansieringsgrad',
        goalLine: { rowId: 'mal_sjalvfinansiering_min', label: percentGoal },
        periodRowId: 'sjalvfinansieringsgrad_planperiod',
      },
    ],
  },
};

export const CHART_LABELS: Readonly<Record<ChartId, string>> = {
  resultat: 'Resultat',
  soliditet: 'Soliditet',
  sjalvfinansiering: 'Självfinansiering',
};

export const CHART_IDS: readonly ChartId[] = ['resultat', 'soliditet', 'sjalvfinansiering'];
