import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import planJson from '../../fixtures/plans/norrbotten-2025-2027.json';
import { parsePlan } from '../../src/model/parsePlan';
import type { Plan } from '../../src/model/planSchema';
import { planRef, type ScenarioDocument } from '../../src/model/scenarioDocument';
import { buildXlsx } from '../../src/persistence/xlsx/buildXlsx';
import { FORMULA_NAMES } from '../formulaNames';
import { compute, frameChange, plan } from '../helpers';

const now = new Date('2026-11-25T13:00:00.000Z');
const document: ScenarioDocument = {
  id: 'formler',
  name: '=SEQUENCE(1000,1000)',
  plan: planRef(plan),
  changes: {
    inputs: { skattesats: { '2025': 11.44 } },
    frameChanges: FORMULA_NAMES.map((name, i) =>
      frameChange({ id: `f${i}`, name, namnd: name, note: name, amounts: { '2025': 1 } }),
    ),
  },
  notes: { skattesats: '=REPT("x",1e7)' },
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
};

const exported = async (onPlan: Plan, doc: ScenarioDocument) => {
  const excel = new ExcelJS.Workbook();
  const bytes = await buildXlsx({ plan: onPlan, document: doc, results: compute(doc.changes), now });
  await excel.xlsx.load(bytes.buffer as ArrayBuffer);
  return excel;
};

/** Every cell of the workbook whose value is `text`, with the type exceljs read it as. */
const cellsHolding = (excel: ExcelJS.Workbook, text: string) => {
  const found: { sheet: string; type: ExcelJS.ValueType; value: unknown }[] = [];
  for (const sheet of excel.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === text) found.push({ sheet: sheet.name, type: cell.type, value: cell.value });
      }),
    );
  return found;
};

const formulas = (excel: ExcelJS.Workbook): string[] => {
  const found: string[] = [];
  for (const sheet of excel.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) found.push(cell.formula);
      }),
    );
  return found;
};

describe('Excel export of text that looks like a formula', () => {
  it('writes frame-change names, nämnder and notes as text cells, never as formulas', async () => {
    const excel = await exported(plan, document);
    for (const name of FORMULA_NAMES) {
      const cells = cellsHolding(excel, name);
      // Name, nämnd and note on Ändringar; name and nämnd on Ramförändringar.
      expect(cells.length).toBeGreaterThanOrEqual(5);
      for (const cell of cells)
        expect(cell).toEqual({ sheet: cell.sheet, type: ExcelJS.ValueType.String, value: name });
    }
    expect(formulas(excel).filter((f) => /SEQUENCE|REPT|@SUM/.test(f))).toEqual([]);
    expect(formulas(excel).length).toBeGreaterThan(100);
    expect(excel.getWorksheet('Ändringar')?.getCell('A1').value).toBe('=SEQUENCE(1000,1000)');
  });

  it('writes a plan’s label as text even when a nämnd’s name starts with =', async () => {
    const json = JSON.parse(JSON.stringify(planJson)) as { namnder: { list: { name: string }[] } };
    const [first] = json.namnder.list;
    if (!first) throw new Error('Planen saknar nämnder');
    first.name = '=SEQUENCE(9,9)';
    const odd = parsePlan(json);
    const doc = { ...document, plan: planRef(odd) };
    const excel = await exported(odd, doc);
    const labels: ExcelJS.Cell[] = [];
    excel.getWorksheet('Plan')?.eachRow((row) => {
      const cell = row.getCell(1);
      if (String(cell.value).startsWith('=SEQUENCE(9,9)')) labels.push(cell);
    });
    expect(labels.length).toBeGreaterThan(0);
    for (const cell of labels) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});
