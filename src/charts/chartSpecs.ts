import { formatNumber, formatPercent } from '../format/formatNumber';
import { goalDefinitions, goalRowIds, type GoalDefinition } from '../model/goals';
import type { Goal, Plan } from '../model/planSchema';
import type { Results } from '../model/results';
import type { RowId } from '../model/rowId';

/** `resultat`, or `mal-<goal id>` for the chart of one of the plan's goals. */
export type ChartId = string;

export type ChartSeriesInput = {
  readonly name: string;
  readonly results: Results;
  readonly role: 'plan' | 'scenario' | 'compare';
};

export type ChartUnit = 'mnkr' | 'procent';

/** A per-year reference drawn as its own series, e.g. the 1 % result requirement (varies with the tax base). */
export type ReferenceSpec = { readonly rowId: RowId; readonly name: string };

/** A constant goal drawn as a horizontal line; the value is read from the plan's goal row, not hard-coded. */
export type GoalLineSpec = { readonly rowId: RowId; readonly label: (value: number) => string };

const percentGoal = (value: number) => `Mål ${formatPercent(value, Number.isInteger(value) ? 0 : 1)}`;

/** One coordinate grid of a chart: one row of the model, one line per series. */
export type PanelSpec = {
  readonly title: string;
  readonly rowId: RowId;
  readonly reference?: ReferenceSpec;
  readonly goalLine?: GoalLineSpec;
  /** A row with one value for the whole plan period, drawn as a flat line per series across the years. */
  readonly periodRowId?: RowId;
};

export type ChartSpec = {
  readonly id: ChartId;
  /** The chart's button: "Resultat", "Soliditet". */
  readonly label: string;
  readonly title: string;
  readonly unit: ChartUnit;
  readonly panels: readonly PanelSpec[];
  /** Panels share one y scale so that their levels can be compared by eye. */
  readonly sharedScale: boolean;
};

const LABELS: Readonly<Record<Exclude<Goal['kind'], 'balanskrav'>, string>> = {
  resultatandel: 'Resultatmål',
  soliditet: 'Soliditet',
  sjalvfinansieringsgrad: 'Självfinansiering',
  skuldandel: 'Skulder',
};

/** A chart of one goal: its figure per year (and over its period), with the limit drawn from the plan. */
const goalChart = (plan: Plan, goal: GoalDefinition): ChartSpec => {
  const ids = goalRowIds(goal.id);
  const stated = plan.goals.find((g) => g.id === goal.id);
  const limit =
    stated && 'max' in stated && stated.max !== undefined && stated.kind === 'skuldandel' ? ids.max : ids.min;
  const panel: PanelSpec = {
    title: goal.period ? 'Per år och för perioden (målet)' : `${goal.label} (målet)`,
    rowId: goal.period ? ids.perYear : ids.value,
    goalLine: { rowId: limit, label: percentGoal },
    ...(goal.period ? { periodRowId: ids.value } : {}),
  };
  const other: PanelSpec[] =
    goal.kind === 'soliditet' && stated?.kind === 'soliditet' && stated.model === 'fullfondering'
      ? [{ title: 'Blandmodell', rowId: 'soliditet_blandmodell' }]
      : [];
  return {
    id: `mal-${goal.id}`,
    label: goal.kind === 'balanskrav' ? 'Balanskrav' : LABELS[goal.kind],
    title: `${goal.label}, %`,
    unit: 'procent',
    sharedScale: false,
    panels: [panel, ...other],
  };
};

const memo = new WeakMap<Plan, readonly ChartSpec[]>();

/**
 * The charts of a plan, by the model's row ids: årets resultat and balanskravsresultat (with the plan's
 * resultatkrav, if it has one), then one chart per goal the plan has figures for. Every limit drawn is read
 * from the plan's goal rows, never written here.
 */
export const chartSpecsFor = (plan: Plan): readonly ChartSpec[] => {
  const known = memo.get(plan);
  if (known) return known;
  const krav: ReferenceSpec | undefined = plan.resultatkrav
    ? { rowId: 'resultatkrav', name: `Krav ${String(plan.resultatkrav.percent).replace('.', ',')} %` }
    : undefined;
  const goals = goalDefinitions(plan).filter((goal) => !goal.missing);
  const balanskrav = goals.find((goal) => goal.kind === 'balanskrav');
  const resultat: ChartSpec = {
    id: 'resultat',
    label: 'Resultat',
    title: 'Årets resultat och balanskravsresultat, mnkr',
    unit: 'mnkr',
    sharedScale: true,
    panels: [
      { title: 'Årets resultat', rowId: 'arets_resultat', ...(krav ? { reference: krav } : {}) },
      {
        title: 'Balanskravsresultat',
        rowId: 'balanskravsresultat',
        ...(krav ? { reference: krav } : {}),
        ...(balanskrav
          ? {
              goalLine: {
                rowId: goalRowIds(balanskrav.id).min,
                label: (value: number) => `Balanskrav ≥ ${formatNumber(value, 0)}`,
              },
            }
          : {}),
      },
    ],
  };
  const specs = [
    resultat,
    ...goals.filter((goal) => goal.kind !== 'balanskrav').map((goal) => goalChart(plan, goal)),
  ];
  memo.set(plan, specs);
  return specs;
};
