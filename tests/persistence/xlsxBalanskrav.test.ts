import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { parsePlan } from '../../src/model/parsePlan';
import { buildXlsx } from '../../src/persistence/xlsx/buildXlsx';
import { applyCommand } from '../../src/scenarios/applyCommand';
import { newScenario } from '../../src/scenarios/newScenario';

const sjobo = parsePlan(sjoboJson);
const now = new Date('2026-12-01T12:00:00.000Z');
const decided = applyCommand(newScenario(sjobo, 'Synnerliga skäl', 'test', now), {
  type: 'scenario/setSynnerligaSkal',
  year: 2024,
  amount: 10,
  reason: 'Pandemins kostnader; =SUM(A1) är text',
});

const rowsOf = async (sheetName: string, document = decided) => {
  const bytes = await buildXlsx({
    plan: sjobo,
    document,
    results: calculateOnce(sjobo, document.changes).results,
    now,
  });
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes.buffer as ArrayBuffer);
  const rows: unknown[][] = [];
  excel.getWorksheet(sheetName)?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('Excel export of the balanskrav (Sjöbo kommun, a decision on synnerliga skäl for 2024)', () => {
  it('answers the revisor’s three questions', async () => {
    const rows = await rowsOf('Balanskrav');
    const answers = rows.filter((row) => String(row[0]).endsWith('?'));
    expect(answers.map((row) => [row[0], row[1]])).toEqual([
      ['Uppfylls balanskravet?', 'nej'],
      ['Återställs underskotten i tid?', 'ja'],
      ['Används reserven inom reglerna?', 'ja'],
    ]);
  });

  it('writes the ledger per year: 4,8 (2023) + 18,6 − 10 (2024) = 13,4 left at the end of 2024', async () => {
    const rows = await rowsOf('Balanskrav');
    const year = (y: number) => rows.find((row) => row[1] === y && typeof row[2] === 'number');
    expect(year(2023)?.slice(0, 5)).toEqual(['Tidigare', 2023, -4.8, 0, 4.8]);
    const y2024 = year(2024);
    expect(y2024?.slice(0, 3)).toEqual(['Budget', 2024, -18.6]);
    expect(y2024?.[4] as number).toBeCloseTo(13.4, 9);
    expect(String(y2024?.[5])).toContain('Åtgärdsplan krävs');
    // 2025’s 40,0 restores what is left: 13,4.
    expect(year(2025)?.[3] as number).toBeCloseTo(13.4, 9);
    expect(year(2025)?.[4]).toBe(0);
  });

  it('lists the decision with its amount, the part counted and its reason as text, not a formula', async () => {
    const rows = await rowsOf('Balanskrav');
    expect(rows.find((row) => row[0] === 'Underskott som inte återställs')).toEqual([
      'Underskott som inte återställs',
      2024,
      10,
      10,
      'nej',
      'Pandemins kostnader; =SUM(A1) är text',
    ]);
  });

  it('gives the reason beside the changed input on Ändringar, and names the organisation', async () => {
    const rows = await rowsOf('Ändringar');
    expect(rows[1]).toEqual(['Sjöbo kommun · Budget 2024 med plan 2025–2027']);
    const line = rows.find((row) => row[0] === 'Underskott som inte återställs (synnerliga skäl)');
    expect(line?.slice(2)).toEqual([2024, 0, 10, 10, 'Pandemins kostnader; =SUM(A1) är text']);
  });

  it('says so when no decision is in force', async () => {
    const rows = await rowsOf('Balanskrav', newScenario(sjobo, 'Planen', 'plan', now));
    expect(rows.some((row) => row[0] === 'Inga beslut om synnerliga skäl')).toBe(true);
  });
});
