import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import type { ScenarioChanges } from '../../src/model/scenarioChanges';
import { planRef, type ScenarioDocument } from '../../src/model/scenarioDocument';
import { STATEMENT_SHEETS } from '../../src/model/rowSpec';
import { buildXlsx } from '../../src/persistence/xlsx/buildXlsx';
import { compute, frameChange, plan, valueOf } from '../helpers';
import { internalWords } from '../internalWords';
import { recalculateWithLibreOffice, skipLibreOffice } from './xlsxRecalc';

const now = new Date('2026-11-25T13:00:00.000Z');
const changes: ScenarioChanges = {
  inputs: { skattesats: { '2025': 11.44, '2026': 11.44 }, prisindex: { '2026': 4.5 } },
  frameChanges: [frameChange({ amounts: { '2025': 50, '2026': 50 }, note: 'Fler turer' })],
};
const document: ScenarioDocument = {
  id: 'test',
  name: 'Skatt och kollektivtrafik',
  plan: planRef(plan),
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
      'Balanskrav',
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
        const computed = results.cells[row.id]?.[String(year)];
        // A ja/nej row's verdict is cached as the word the cell shows.
        const expected = typeof computed === 'boolean' ? (computed ? 'ja' : 'nej') : computed;
        if (row.kind === 'formula') {
          formulas++;
          const result = (value as { result?: unknown }).result;
          // exceljs's reader drops a cached 0 (`<v>0</v>` is written; its parser skips a falsy text)
          if (expected === 0) expect([expected, undefined], `${row.id} ${year}`).toContain(result);
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

/** Every row of the Ändringar sheet as plain values (exceljs's row.values starts at index 1). */
const changesRows = async (doc: ScenarioDocument) => {
  const excel = await load(await build(doc, compute(doc.changes)));
  const sheet = excel.getWorksheet('Ändringar');
  const rows: { values: unknown[]; formats: string[] }[] = [];
  sheet?.eachRow((row) =>
    rows.push({
      values: (row.values as unknown[]).slice(1),
      formats: Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).numFmt ?? ''),
    }),
  );
  return rows;
};

describe('Excel export, as a reader sees it', () => {
  const planDoc: ScenarioDocument = { ...document, changes: { inputs: {}, frameChanges: [] }, notes: {} };

  it('writes ja/nej rows as the words "ja" and "nej", never TRUE/FALSE or 1/0', async () => {
    const excel = await load(await build(planDoc, compute(planDoc.changes)));
    const compiled = compileWorkbook(plan, planDoc.changes);
    const at = (year: number) => addressOf(compiled, 'mal_balanskrav_uppfyllt', year);
    const verdicts = compiled.layout.years.map((year) => {
      const cell = excel.getWorksheet('Nyckeltal')?.getCell(at(year).row + 1, at(year).col + 1);
      const value = cell?.value as { formula: string; result: unknown };
      expect(value.formula, String(year)).toMatch(/^IF\(.*,"ja","nej"\)$/);
      return value.result;
    });
    // The plan's balanskravsresultat (DOMAIN.md §1): −35, 148, 28, 5, −71, −131 mnkr.
    expect(verdicts).toEqual(['nej', 'ja', 'ja', 'ja', 'nej', 'nej']);
    let booleans = 0;
    excel.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { result?: unknown } | null;
          if (typeof value === 'boolean' || typeof value?.result === 'boolean') booleans++;
        }),
      ),
    );
    expect(booleans).toBe(0);
  });

  it('writes a frame change’s Aktiv as "ja" or "nej" and counts only the active ones', async () => {
    const on = frameChange({ id: 'on', amounts: { '2025': 50 } });
    const off = frameChange({ id: 'off', name: 'Avstängd', active: false, amounts: { '2025': 30 } });
    const doc = { ...planDoc, changes: { inputs: {}, frameChanges: [on, off] } };
    const results = compute(doc.changes);
    const excel = await load(await build(doc, results));
    const frames = excel.getWorksheet('Ramförändringar');
    expect([frames?.getCell('D1').value, frames?.getCell('D2').value, frames?.getCell('D3').value]).toEqual([
      'Aktiv',
      'ja',
      'nej',
    ]);
    expect(valueOf(results, 'ramforandringar_kostnader', 2025)).toBe(50);
    const räknas = (await changesRows(doc)).filter((row) => row.values[0] === 'Kollektivtrafik');
    expect(räknas.map((row) => row.values[3])).toEqual(['ja']);
  });

  it('lists differences as decimals: LPIK 0,8 → 1,04 is +0,24 exactly, +10 öre is 0,1', async () => {
    const doc = {
      ...planDoc,
      changes: { inputs: { prisindex: { '2026': 1.04 }, skattesats: { '2025': 11.44 } }, frameChanges: [] },
    };
    const rows = await changesRows(doc);
    const lpik = rows.find((row) => row.values[0] === 'LPIK (uppräkning av ramar)');
    const skatt = rows.find((row) => row.values[0] === 'Skattesats');
    // 1.04 − 0.8 is 0.24000000000000002 in doubles; 11.44 − 11.34 is 0.09999999999999964.
    expect(lpik?.values.slice(2, 6)).toEqual([2026, 0.8, 1.04, 0.24]);
    expect(skatt?.values.slice(2, 6)).toEqual([2025, 11.34, 11.44, 0.1]);
    // Shown with the decimals typed (1,04 %), not rounded to the row's one decimal (1,0 %).
    expect(lpik?.formats.slice(3, 6)).toEqual(['0.00" %"', '0.00" %"', '0.00" %"']);
    expect(skatt?.formats.slice(3, 6)).toEqual(['#,##0.00', '#,##0.00', '#,##0.00']);
  });

  it('gives the export time in Swedish time, winter and summer', async () => {
    const at = async (iso: string) => {
      const excel = await load(
        await buildXlsx({ plan, document: planDoc, results: compute(planDoc.changes), now: new Date(iso) }),
      );
      return excel.getWorksheet('Ändringar')?.getCell('A3').value;
    };
    // 13:00 UTC is 14:00 CET in November; 10:30 UTC is 12:30 CEST in June.
    expect(await at('2026-11-25T13:00:00.000Z')).toBe(
      'Exporterad 2026-11-25 kl. 14:00 (svensk tid) från Budgetverkstad',
    );
    expect(await at('2026-06-15T10:30:00.000Z')).toBe(
      'Exporterad 2026-06-15 kl. 12:30 (svensk tid) från Budgetverkstad',
    );
  });

  it('prints every sheet one page wide on A4, landscape, the header row on every page', async () => {
    const excel = await load(await build());
    expect(excel.worksheets).toHaveLength(STATEMENT_SHEETS.length + 3);
    for (const sheet of excel.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      if (sheet.name !== 'Ändringar' && sheet.name !== 'Balanskrav')
        expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe('1:1');
    }
  });

  it('no formula reads a ja/nej cell, so the words never reach arithmetic', () => {
    const compiled = compileWorkbook(plan, changes);
    const janej = compiled.rows.all.filter((row) => row.unit === 'janej').map((row) => row.name);
    const formulas = Object.values(compiled.sheets).flatMap((cells) =>
      cells.flatMap((line) => line.filter((c): c is string => typeof c === 'string' && c.startsWith('='))),
    );
    const readers = formulas.filter((formula) =>
      janej.some((name) => new RegExp(`\\b${name}(_\\d{4})?\\b`).test(formula)),
    );
    expect(janej.length).toBeGreaterThan(3);
    expect(readers).toEqual([]);
  });

  it('holds no internal word in any text cell', async () => {
    const excel = await load(await build());
    const problems: string[] = [];
    excel.eachSheet((sheet) =>
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (typeof cell.value === 'string')
            problems.push(...internalWords(cell.value).map((p) => `${sheet.name} ${r}:${c} ${p}`));
        }),
      ),
    );
    expect(problems).toEqual([]);
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
