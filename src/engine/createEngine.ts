import {
  DetailedCellError,
  ExportedCellChange,
  HyperFormula,
  type CellValue,
  type ExportedChange,
  type RawCellContent,
} from 'hyperformula';
import type { CompiledWorkbook } from '../model/compileWorkbook';
import { inputValue } from '../model/compileWorkbook';
import { frameChangeValues, FRAME_TEXT_COLUMNS, MAX_FRAME_CHANGES } from '../model/frameChangeSheet';
import { FRAME_CHANGE_SHEET, STATEMENT_SHEETS, type SheetName } from '../model/rowSpec';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { Year } from '../model/years';
import { engineSheets } from './engineSheets';
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
  const { layout, rows } = workbook;
  let current = initial;
  let cached: Results | undefined;

  const writeInputs = (next: ScenarioChanges) => {
    const touched = new Set([...Object.keys(current.inputs), ...Object.keys(next.inputs)]);
    for (const id of touched) {
      const row = rows.byId.get(id);
      if (row?.kind !== 'input') continue;
      for (const year of layout.yearsOfRow(row)) {
        const value = inputValue(row, next, year);
        if (value === inputValue(row, current, year)) continue;
        const address = layout.cellOf(id, year);
        if (address)
          hf.setCellContents({ sheet: ids[address.sheet], row: address.row, col: address.col }, value);
      }
    }
  };

  const writeFrameChanges = (next: ScenarioChanges) => {
    if (next.frameChanges === current.frameChanges) return;
    if (next.frameChanges.length > MAX_FRAME_CHANGES)
      throw new Error(`Högst ${MAX_FRAME_CHANGES} ramförändringar ryms i ett scenario`);
    const width = 2 + layout.years.length;
    const height = Math.max(next.frameChanges.length, current.frameChanges.length);
    const block: RawCellContent[][] = Array.from({ length: height }, (_, i) => {
      const change = next.frameChanges[i];
      return change ? frameChangeValues(change, layout.years) : Array.from({ length: width }, () => null);
    });
    // From the typ column on: a frame change's name and nämnd never reach the engine.
    if (height > 0)
      hf.setCellContents({ sheet: ids[FRAME_CHANGE_SHEET], row: 1, col: FRAME_TEXT_COLUMNS }, block);
  };

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
      const changes = hf.batch(() => {
        writeInputs(next);
        writeFrameChanges(next);
      });
      current = next;
      // HyperFormula lists every cell whose value the recalculation changed: only those are read again.
      if (cached) cached = updateResults(workbook, cached, updatesOf(changes));
    },
    formulaOf: (id, year) => {
      const address = layout.cellOf(id, year);
      const cell = address && workbook.sheets[address.sheet][address.row]?.[address.col];
      return typeof cell === 'string' && cell.startsWith('=') ? cell : undefined;
    },
    destroy: () => hf.destroy(),
  };
};
