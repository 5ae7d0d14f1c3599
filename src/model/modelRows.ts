import type { Plan } from './planSchema';
import type { InputRow, RowSpec, StatementSheet, ValueSpec } from './rowSpec';
import { balansbudgetRows } from './rows/balansbudgetRows';
import { derivedRows } from './rows/derivedRows';
import { finansieringsbudgetRows } from './rows/finansieringsbudgetRows';
import { frameChangeAmountRow } from './rows/frameChangeAmountRow';
import { inputRows } from './rows/inputRows';
import { nyckeltalRows } from './rows/nyckeltalRows';
import { planRows } from './rows/planRows';
import { resultatbudgetRows } from './rows/resultatbudgetRows';

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
 * The row registry: ids, Swedish labels, units, definitions, sources and formulas, built from the plan.
 *
 * @example
 *   const rows = modelRows(plan);
 *   rows.byId.get('skatteintakter')?.label; // "Skatteintäkter"
 */
export const modelRows = (plan: Plan): ModelRows => {
  const all: RowSpec[] = [
    ...inputRows(plan),
    ...derivedRows(plan),
    ...resultatbudgetRows(plan),
    ...balansbudgetRows(plan),
    ...finansieringsbudgetRows(plan),
    ...nyckeltalRows(plan),
    ...planRows(plan),
  ];
  const byId = new Map<string, RowSpec>();
  const names = new Set<string>();
  for (const row of all) {
    if (byId.has(row.id)) throw new Error(`Rad-id ${row.id} förekommer två gånger`);
    if (names.has(row.name)) throw new Error(`Namnet ${row.name} förekommer två gånger`);
    byId.set(row.id, row);
    names.add(row.name);
  }
  const bySheet = new Map<StatementSheet, RowSpec[]>();
  for (const row of all) bySheet.set(row.sheet, [...(bySheet.get(row.sheet) ?? []), row]);
  return {
    all,
    byId,
    inputs: all.filter((row): row is InputRow => row.kind === 'input'),
    ofSheet: (sheet) => bySheet.get(sheet) ?? [],
    frameChangeAmount: frameChangeAmountRow(plan),
  };
};
