import type { Plan } from './planSchema';
import type { InputRow, RowSpec, StatementSheet, ValueSpec } from './rowSpec';
import { withBalanskravsutredning } from './rows/balanskravRows';
import { derivedRows } from './rows/derivedRows';
import { frameChangeAmountRow } from './rows/frameChangeAmountRow';
import { inputRows } from './rows/inputRows';
import { nyckeltalRows } from './rows/nyckeltalRows';
import { planModelOf } from './rows/planModel';
import { planRows } from './rows/planRows';
import { statementRows } from './rows/statementRows';

/** Every row of the model for one plan, keyed by id, in sheet order. */
export type ModelRows = {
  readonly all: readonly RowSpec[];
  readonly byId: ReadonlyMap<string, RowSpec>;
  readonly inputs: readonly InputRow[];
  readonly ofSheet: (sheet: StatementSheet) => readonly RowSpec[];
  /** How a frame change's amount is read and questioned (Ramförändringar). */
  readonly frameChangeAmount: ValueSpec;
};

/**
 * A plan's own rows may share a printed label ("varav jämförelsestörande post" under two rows): the second
 * and later get their id appended, so every named cell is unique (HyperFormula's names ignore case).
 */
const uniqueNames = (rows: readonly RowSpec[]): RowSpec[] => {
  const taken = new Set<string>();
  return rows.map((row) => {
    const name = taken.has(row.name.toLowerCase()) ? `${row.name}_${row.id}` : row.name;
    taken.add(name.toLowerCase());
    return name === row.name ? row : { ...row, name };
  });
};

/**
 * A plan that prints its resultatbudget in tenths of mnkr (Sjöbo) has every mnkr row shown in tenths, so an
 * assumption of 1,1 mnkr is not shown as 1; a plan in whole millions keeps whole millions.
 */
const mnkrInPlanDecimals = (rows: RowSpec[], decimals: 0 | 1 | undefined): RowSpec[] =>
  decimals !== 1
    ? rows
    : rows.map((row) => (row.unit === 'mnkr' && row.decimals === undefined ? { ...row, decimals } : row));

/**
 * The row registry: ids, Swedish labels, units, definitions, sources and formulas, built from the plan.
 *
 * @example
 *   const rows = modelRows(plan);
 *   rows.byId.get('skatteintakter')?.label; // "Skatteintäkter"
 */
export const modelRows = (plan: Plan): ModelRows => {
  const m = planModelOf(plan);
  const all: RowSpec[] = mnkrInPlanDecimals(
    uniqueNames([
      ...inputRows(m),
      ...derivedRows(m),
      ...withBalanskravsutredning(m, statementRows(m)),
      ...nyckeltalRows(m),
      ...planRows(m),
    ]),
    m.statements.resultatbudget?.decimals,
  );
  const byId = new Map<string, RowSpec>();
  for (const row of all) {
    if (byId.has(row.id)) throw new Error(`Rad-id ${row.id} förekommer två gånger`);
    byId.set(row.id, row);
  }
  const bySheet = new Map<StatementSheet, RowSpec[]>();
  for (const row of all) bySheet.set(row.sheet, [...(bySheet.get(row.sheet) ?? []), row]);
  return {
    all,
    byId,
    inputs: all.filter((row): row is InputRow => row.kind === 'input'),
    ofSheet: (sheet) => bySheet.get(sheet) ?? [],
    frameChangeAmount: frameChangeAmountRow(m),
  };
};
