import type { Workbook, Worksheet } from 'exceljs';
import type { Plan } from '../../model/planSchema';
import { APP_VERSION } from '../envelope';
import { choose, put, primaryDocument, yearCountsOf } from './templateCells';
import { writeInstructions } from './templateInstructions';
import { PLAN_FIELDS, planFieldRow, TEMPLATE_SHEETS, type PlanFieldKey } from './templateLayout';
import { writeDriverSheet, writeNamndSheet, writeRevenueSheet } from './writeInputSheets';
import { writeGoalSheet } from './writeGoalSheet';
import { writeStatementSheet } from './writeStatementSheet';

/** Planen's values for a known plan; an empty template leaves them all to the user. */
const planValues = (plan: Plan): Partial<Record<PlanFieldKey, string | number | undefined>> => {
  const counts = yearCountsOf(plan);
  const document = plan.documents[primaryDocument(plan) ?? ''];
  return {
    organisation: plan.organisation.name,
    kind: plan.organisation.kind,
    code: plan.organisation.code,
    name: plan.name,
    decided: plan.decided,
    first: counts.first,
    budget: counts.budget,
    kalkyl: counts.kalkyl,
    history: counts.history,
    title: document?.title,
    publisher: document?.publisher,
    date: document?.date,
    url: document?.url,
    id: plan.id,
    version: plan.version,
  };
};

const writePlanSheet = (sheet: Worksheet, plan: Plan | undefined) => {
  sheet.getCell('A1').value = 'Planen';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const values = plan ? planValues(plan) : {};
  for (const field of PLAN_FIELDS) {
    const r = planFieldRow(field.key);
    put(sheet, r, 1, 'fixed', field.label).font = { bold: true };
    sheet.getCell(r, 3).value = field.help;
    sheet.getCell(r, 3).font = { italic: true, color: { argb: 'FF595959' } };
    if (field.key === 'base') {
      const first = `B${planFieldRow('first')}`;
      const formula = `IF(${first}="","",${first}-1)`;
      put(sheet, r, 2, 'fixed', plan ? { formula, result: plan.years.base } : { formula });
      continue;
    }
    const cell = put(sheet, r, 2, 'input', values[field.key]);
    // Text, so that a code such as 0180 keeps its leading zero.
    if (field.key === 'code') cell.numFmt = '@';
    if (field.key === 'kind') choose(cell, ['region', 'kommun']);
  }
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 44;
  sheet.getColumn(3).width = 80;
};

/**
 * The plan template as an .xlsx ("Ladda ner mall", issue 13 §4): Swedish instructions, then Planen, the three
 * statements laid out as the standard rows of LKBR, Skatt och utjämning, Drivare, Nämnder and Mål, input
 * cells yellow and unlocked, sums blue, ids and standard labels grey. With a plan, every cell holds the
 * plan's figure, so that readPlanTemplate gives the plan back. exceljs is loaded only here.
 *
 * @example
 *   const empty = await planTemplate();
 *   const sjobo = await planTemplate(parsePlan(sjoboJson)); // readPlanTemplate(sjobo) → the same plan
 */
export const planTemplate = async (plan?: Plan): Promise<Uint8Array> => {
  const module = await import('exceljs');
  const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
  const excel: Workbook = new ExcelJS.Workbook();
  excel.creator = `Budgetverkstad ${APP_VERSION}`;
  excel.title = plan ? `Mall: ${plan.name}` : 'Mall för en plan';
  // The year headers are formulas over Planen; a spreadsheet program computes them when it opens the file.
  excel.calcProperties = { fullCalcOnLoad: true };
  writeInstructions(excel.addWorksheet(TEMPLATE_SHEETS.instruktioner));
  writePlanSheet(excel.addWorksheet(TEMPLATE_SHEETS.planen), plan);
  for (const kind of ['resultatbudget', 'balansbudget', 'finansieringsbudget'] as const)
    writeStatementSheet(excel, kind, plan);
  writeRevenueSheet(excel, plan);
  writeDriverSheet(excel, plan);
  writeNamndSheet(excel, plan);
  writeGoalSheet(excel, plan);
  for (const sheet of excel.worksheets)
    sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const buffer = await excel.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
};
