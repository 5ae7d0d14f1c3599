import { compileWorkbook } from '../../model/compileWorkbook';
import type { Plan } from '../../model/planSchema';
import type { Results } from '../../model/results';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { APP_VERSION } from '../envelope';
import { balanskravStatus } from '../../model/balanskravStatus';
import { writeBalanskravSheet } from './balanskravSheet';
import { writeChangesSheet } from './changesSheet';
import { fitToPageWidth } from './pageSetup';
import { writeModelSheets } from './statementSheets';

export type XlsxInput = {
  readonly plan: Plan;
  readonly document: ScenarioDocument;
  /** The scenario's computed figures, written as each formula's cached value. */
  readonly results: Results;
  readonly now: Date;
};

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The scenario as an Excel workbook: the model's sheets with live formulas over defined names
 * (`=Skatteunderlag_2025*Skattesats_2025/100`) and the app's values cached in them, Swedish labels, number
 * formats per unit, a sheet "Ändringar" listing the scenario's changes and notes, and a sheet "Balanskrav" with
 * the revisor's answers, the återställande ledger and the decisions on synnerliga skäl with their reasons. exceljs is loaded
 * only here, when someone asks for a file.
 *
 * @example
 *   const bytes = await buildXlsx({ plan, document, results, now: new Date() });
 */
export const buildXlsx = async ({ plan, document, results, now }: XlsxInput): Promise<Uint8Array> => {
  const module = await import('exceljs');
  const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
  const excel = new ExcelJS.Workbook();
  excel.creator = `Budgetverkstad ${APP_VERSION}`;
  excel.title = document.name;
  excel.created = now;
  excel.modified = now;
  // The cached values are the app's; a spreadsheet program recomputes all formulas when the file opens.
  excel.calcProperties = { fullCalcOnLoad: true };
  const compiled = compileWorkbook(plan, document.changes);
  writeModelSheets(excel, compiled, results);
  const changes = excel.addWorksheet('Ändringar');
  writeChangesSheet(changes, compiled, document, now);
  // The balanskrav as the revisor reads it, with the reasons of the decisions on synnerliga skäl.
  const status = balanskravStatus(compiled, results, document.notes);
  const balanskrav = status ? excel.addWorksheet('Balanskrav') : undefined;
  if (balanskrav && status) writeBalanskravSheet(balanskrav, compiled, status);
  excel.eachSheet((sheet) =>
    fitToPageWidth(sheet, { repeatHeader: sheet !== changes && sheet !== balanskrav }),
  );
  const buffer = await excel.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
};
