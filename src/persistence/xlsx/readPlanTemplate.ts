import type { Workbook, Worksheet } from 'exceljs';
import { parsePlan, PlanError } from '../../model/parsePlan';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, STATEMENT_KINDS, type Plan } from '../../model/planSchema';
import { readDriverSheet } from './readTemplateDrivers';
import { readGoalSheet } from './readTemplateGoals';
import { readNamndSheet, readRevenueSheet } from './readTemplateInputs';
import { readPlanSheet } from './readTemplatePlan';
import { readStatementSheet } from './readTemplateStatements';
import { STATEMENT_SHEET, TEMPLATE_LIMITS, TEMPLATE_SHEETS } from './templateLayout';
import { problemAtCell, templateWarnings, type TemplateWarning } from './templateProblems';
import { newContext, type ReadContext } from './templateRead';
import { zipProblem } from './zipGuard';

export type { TemplateWarning };

/** A read template: the validated plan, and every printed sum that does not add up, for the person to judge. */
export type TemplateImport = { readonly plan: Plan; readonly warnings: readonly TemplateWarning[] };

const MAX_PROBLEMS = 20;

const stop = (problems: readonly string[]): never => {
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) shown.push(`… och ${problems.length - MAX_PROBLEMS} fel till`);
  throw new PlanError(shown);
};

const load = async (bytes: Uint8Array): Promise<Workbook> => {
  const module = await import('exceljs');
  const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
  const excel: Workbook = new ExcelJS.Workbook();
  try {
    await excel.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    stop([
      'Filen går inte att läsa som Excelarbetsbok (.xlsx). Spara den i Excel eller LibreOffice som .xlsx och försök igen.',
    ]);
  }
  return excel;
};

/** No sheet larger than a filled-in template ever is: refused before a cell is read. */
const sizeProblems = (excel: Workbook): string[] => {
  if (excel.worksheets.length > TEMPLATE_LIMITS.sheets)
    return [`Filen har ${excel.worksheets.length} blad; mallen har ${Object.keys(TEMPLATE_SHEETS).length}.`];
  return excel.worksheets.flatMap((sheet) =>
    sheet.rowCount > TEMPLATE_LIMITS.rows || sheet.columnCount > TEMPLATE_LIMITS.columns
      ? [
          `Bladet ${sheet.name} har ${sheet.rowCount} rader och ${sheet.columnCount} kolumner; mallen läser högst ${TEMPLATE_LIMITS.rows} rader och ${TEMPLATE_LIMITS.columns} kolumner. Ta bort det som ligger utanför tabellen.`,
        ]
      : [],
  );
};

const required = (ctx: ReadContext, excel: Workbook, name: string): Worksheet | undefined => {
  const sheet = excel.getWorksheet(name);
  if (!sheet) ctx.problems.push(`Bladet ${name} saknas – börja från en ny mall (Ladda ner mall).`);
  return sheet;
};

/** The plan JSON from every sheet, before parsePlan; `undefined` parts are left out. */
const planJson = (ctx: ReadContext, excel: Workbook, planen: Worksheet) => {
  const head = readPlanSheet(ctx, planen);
  if (!head.years) stop(ctx.problems);
  const statements: Record<string, unknown> = {};
  for (const kind of STATEMENT_KINDS) {
    const sheet =
      kind === 'resultatbudget'
        ? required(ctx, excel, STATEMENT_SHEET[kind])
        : excel.getWorksheet(STATEMENT_SHEET[kind]);
    const statement = sheet && readStatementSheet(ctx, sheet, kind);
    if (statement) statements[kind] = statement;
    else if (kind === 'resultatbudget' && sheet)
      ctx.problems.push(
        `${STATEMENT_SHEET[kind]}: inga tal är ifyllda – resultatbudgeten krävs, med ett värde varje budget- och kalkylår`,
      );
  }
  const revenueSheet = excel.getWorksheet(TEMPLATE_SHEETS.skatt);
  const namndSheet = excel.getWorksheet(TEMPLATE_SHEETS.namnder);
  const driverSheet = required(ctx, excel, TEMPLATE_SHEETS.drivare);
  const goalSheet = required(ctx, excel, TEMPLATE_SHEETS.mal);
  const revenue = revenueSheet && readRevenueSheet(ctx, revenueSheet);
  const namnder = namndSheet && readNamndSheet(ctx, namndSheet);
  const { goals, resultatkrav } = goalSheet
    ? readGoalSheet(ctx, goalSheet)
    : { goals: [], resultatkrav: undefined };
  return {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: head.id,
    version: head.version,
    name: head.name,
    organisation: head.organisation,
    ...(head.decided ? { decided: head.decided } : {}),
    unit: 'mnkr',
    years: head.years,
    documents: head.documents,
    statements,
    ...(revenue ? { revenue } : {}),
    drivers: driverSheet ? readDriverSheet(ctx, driverSheet) : {},
    ...(namnder ? { namnder } : {}),
    ...(resultatkrav ? { resultatkrav } : {}),
    goals,
  };
};

/**
 * Reads a filled-in plan template (planTemplate.ts) into a validated plan, through the one validating path
 * (parsePlan). Every number typed as text goes through parseSvNumber; every problem names its sheet and cell
 * in Swedish ("Resultatbudget!H7: "12 34" är inget tal. …"), and nothing is returned unless all of it reads.
 * A printed sum that does not add up does not stop the import (published tables round, and some disagree with
 * themselves): it comes back as a warning with its cell and the difference, for the person to judge.
 *
 * @throws {@link PlanError} whose problems name the cells; never anything else.
 * @example
 *   const { plan, warnings } = await readPlanTemplate(bytes);
 *   warnings[0]?.message; // "Resultatbudget!L20: Årets resultat 2030 är inte summan av delarna: −11 + 295 − 192 = 92, tryckt 90 (skillnad −2 mnkr)"
 */
export const readPlanTemplate = async (bytes: Uint8Array | ArrayBuffer): Promise<TemplateImport> => {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const tooBig = zipProblem(data);
  if (tooBig) stop([tooBig]);
  const excel = await load(data);
  const sizes = sizeProblems(excel);
  if (sizes.length > 0) stop(sizes);
  const ctx = newContext();
  const planen = required(ctx, excel, TEMPLATE_SHEETS.planen);
  if (!planen) return stop(ctx.problems);
  const json = planJson(ctx, excel, planen);
  if (ctx.problems.length > 0) stop(ctx.problems);
  let plan: Plan;
  try {
    plan = parsePlan(json);
  } catch (error) {
    if (error instanceof PlanError) return stop(error.problems.map((problem) => problemAtCell(ctx, problem)));
    throw error;
  }
  return { plan, warnings: templateWarnings(ctx, plan) };
};
