import type { Worksheet } from 'exceljs';
import { COLUMN_KIND_LABEL } from '../../format/formatValue';
import type { BalanskravStatus } from '../../model/balanskravStatus';
import type { CompiledWorkbook } from '../../model/compileWorkbook';
import { JA_NEJ, numberFormatOf, YEAR_FORMAT } from './numberFormats';

const heading = (sheet: Worksheet, values: string[]) => {
  sheet.addRow(values).font = { bold: true };
};

/** The decision's part the ledger counts: at most the year's deficit. */
const countedOf = (status: BalanskravStatus, year: number): number =>
  status.years
    .find((y) => y.year === year)
    ?.deficits.find((d) => d.year === year)
    ?.lifted.toNumber() ?? 0;

/**
 * The sheet "Balanskrav": the revisor's three questions answered, the återställande ledger per year with
 * its flags and deficits in words, and fullmäktige's decisions on synnerliga skäl with their reasons (issue
 * 14 §3). Plain values, not formulas: the workbook's own rows (Kvar att återställa and the reserves) carry
 * the formulas on Resultatbudget.
 */
export const writeBalanskravSheet = (
  sheet: Worksheet,
  compiled: CompiledWorkbook,
  status: BalanskravStatus,
): void => {
  const { layout, rows } = compiled;
  const format = numberFormatOf(rows.byId.get('balanskravsresultat') ?? { unit: 'mnkr' });
  const amounts = (line: ReturnType<Worksheet['addRow']>, columns: readonly number[]) => {
    if (format) for (const c of columns) line.getCell(c).numFmt = format;
  };
  sheet.addRow(['Balanskrav']).font = { bold: true, size: 14 };
  sheet.addRow([`${compiled.plan.organisation.name} · ${compiled.plan.name}. Belopp i mnkr.`]);
  sheet.addRow([]);
  heading(sheet, ['Revisorns fråga', 'Svar', 'Förklaring']);
  for (const answer of status.answers)
    sheet.addRow([answer.question, answer.ok ? JA_NEJ.ja : JA_NEJ.nej, answer.answer]);
  sheet.addRow([]);
  heading(sheet, ['Återställande', 'År', 'Balanskravsresultat', 'Återställt i år', 'Kvar', 'Status']);
  for (const year of status.years) {
    const line = sheet.addRow([
      COLUMN_KIND_LABEL[layout.kindOf(year.year)],
      year.year,
      year.balanskravsresultat.toNumber(),
      year.restoredThisYear.toNumber(),
      year.left.toNumber(),
      year.messages.length > 0 ? `${year.messages.join('. ')}.` : 'Inget kvar att återställa.',
    ]);
    line.getCell(2).numFmt = YEAR_FORMAT;
    amounts(line, [3, 4, 5]);
  }
  sheet.addRow([]);
  heading(sheet, ['Beslut om synnerliga skäl', 'År', 'Belopp', 'Räknas', 'Planens beslut', 'Skäl']);
  if (status.decisions.length === 0) sheet.addRow(['Inga beslut om synnerliga skäl']);
  for (const decision of status.decisions) {
    const line = sheet.addRow([
      'Underskott som inte återställs',
      decision.year,
      decision.amount,
      countedOf(status, decision.year),
      decision.fromPlan ? JA_NEJ.ja : JA_NEJ.nej,
      decision.reason,
    ]);
    line.getCell(2).numFmt = YEAR_FORMAT;
    amounts(line, [3, 4]);
  }
  sheet.getColumn(1).width = 34;
  for (let c = 2; c <= 5; c++) sheet.getColumn(c).width = 14;
  sheet.getColumn(6).width = 60;
  sheet.getColumn(3).alignment = { wrapText: false };
  sheet.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
};
