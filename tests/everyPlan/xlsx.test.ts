import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planRef, type ScenarioDocument } from '../../src/model/scenarioDocument';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { buildXlsx } from '../../src/persistence/xlsx/buildXlsx';
import { compiled, otherOrganisations, planById } from './plans';

const now = new Date('2026-12-01T12:00:00.000Z');
const exported = async (id: string) => {
  const plan = planById(id);
  const { results } = compiled(plan);
  const document: ScenarioDocument = {
    id: 'test',
    name: 'Planen',
    plan: planRef(plan),
    changes: NO_CHANGES,
    notes: {},
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const excel = new ExcelJS.Workbook();
  const bytes = await buildXlsx({ plan, document, results, now });
  await excel.xlsx.load(bytes.buffer as ArrayBuffer);
  return { plan, excel };
};
const headerOf = (sheet: ExcelJS.Worksheet | undefined) =>
  (sheet?.getRow(1).values as unknown[] | undefined)?.filter((value) => value !== undefined) ?? [];
const textOf = (excel: ExcelJS.Workbook) => {
  const texts: string[] = [];
  excel.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))),
    ),
  );
  return texts.join('\n');
};

// The sheets and columns each plan file publishes: Sjöbo resultat- and balansbudget with 2022–2023 printed
// before its budget years 2024–2027; Västernorrland a resultatbudget with 2020–2021 before 2022–2024.
const EXPECTED = {
  'norrbotten-2025-2027': {
    statements: ['Resultatbudget', 'Balansbudget', 'Finansieringsbudget'],
    resultat: [2025, 2026, 2027, 2028, 2029, 2030],
  },
  'sjobo-2024-2027': {
    statements: ['Resultatbudget', 'Balansbudget'],
    resultat: [2022, 2023, 2024, 2025, 2026, 2027],
  },
  'vasternorrland-2022-2024': { statements: ['Resultatbudget'], resultat: [2020, 2021, 2022, 2023, 2024] },
} as const;

describe.each(Object.entries(EXPECTED))('the Excel export of %s', { timeout: 60_000 }, (id, expected) => {
  it('has the statements the plan publishes, each with its earlier years, unit and source', async () => {
    const { plan, excel } = await exported(id);
    const names = excel.worksheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.endsWith('budget'))).toEqual(expected.statements);
    expect(headerOf(excel.getWorksheet('Resultatbudget'))).toEqual([...expected.resultat, 'Enhet', 'Källa']);
    const resultat = excel.getWorksheet('Resultatbudget');
    // The plan's own label and its figure in the first earlier year, as printed.
    const first = plan.statements.resultatbudget.rows[0];
    expect(resultat?.getCell('A2').value).toBe(first?.label ?? resultat?.getCell('A2').value);
    const firstYear = expected.resultat[0];
    const cell = resultat?.getRow(2).getCell(2).value as { result?: number } | number | undefined;
    const printed = first?.values[String(firstYear)];
    if (printed !== undefined) expect(typeof cell === 'number' ? cell : cell?.result).toBeCloseTo(printed, 6);
    for (const other of otherOrganisations(plan)) expect(textOf(excel)).not.toContain(other);
  });
});
