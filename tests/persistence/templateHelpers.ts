import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { parsePlan, PlanError } from '../../src/model/parsePlan';
import type { Plan } from '../../src/model/planSchema';
import { readPlanTemplate, type TemplateImport } from '../../src/persistence/xlsx/readPlanTemplate';

export const BUILT_IN = ['norrbotten-2025-2027', 'sjobo-2024-2027', 'vasternorrland-2022-2024'] as const;

export const builtInPlan = (name: (typeof BUILT_IN)[number]): Plan =>
  parsePlan(JSON.parse(readFileSync(`fixtures/plans/${name}.json`, 'utf8')));

export const load = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return excel;
};

/** The bytes after `change` has edited the workbook, as a person in a spreadsheet program would. */
export const edited = async (
  bytes: Uint8Array,
  change: (excel: ExcelJS.Workbook) => void,
): Promise<Uint8Array> => {
  const excel = await load(bytes);
  change(excel);
  return new Uint8Array((await excel.xlsx.writeBuffer()) as ArrayBuffer);
};

export const sheetOf = (excel: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const sheet = excel.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** The row whose column A holds `id`, found as a person finds it: by reading the sheet. */
export const rowOf = (sheet: ExcelJS.Worksheet, id: string): number => {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === id) return r;
  throw new Error(`no row ${id} on ${sheet.name}`);
};

/** The column whose header (row 5) shows `year`: the cached value of its formula. */
export const columnOf = (sheet: ExcelJS.Worksheet, year: number): number => {
  for (let c = 1; c <= sheet.columnCount; c++) {
    const value = sheet.getCell(5, c).value as { result?: unknown } | number | null;
    const shown = typeof value === 'object' && value !== null ? value.result : value;
    if (shown === year) return c;
  }
  throw new Error(`no column ${year} on ${sheet.name}`);
};

export const cellAt = (sheet: ExcelJS.Worksheet, id: string, year: number): ExcelJS.Cell =>
  sheet.getCell(rowOf(sheet, id), columnOf(sheet, year));

/** The problems of a refused template, or a failure when it was read. */
export const refusal = async (bytes: Uint8Array): Promise<readonly string[]> => {
  let read: TemplateImport;
  try {
    read = await readPlanTemplate(bytes);
  } catch (error) {
    if (error instanceof PlanError) return error.problems;
    throw error;
  }
  throw new Error(`the template was read: ${read.plan.name}`);
};

/** A plan without its sources: what the model computes from. */
export const modelParts = (plan: Plan): unknown =>
  JSON.parse(
    JSON.stringify(
      {
        years: plan.years,
        organisation: plan.organisation,
        name: plan.name,
        statements: plan.statements,
        revenue: plan.revenue,
        drivers: plan.drivers,
        namnder: plan.namnder,
        resultatkrav: plan.resultatkrav,
        goals: plan.goals,
      },
      (key, value: unknown) => (key === 'source' || key === 'yearSources' ? undefined : value),
    ),
  );
