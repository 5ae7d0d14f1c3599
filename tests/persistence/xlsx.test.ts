import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import type { ScenarioChanges } from '../../src/model/scenarioChanges';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { STATEMENT_SHEETS } from '../../src/model/rowSpec';
import { buildXlsx } from '../../src/persistence/xlsx/buildXlsx';
import { compute, frameChange, plan, valueOf } from '../helpers';
import { recalculateWithLibreOffice, skipLibreOffice } from './xlsxRecalc';

const now = new Date('2026-11-25T13:00:00.000Z');
const changes: ScenarioChanges = {
  inputs: { skattesats: { '2025': 11.44, '2026': 11.44 }, prisindex: { '2026': 4.5 } },
  frameChanges: [frameChange({ amounts: { '2025': 50, '2026': 50 }, note: 'Fler turer' })],
};
const document: ScenarioDocument = {
  id: 'test',
  name: 'Skatt och kollektivtrafik',
  plan: { id: plan.id, version: plan.version },
  changes,
  notes: { skattesats: 'Finansierar kollektivtrafiken' },
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
};
const results = compute(changes);
const build = (doc = document, res = results) => buildXlsx({ plan, document: doc, results: res, now });

const addressOf = (compiled: ReturnType<typeof compileWorkbook>, id: string, year: number) => {
  const address = compiled.layout.cellOf(id, year);
  if (!address) throw new Error(`${id} ${year} saknar cell`);
  return address;
};

const load = async (bytes: Uint8Array) => {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes.buffer as ArrayBuffer);
  return excel;
};

/** The functions Excel and LibreOffice Calc both have, that the model may use. */
const PORTABLE_FUNCTIONS = new Set(['SUM', 'SUMIFS', 'IF', 'MIN', 'MAX', 'AND', 'OR', 'ABS', 'ROUND', 'NOT']);

describe('Excel export', () => {
  it('has the model sheets, the frame changes and the list of changes', async () => {
    const excel = await load(await build());
    expect(excel.worksheets.map((sheet) => sheet.name)).toEqual([
      ...STATEMENT_SHEETS,
      'Ramförändringar',
      'Ändringar',
    ]);
  });

  it('writes readable formulas over defined names, with the app’s values cached', async () => {
    const excel = await load(await build());
    const compiled = compileWorkbook(plan, changes);
    const address = compiled.layout.cellOf('skatteintakter', 2025);
    if (!address) throw new Error('skatteintakter saknas');
    const cell = excel.getWorksheet('Resultatbudget')?.getCell(address.row + 1, address.col + 1);
    expect(cell?.value).toEqual({
      formula: 'Skatteunderlag_2025*Skattesats_2025/100',
      result: valueOf(results, 'skatteintakter', 2025),
    });
    expect(cell?.numFmt).toBe('#,##0');
    const names = excel.definedNames.model.map((name) => name.name);
    expect(new Set(names)).toEqual(new Set(compiled.namedExpressions.map((n) => n.name)));
    expect(excel.getWorksheet('Resultatbudget')?.getCell(address.row + 1, 1).value).toBe('Skatteintäkter');
  });

  it('writes every input with the scenario’s value and every formula with its cached value', async () => {
    const excel = await load(await build());
    const compiled = compileWorkbook(plan, changes);
    let formulas = 0;
    for (const row of compiled.rows.all)
      for (const year of compiled.layout.yearsOfRow(row)) {
        const at = compiled.layout.cellOf(row.id, year);
        if (!at) continue;
        const value = excel.getWorksheet(at.sheet)?.getCell(at.row + 1, at.col + 1).value;
        const expected = results.cells[row.id]?.[String(year)];
        if (row.kind === 'formula') {
          formulas++;
          const result = (value as { result?: unknown }).result;
          // exceljs's reader drops a cached 0 or FALSE (`<v>0</v>` is written; its parser skips a falsy text)
          if (expected === 0 || expected === false)
            expect([expected, undefined], `${row.id} ${year}`).toContain(result);
          else expect(result, `${row.id} ${year}`).toEqual(expected);
        } else expect(value, `${row.id} ${year}`).toBe(expected);
      }
    expect(formulas).toBeGreaterThan(200);
    expect(
      excel.getWorksheet('Antaganden')?.getCell(addressOf(compiled, 'skattesats', 2025).row + 1, 2).value,
    ).toBe(11.44);
  });

  it('uses only functions that Excel and LibreOffice both have', () => {
    const compiled = compileWorkbook(plan, changes);
    const used = new Set<string>();
    for (const cells of Object.values(compiled.sheets))
      for (const line of cells)
        for (const content of line)
          if (typeof content === 'string' && content.startsWith('='))
            for (const match of content.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(match[1] ?? '');
    expect([...used].filter((name) => !PORTABLE_FUNCTIONS.has(name))).toEqual([]);
    expect(used.has('SUMIFS')).toBe(true);
  });

  it('lists the changes with plan, scenario, difference and notes', async () => {
    const excel = await load(await build());
    const rows: unknown[][] = [];
    excel.getWorksheet('Ändringar')?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const skatt = rows.filter((row) => row[0] === 'Skattesats');
    expect(skatt).toHaveLength(2);
    expect(skatt[0]).toEqual([
      'Skattesats',
      'kr',
      2025,
      expect.any(Number),
      11.44,
      expect.any(Number),
      'Finansierar kollektivtrafiken',
    ]);
    expect((skatt[0]?.[4] as number) - (skatt[0]?.[3] as number)).toBeCloseTo(skatt[0]?.[5] as number, 10);
    expect(
      rows.some((row) => row[0] === 'Kollektivtrafik' && row[2] === 'Kostnad' && row.at(-1) === 'Fler turer'),
    ).toBe(true);
  });
});

describe.skipIf(skipLibreOffice)('Excel export recalculated by LibreOffice', () => {
  const number = (sheets: Record<string, string[][]>, sheet: string, row: number, col: number) =>
    Number(sheets[sheet]?.[row]?.[col]);

  it('gives the app’s figures in every statement cell', async () => {
    const sheets = recalculateWithLibreOffice(await build());
    const compiled = compileWorkbook(plan, changes);
    let compared = 0;
    for (const row of compiled.rows.all)
      for (const year of compiled.layout.yearsOfRow(row)) {
        const expected = results.cells[row.id]?.[String(year)];
        const at = compiled.layout.cellOf(row.id, year);
        if (typeof expected !== 'number' || !at) continue;
        expect(number(sheets, at.sheet, at.row, at.col), `${row.id} ${year}`).toBeCloseTo(expected, 6);
        compared++;
      }
    expect(compared).toBeGreaterThan(300);
  }, 120_000);

  it('recalculates the statements when the skattesats cells are changed, as the app’s +10 öre does', async () => {
    const planDoc = { ...document, changes: { inputs: {}, frameChanges: [] } };
    const before = compute(planDoc.changes);
    const excel = await load(await build(planDoc, before));
    const compiled = compileWorkbook(plan, planDoc.changes);
    const antaganden = excel.getWorksheet('Antaganden');
    const raised: Record<string, number> = {};
    for (const year of compiled.layout.years) {
      const at = addressOf(compiled, 'skattesats', year);
      const cell = antaganden?.getCell(at.row + 1, at.col + 1);
      raised[String(year)] = (cell?.value as number) + 0.1;
      if (cell) cell.value = raised[String(year)] ?? null;
    }
    // Drop every cached value: what LibreOffice shows must come from its own recalculation.
    excel.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          const value = c.value as { formula?: string } | null;
          if (value && typeof value === 'object' && value.formula)
            c.value = { formula: value.formula } as ExcelJS.CellValue;
        }),
      ),
    );
    const sheets = recalculateWithLibreOffice(
      new Uint8Array((await excel.xlsx.writeBuffer()) as ArrayBuffer),
    );
    const app = compute({ inputs: { skattesats: raised }, frameChanges: [] });
    let moved = 0;
    for (const row of compiled.rows.all)
      for (const year of compiled.layout.yearsOfRow(row)) {
        const expected = app.cells[row.id]?.[String(year)];
        if (typeof expected !== 'number') continue;
        const at = addressOf(compiled, row.id, year);
        const shown = number(sheets, at.sheet, at.row, at.col);
        expect(shown, `${row.id} ${year}`).toBeCloseTo(expected, 6);
        if (Math.abs(shown - valueOf(before, row.id, year)) > 1) moved++;
      }
    expect(moved).toBeGreaterThan(30);
    // Hand calculation: 10 öre on the skatteunderlag (mnkr) is skatteunderlag × 0,10 / 100 ≈ 69,9 mnkr.
    const where = addressOf(compiled, 'skatteintakter', 2025);
    const delta = number(sheets, where.sheet, where.row, where.col) - valueOf(before, 'skatteintakter', 2025);
    expect(delta).toBeCloseTo((valueOf(before, 'skatteunderlag', 2025) * 0.1) / 100, 6);
    expect(delta).toBeGreaterThan(69);
    expect(delta).toBeLessThan(71);
    for (const id of ['arets_resultat', 'balanskravsresultat']) {
      const at = addressOf(compiled, id, 2025);
      expect(number(sheets, at.sheet, at.row, at.col) - valueOf(before, id, 2025), id).toBeCloseTo(delta, 6);
    }
  }, 120_000);
});
