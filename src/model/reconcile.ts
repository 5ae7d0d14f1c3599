import { goalDefinitions, goalRowIds } from './goals';
import type { Plan } from './planSchema';
import { planStatements } from './planStatements';
import { numberAt, type Results } from './results';
import { tableChecks, toleranceOf, type TableCheck } from './tableChecks';
import { columnYears, type Year } from './years';

/** One published figure beside the model's: the ekonomichef's "which cell differs, by how much, and why". */
export type ReconciliationLine = {
  readonly table: string;
  readonly publishedRow: string;
  readonly rowId: string;
  readonly year: Year;
  readonly unit: 'mnkr' | 'procent';
  readonly published: number;
  readonly computed: number | undefined;
  readonly difference: number | undefined;
  /** Within the table's rounding: ±0,05 or ±1 mnkr as it is printed, ±0,5 procentenheter for a percentage. */
  readonly withinTolerance: boolean;
  readonly explanation: string;
};

const explain = (
  difference: number | undefined,
  unit: 'mnkr' | 'procent',
  selfCheck: TableCheck | undefined,
): string => {
  if (difference === undefined) return 'Modellen saknar värde för raden detta år.';
  if (selfCheck && !selfCheck.withinRounding)
    return `Planens tabell går inte ihop: ${selfCheck.expression}. Modellen behåller sitt beräknade värde.`;
  if (Math.abs(difference) <= 0.05 + 1e-9) return 'Stämmer.';
  if (unit === 'procent') return 'Avrundning: planen trycker procenttal i hela procent.';
  return 'Avrundning: planen summerar oavrundade belopp, modellen de tryckta beloppen; skillnaden förs vidare via årets resultat och likvida medel.';
};

/**
 * Lists computed vs published for every printed figure of the plan's statements and goals, with the
 * difference and why it arises.
 *
 * @example
 *   reconcile(plan, engine.results()).filter((line) => !line.withinTolerance);
 */
export const reconcile = (plan: Plan, results: Results): readonly ReconciliationLine[] => {
  const statements = planStatements(plan);
  const columns = columnYears(plan);
  const selfChecks = new Map(tableChecks(plan).map((c) => [`${c.statement}|${c.rowId}|${c.year}`, c]));
  const lines: ReconciliationLine[] = [];
  const add = (
    table: string,
    label: string,
    rowId: string,
    year: Year,
    unit: 'mnkr' | 'procent',
    published: number,
    tolerance: number,
  ) => {
    const computed = numberAt(results, rowId, year);
    const difference = computed === undefined ? undefined : computed - published;
    lines.push({
      table,
      publishedRow: label,
      rowId,
      year,
      unit,
      published,
      computed,
      difference,
      withinTolerance: difference !== undefined && Math.abs(difference) <= tolerance,
      explanation: explain(difference, unit, selfChecks.get(`${table}|${rowId}|${year}`)),
    });
  };
  for (const statement of Object.values(statements)) {
    if (!statement) continue;
    for (const row of statement.rows) {
      const unit = row.kind === 'ratio' && statement.kind === 'balansbudget' ? 'procent' : 'mnkr';
      const tolerance = unit === 'procent' ? 0.5 + 1e-9 : toleranceOf(statement);
      for (const year of columns) {
        const published = row.values[String(year)];
        if (published !== undefined) add(statement.kind, row.label, row.id, year, unit, published, tolerance);
      }
    }
  }
  for (const goal of goalDefinitions(plan)) {
    const stated = plan.goals.find((g) => g.id === goal.id);
    if (goal.missing || !stated || !('published' in stated) || stated.published === undefined) continue;
    const single = typeof stated.published === 'number';
    const published = single
      ? { [String(plan.years.budget[0])]: stated.published as number }
      : stated.published;
    const rowId = !single && goal.span === 'first' ? goalRowIds(goal.id).perYear : goal.valueRow;
    for (const [year, value] of Object.entries(published))
      add('mål', goal.label, rowId, Number(year), 'procent', value, 0.5 + 1e-9);
  }
  return lines;
};
