import { inputValue, type CellContent, type CompiledWorkbook } from '../model/compileWorkbook';
import { frameChangeValues, FRAME_TEXT_COLUMNS, MAX_FRAME_CHANGES } from '../model/frameChangeSheet';
import { FRAME_CHANGE_SHEET, type SheetName } from '../model/rowSpec';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { CellAddress } from '../model/workbookLayout';
import type { Year } from '../model/years';

/** One constant cell to write: an input, or a cell of the Ramförändringar sheet. */
export type CellWrite = { readonly address: CellAddress; readonly value: CellContent };

/** The input cells whose value differs between two scenarios, with the value `next` gives them. */
const inputWrites = (workbook: CompiledWorkbook, current: ScenarioChanges, next: ScenarioChanges) => {
  const { layout, rows } = workbook;
  const writes: CellWrite[] = [];
  for (const id of new Set([...Object.keys(current.inputs), ...Object.keys(next.inputs)])) {
    const row = rows.byId.get(id);
    if (row?.kind !== 'input') continue;
    for (const year of layout.yearsOfRow(row)) {
      const value = inputValue(row, next, year);
      if (value === inputValue(row, current, year)) continue;
      const address = layout.cellOf(id, year);
      if (address) writes.push({ address, value });
    }
  }
  return writes;
};

/** A rectangle of constant cells from `address` on: rows of values, as HyperFormula writes a block. */
export type BlockWrite = { readonly address: CellAddress; readonly values: readonly CellContent[][] };

/**
 * The Ramförändringar sheet's computed cells (typ, aktiv, belopp per år) for `next`, from row 2 on, over as
 * many rows as either scenario has (rows `next` no longer has are emptied); `undefined` when the frame
 * changes are the same. A frame change's name and nämnd never reach an engine (user text is never code).
 */
const frameChangeBlock = (
  workbook: CompiledWorkbook,
  current: ScenarioChanges,
  next: ScenarioChanges,
): BlockWrite | undefined => {
  if (next.frameChanges === current.frameChanges) return undefined;
  if (next.frameChanges.length > MAX_FRAME_CHANGES)
    throw new Error(`Högst ${MAX_FRAME_CHANGES} ramförändringar ryms i ett scenario`);
  const { years } = workbook.layout;
  const width = 2 + years.length;
  const height = Math.max(next.frameChanges.length, current.frameChanges.length);
  if (height === 0) return undefined;
  const sheet: SheetName = FRAME_CHANGE_SHEET;
  return {
    address: { sheet, row: 1, col: FRAME_TEXT_COLUMNS },
    values: Array.from({ length: height }, (_, i) => {
      const change = next.frameChanges[i];
      return change ? frameChangeValues(change, years) : Array.from({ length: width }, () => null);
    }),
  };
};

/**
 * Every constant cell an engine must write to go from one scenario to the next: the one definition of how
 * a scenario reaches a workbook, shared by HyperFormula (`createEngine`) and the batch evaluator
 * (`createBatchEngine`), so the two cannot drift apart. The Ramförändringar sheet comes as one block
 * (HyperFormula writes a block in one operation, much faster than cell by cell).
 */
export const scenarioWrites = (
  workbook: CompiledWorkbook,
  current: ScenarioChanges,
  next: ScenarioChanges,
): { readonly cells: readonly CellWrite[]; readonly block: BlockWrite | undefined } => ({
  cells: inputWrites(workbook, current, next),
  block: frameChangeBlock(workbook, current, next),
});

/** A block's cells one by one. */
export const cellsOfBlock = ({ address, values }: BlockWrite): CellWrite[] =>
  values.flatMap((line, i) =>
    line.map((value, j) => ({ address: { ...address, row: address.row + i, col: address.col + j }, value })),
  );

/** A computed cell's formula with its names, as the formula bar shows it; `undefined` for an input. */
export const formulaAt = (workbook: CompiledWorkbook, id: string, year: Year): string | undefined => {
  const address = workbook.layout.cellOf(id, year);
  const cell = address && workbook.sheets[address.sheet][address.row]?.[address.col];
  return typeof cell === 'string' && cell.startsWith('=') ? cell : undefined;
};
