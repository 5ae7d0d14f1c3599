import {
  DetailedCellError,
  ExportedCellChange,
  HyperFormula,
  type CellValue,
  type ExportedChange,
} from 'hyperformula';
import type { CompiledWorkbook } from '../model/compileWorkbook';
import { FRAME_CHANGE_SHEET, STATEMENT_SHEETS, type SheetName } from '../model/rowSpec';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { CellAddress } from '../model/workbookLayout';
import type { Year } from '../model/years';
import { engineSheets } from './engineSheets';
import { formulaAt, scenarioWrites } from './scenarioWrites';
import { readResults, updateResults, type CellUpdate, type RawRead, type Results } from '../model/results';

/**
 * The only place that touches HyperFormula. Plain data in (a compiled workbook, scenario changes), plain
 * frozen data out (results), so it can move into a Web Worker unchanged.
 */
export type Engine = {
  readonly workbook: CompiledWorkbook;
  /** The current results; recomputed only after a change. */
  readonly results: () => Results;
  /** Applies a scenario's changes as the difference from the current ones, in one `hf.batch`. */
  readonly sync: (changes: ScenarioChanges) => void;
  /** The formula of a computed cell with its names, e.g. `=Skatteunderlag_2025*Skattesats_2025/100` (HyperFormula
   *  computes it with the names resolved to cells, see `resolveNames`). */
  readonly formulaOf: (id: string, year: Year) => string | undefined;
  readonly destroy: () => void;
};

/**
 * `smartRounding: false`: HyperFormula would otherwise round every value it returns to ten significant
 * digits; we round once, for display and export, from the unrounded value (ARCHITECTURE.md, "Numbers").
 */
export const ENGINE_CONFIG = { licenseKey: 'gpl-v3', smartRounding: false } as const;

const rawOf = (value: CellValue): RawRead =>
  value instanceof DetailedCellError ? { error: value.type } : (value as number | string | boolean | null);

/**
 * Builds a HyperFormula workbook from a compiled plan and keeps it in step with the scenario.
 *
 * @example
 *   const engine = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
 *   engine.results().value('skatteintakter', 2025); // 7926
 */
export const createEngine = (workbook: CompiledWorkbook, initial: ScenarioChanges): Engine => {
  const hf = HyperFormula.buildFromSheets(engineSheets(workbook), ENGINE_CONFIG);
  const sheetId = (sheet: string): number => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`Bladet ${sheet} saknas i arbetsboken`);
    return id;
  };
  const ids = Object.fromEntries(
    [...STATEMENT_SHEETS, FRAME_CHANGE_SHEET].map((sheet) => [sheet, sheetId(sheet)]),
  ) as Record<SheetName, number>;
  let current = initial;
  let cached: Results | undefined;

  const sheetNames = new Map(Object.entries(ids).map(([name, id]) => [id, name as SheetName]));
  const updatesOf = (changes: readonly ExportedChange[]): CellUpdate[] =>
    changes.flatMap((change) => {
      const sheet = change instanceof ExportedCellChange ? sheetNames.get(change.sheet) : undefined;
      return change instanceof ExportedCellChange && sheet
        ? [{ address: { sheet, row: change.row, col: change.col }, value: rawOf(change.newValue) }]
        : [];
    });

  return {
    workbook,
    results: () => {
      cached ??= readResults(workbook, (address) =>
        rawOf(hf.getCellValue({ sheet: ids[address.sheet], row: address.row, col: address.col })),
      );
      return cached;
    },
    sync: (next) => {
      if (next === current) return;
      const { cells, block } = scenarioWrites(workbook, current, next);
      const at = (address: CellAddress) => ({
        sheet: ids[address.sheet],
        row: address.row,
        col: address.col,
      });
      const changes = hf.batch(() => {
        for (const { address, value } of cells) hf.setCellContents(at(address), value);
        if (block)
          hf.setCellContents(
            at(block.address),
            block.values.map((line) => [...line]),
          );
      });
      current = next;
      // HyperFormula lists every cell whose value the recalculation changed: only those are read again.
      if (cached) cached = updateResults(workbook, cached, updatesOf(changes));
    },
    formulaOf: (id, year) => formulaAt(workbook, id, year),
    destroy: () => hf.destroy(),
  };
};
