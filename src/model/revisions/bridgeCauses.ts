import { goalDefinitions } from '../goals';
import { modelRows } from '../modelRows';
import type { Plan } from '../planSchema';
import { planStatements } from '../planStatements';
import { levelId } from '../rows/levelInputRows';
import { yearsOf, type InputRow } from '../rowSpec';
import type { ScenarioChanges } from '../scenarioChanges';
import { allYears, budgetYears, type Year } from '../years';

type YearTable = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * One cause of the difference between two plan versions, as inputs on the old plan: a driver (its new plan
 * values) or a line of the resultatbudget (its level moved by what the drivers do not explain: a new
 * utjämning forecast, new costs). Switched on, the cause's inputs are set; off, the old plan's values stand.
 */
export type BridgeCause = {
  readonly key: string;
  readonly kind: 'driver' | 'line';
  readonly id: string;
  readonly label: string;
  readonly inputs: YearTable;
};

/** A figure the bridge explains: a row in a year, with how it is shown. */
export type BridgeFigure = {
  readonly rowId: string;
  readonly year: Year;
  readonly label: string;
  readonly unit: 'mnkr' | 'procent';
  readonly decimals: number;
};

/** The modelled years both versions have: only there does the old plan have a figure to start from. */
export const commonYears = (oldPlan: Plan, newPlan: Plan): readonly Year[] =>
  allYears(newPlan).filter((year) => allYears(oldPlan).includes(year));

const isLevel = (id: string) => id.endsWith('_grund');

const inputYears = (plan: Plan, row: InputRow) => yearsOf(row.span, allYears(plan), budgetYears(plan));

/**
 * The drivers whose plan values differ between the versions, each as the new values on the old plan's
 * inputs, in the years both have. Levels are lines, not drivers ({@link lineCauses}); a derived effect per
 * 100 inhabitants follows the lines and is no cause of its own.
 */
export const driverCauses = (oldPlan: Plan, newPlan: Plan): BridgeCause[] => {
  const newRows = modelRows(newPlan).byId;
  return modelRows(oldPlan)
    .inputs.filter((row) => !isLevel(row.id))
    .filter(
      (row) => row.id !== 'intakt_per_100_invanare' || newPlan.drivers.effektPer100Invanare !== undefined,
    )
    .flatMap((row): BridgeCause[] => {
      const next = newRows.get(row.id);
      if (next?.kind !== 'input') return [];
      const years = inputYears(oldPlan, row).filter((year) => inputYears(newPlan, next).includes(year));
      const values = Object.fromEntries(
        years
          .filter((y) => next.planValue(y) !== row.planValue(y))
          .map((y) => [String(y), next.planValue(y)]),
      );
      if (Object.keys(values).length === 0) return [];
      return [
        {
          key: `driver:${row.id}`,
          kind: 'driver',
          id: row.id,
          label: next.label,
          inputs: { [row.id]: values },
        },
      ];
    })
    .sort((a, b) => (a.key < b.key ? -1 : 1));
};

/**
 * A gap below a millionth of a mnkr is the revision's own rounding (figures kept to six decimals), not a
 * cause; it stays in the bridge's rest, which keeps the sum exact.
 */
const LINE_TOLERANCE = 1e-6;

/** The revenue lines whose values differ in a common year: named beside the statsbidrag line they sum to. */
const changedRevenueLines = (oldPlan: Plan, newPlan: Plan, years: readonly Year[]) =>
  (newPlan.revenue?.lines ?? [])
    .filter((line) => line.group === 'statsbidrag')
    .filter((line) => {
      const before = oldPlan.revenue?.lines.find((l) => l.id === line.id);
      return years.some((y) => before?.values[String(y)] !== line.values[String(y)]);
    })
    .map((line) => line.label);

/**
 * The resultatbudget lines whose new figure the drivers do not explain: `newValue(row, year) −
 * afterDrivers(row, year)` moved onto the old plan's level of that line. `afterDrivers` is the old plan
 * with every driver cause switched on, `newValue` the new plan without changes.
 */
export const lineCauses = (
  oldPlan: Plan,
  newPlan: Plan,
  afterDrivers: (rowId: string, year: Year) => number,
  newValue: (rowId: string, year: Year) => number,
): BridgeCause[] => {
  const years = commonYears(oldPlan, newPlan);
  const rows = modelRows(oldPlan);
  return rows.inputs
    .filter((row) => isLevel(row.id))
    .flatMap((row): BridgeCause[] => {
      const line = row.id.slice(0, -'_grund'.length);
      const values: Record<string, number> = {};
      for (const year of inputYears(oldPlan, row).filter((y) => years.includes(y))) {
        const gap = newValue(line, year) - afterDrivers(line, year);
        if (Number.isFinite(gap) && Math.abs(gap) > LINE_TOLERANCE)
          values[String(year)] = row.planValue(year) + gap;
      }
      if (Object.keys(values).length === 0) return [];
      const label = rows.byId.get(line)?.label ?? line;
      const detail = line === 'generella_statsbidrag' ? changedRevenueLines(oldPlan, newPlan, years) : [];
      return [
        {
          key: `line:${line}`,
          kind: 'line',
          id: line,
          label: detail.length > 0 ? `${label} (${detail.join(', ')})` : label,
          inputs: { [levelId(line)]: values },
        },
      ];
    })
    .sort((a, b) => (a.key < b.key ? -1 : 1));
};

/** The inputs of the causes switched on: each cause owns its input rows, so they never collide. */
export const causesOn = (causes: readonly BridgeCause[], on: readonly number[]): ScenarioChanges => ({
  inputs: Object.assign({}, ...on.map((i) => causes[i]?.inputs ?? {})) as YearTable,
  frameChanges: [],
});

/**
 * The figures the bridge explains in each year of the new plan: balanskravsresultat, årets resultat and the
 * value of every goal both versions have (the balanskrav goal is the balanskravsresultat itself).
 */
export const bridgeFigures = (oldPlan: Plan, newPlan: Plan): BridgeFigure[] => {
  const rows = modelRows(newPlan).byId;
  // A revision's figures carry the model's decimals: show mnkr as the plans print them, the coarser of the two.
  const mnkr = Math.min(
    planStatements(oldPlan).resultatbudget?.decimals ?? 0,
    planStatements(newPlan).resultatbudget?.decimals ?? 0,
  );
  const oldGoals = goalDefinitions(oldPlan);
  const goals = goalDefinitions(newPlan).filter(
    (goal) =>
      goal.kind !== 'balanskrav' && !goal.missing && oldGoals.some((g) => g.id === goal.id && !g.missing),
  );
  return allYears(newPlan).flatMap((year) => [
    ...['balanskravsresultat', 'arets_resultat'].map((rowId) => ({
      rowId,
      year,
      label: rows.get(rowId)?.label ?? rowId,
      unit: 'mnkr' as const,
      decimals: mnkr,
    })),
    ...goals.map((goal) => ({
      rowId: goal.valueRow,
      year,
      // A goal judged over a period has one figure, in the period's first year: say which years it covers.
      label: `Målet ${goal.label.toLowerCase()}${goal.period ? ` ${goal.period[0]}–${goal.period.at(-1)}` : ''}`,
      unit: 'procent' as const,
      decimals: 1,
    })),
  ]);
};
