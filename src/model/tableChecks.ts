import type { Plan, StatementKind } from './planSchema';
import { planStatements, type PlanStatement } from './planStatements';
import { columnYears, type Year } from './years';

/** A printed sum that is not the sum of its printed parts, or a balance that does not balance. */
export type TableCheck = {
  readonly statement: StatementKind | 'skatt och utjämning';
  readonly rowId: string;
  readonly label: string;
  readonly year: Year;
  readonly printed: number;
  /** The sum of the printed parts. */
  readonly parts: number;
  readonly difference: number;
  /** Within the table's rounding: ±0,05 where it prints tenths, ±1 where it prints whole millions. */
  readonly withinRounding: boolean;
  /** "−11 + 295 − 192 = 92, tryckt 90". */
  readonly expression: string;
};

/** −1358.4 → "−1 358,4": a comma, a Unicode minus and no-break spaces between groups of three, as printed. */
const sv = (value: number) => {
  const [whole = '', tenths] = String(Math.round(value * 10) / 10).split('.');
  const grouped = whole.replace('-', '−').replace(/\B(?=(\d{3})+$)/g, '\u00a0');
  return tenths === undefined ? grouped : `${grouped},${tenths}`;
};

/** −11, 295, −192 → "−11 + 295 − 192". */
export const sumExpression = (values: readonly number[]): string =>
  values
    .map((value, i) => (i === 0 ? sv(value) : `${value < 0 ? '−' : '+'} ${sv(Math.abs(value))}`))
    .join(' ');

/** The rounding a statement is printed with: tenths of a mnkr or whole millions. */
export const toleranceOf = (statement: Pick<PlanStatement, 'decimals'>): number =>
  (statement.decimals === 1 ? 0.05 : 1) + 1e-9;

const check = (
  statement: TableCheck['statement'],
  rowId: string,
  label: string,
  year: Year,
  printed: number,
  values: readonly number[],
  tolerance: number,
): TableCheck => {
  const parts = values.reduce((sum, value) => sum + value, 0);
  const difference = printed - parts;
  return {
    statement,
    rowId,
    label,
    year,
    printed,
    parts,
    difference,
    withinRounding: Math.abs(difference) <= tolerance,
    expression: `${sumExpression(values)} = ${sv(parts)}, tryckt ${sv(printed)}`,
  };
};

/**
 * Checks the published tables against themselves, before any model runs: every printed sum against its
 * printed parts, the skatt and utjämning notes against the resultatbudget, the balance sheet's two sides.
 * This is the live reconciliation a person sees while entering a plan.
 *
 * @example
 *   tableChecks(plan).filter((c) => !c.withinRounding); // [{ rowId: 'arets_resultat', year: 2030, expression: '−11 + 295 − 192 = 92, tryckt 90', … }]
 */
export const tableChecks = (plan: Plan): TableCheck[] => {
  const statements = planStatements(plan);
  const columns = columnYears(plan);
  const checks: TableCheck[] = [];
  for (const statement of Object.values(statements)) {
    if (!statement) continue;
    const tolerance = toleranceOf(statement);
    for (const row of statement.rows) {
      if (row.kind !== 'sum') continue;
      for (const year of columns) {
        const printed = row.values[String(year)];
        const values = row.parts.flatMap((part) => {
          const value = statement.byId.get(part)?.values[String(year)];
          return value === undefined ? [] : [value];
        });
        if (printed === undefined || values.length === 0) continue;
        checks.push(check(statement.kind, row.id, row.label, year, printed, values, tolerance));
      }
    }
  }
  const rb = statements.resultatbudget;
  const lines = plan.revenue?.lines ?? [];
  if (rb && lines.length > 0)
    for (const [group, id] of [
      ['skatt', 'skatteintakter'],
      ['statsbidrag', 'generella_statsbidrag'],
    ] as const)
      for (const year of columns) {
        const printed = rb.byId.get(id)?.values[String(year)];
        const values = lines.filter((line) => line.group === group).map((line) => line.values[String(year)]);
        if (printed === undefined || values.some((value) => value === undefined)) continue;
        checks.push(
          check(
            'skatt och utjämning',
            id,
            rb.byId.get(id)?.label ?? id,
            year,
            printed,
            values as number[],
            toleranceOf(rb),
          ),
        );
      }
  const bb = statements.balansbudget;
  if (bb?.byId.has('summa_tillgangar') && bb.byId.has('summa_eget_kapital_och_skulder'))
    for (const year of columns) {
      const assets = bb.byId.get('summa_tillgangar')?.values[String(year)];
      const claims = bb.byId.get('summa_eget_kapital_och_skulder')?.values[String(year)];
      if (assets === undefined || claims === undefined) continue;
      checks.push(
        check(
          'balansbudget',
          'summa_eget_kapital_och_skulder',
          'Balansräkningen balanserar',
          year,
          assets,
          [claims],
          toleranceOf(bb),
        ),
      );
    }
  return checks;
};
