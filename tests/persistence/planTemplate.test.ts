import { describe, expect, it } from 'vitest';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { CATALOGUE } from '../../src/model/catalogue/catalogue';
import { STATEMENT_KINDS } from '../../src/model/planSchema';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { planTemplate } from '../../src/persistence/xlsx/planTemplate';
import { readPlanTemplate } from '../../src/persistence/xlsx/readPlanTemplate';
import {
  BUILT_IN,
  builtInPlan,
  cellAt,
  columnOf,
  edited,
  load,
  modelParts,
  rowOf,
  sheetOf,
} from './templateHelpers';
import { recalculateWithLibreOffice, resaveWithLibreOffice, skipLibreOffice } from './xlsxRecalc';

const INPUT = 'FFFFF2CC';
const SUM = 'FFDDEBF7';
const FIXED = 'FFEDEDED';
let cached: Promise<Uint8Array> | undefined;
/** The empty template, built once for the tests that only read it. */
const empty = async () => load(await (cached ??= planTemplate()));
const SHEETS = {
  resultatbudget: 'Resultatbudget',
  balansbudget: 'Balansbudget',
  finansieringsbudget: 'Finansieringsbudget',
};
/** Excel's default: a cell is locked unless it says otherwise. */
const lockedOf = (cell: { protection?: { locked?: boolean } }) => cell.protection?.locked ?? true;
const fillOf = (cell: { fill?: unknown }) =>
  (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
const textOf = (sheet: { getCell: (r: number, c: number) => { value: unknown } }, rows: number) =>
  Array.from({ length: rows }, (_, r) => String(sheet.getCell(r + 1, 2).value ?? '')).join('\n');

describe('the plan template ("Ladda ner mall")', () => {
  it('has Swedish instructions first, then Planen, the statements, revenue, drivers, nämnder and goals', async () => {
    const excel = await empty();
    expect(excel.worksheets.map((sheet) => sheet.name)).toEqual([
      'Instruktioner',
      'Planen',
      'Resultatbudget',
      'Balansbudget',
      'Finansieringsbudget',
      'Skatt och utjämning',
      'Drivare',
      'Nämnder',
      'Mål',
    ]);
    const text = textOf(sheetOf(excel, 'Instruktioner'), 60);
    for (const phrase of [
      /mnkr/,
      /Kostnader .* negativa/,
      /Decimalkomma går bra/,
      /tom cell betyder att planen inte trycker talet/,
      /jämförs med sina delar/,
      /gula cellerna/,
    ])
      expect(text).toMatch(phrase);
  });

  it('lists every standard row of each statement by id and Swedish label, with a column per year', async () => {
    const excel = await empty();
    for (const kind of STATEMENT_KINDS) {
      const sheet = sheetOf(excel, SHEETS[kind]);
      for (const standard of CATALOGUE[kind]) {
        const r = rowOf(sheet, standard.id);
        expect(sheet.getCell(r, 2).value).toBe(standard.label);
      }
      expect(sheet.getCell(5, 7).value).toMatchObject({ formula: expect.stringContaining('Planen!$B$') });
    }
  });

  it('marks input cells yellow and unlocked, printed sums blue, ids and standard labels grey and locked', async () => {
    const sheet = sheetOf(await empty(), 'Resultatbudget');
    const line = rowOf(sheet, 'skatteintakter');
    const sum = rowOf(sheet, 'arets_resultat');
    for (let c = 7; c < 20; c++) {
      expect([fillOf(sheet.getCell(line, c)), lockedOf(sheet.getCell(line, c))]).toEqual([INPUT, false]);
      expect([fillOf(sheet.getCell(sum, c)), lockedOf(sheet.getCell(sum, c))]).toEqual([SUM, false]);
    }
    for (const c of [1, 2])
      expect([fillOf(sheet.getCell(line, c)), lockedOf(sheet.getCell(line, c))]).toEqual([FIXED, true]);
    expect(fillOf(sheet.getCell(line, 3))).toBe(INPUT); // the plan's own label
    expect(String(sheet.getCell('B4').value)).toMatch(/Gul cell: fyll i. Blå cell: en summa/);
    const legend = sheetOf(await empty(), 'Instruktioner');
    const colours = Array.from({ length: 80 }, (_, r) => fillOf(legend.getCell(r + 1, 1))).filter(Boolean);
    expect(colours).toEqual([INPUT, SUM, FIXED]);
  });

  it('offers the Swedish words of every choice and the balanskrav as the law', async () => {
    const excel = await empty();
    const revenue = sheetOf(excel, 'Skatt och utjämning');
    expect(revenue.getCell('D6').dataValidation.formulae).toEqual([
      '"följer skattesats och underlag,inkomstutjämning,följer befolkningen,fast"',
    ]);
    expect(revenue.getCell('C6').dataValidation.formulae).toEqual(['"skatt,statsbidrag och utjämning"']);
    const goals = sheetOf(excel, 'Mål');
    expect(goals.getCell('B6').value).toBe('Balanskrav');
    expect(String(goals.getCell('B6').dataValidation.formulae?.[0])).toMatch(
      /Soliditet,Självfinansieringsgrad/,
    );
    const drivers = sheetOf(excel, 'Drivare');
    expect(drivers.getCell(rowOf(drivers, 'skattesats'), 2).value).toMatch(/^Skattesats/);
    expect(lockedOf(drivers.getCell(rowOf(drivers, 'prisindex'), 3))).toBe(false);
    expect(sheetOf(excel, 'Planen').getCell('A3').value).toBe('Organisation');
  });

  it('holds a plan’s figures when pre-filled: Sjöbo’s balanskravsresultat 2024 is −18,6', async () => {
    const excel = await load(await planTemplate(builtInPlan('sjobo-2024-2027')));
    const rb = sheetOf(excel, 'Resultatbudget');
    expect(cellAt(rb, 'balanskravsresultat', 2024).value).toBe(-18.6);
    expect(rb.getCell(rowOf(rb, 'balanskravsresultat'), 3).value).toBe('Årets balanskravsresultat');
    expect(columnOf(rb, 2022)).toBe(7);
    expect(sheetOf(excel, 'Planen').getCell('B5').value).toBe('1265');
  });
});

describe('a pre-filled template reads back as the same plan', () => {
  for (const name of BUILT_IN)
    it(name, async () => {
      const plan = builtInPlan(name);
      const { plan: back, warnings } = await readPlanTemplate(await planTemplate(plan));
      expect(modelParts(back)).toEqual(modelParts(plan));
      expect(back.id).toBe(plan.id);
      // The model computes the same figure in every cell.
      expect(calculateOnce(back, NO_CHANGES).results).toEqual(calculateOnce(plan, NO_CHANGES).results);
      // Only Norrbotten's own table disagrees with itself (2030: −11 + 295 − 192 = 92, printed 90).
      expect(warnings.map((w) => [w.check.rowId, w.check.year])).toEqual(
        name === 'norrbotten-2025-2027' ? [['arets_resultat', 2030]] : [],
      );
    });

  it('keeps the document and its sections as the sources', async () => {
    const plan = builtInPlan('norrbotten-2025-2027');
    const { plan: back } = await readPlanTemplate(await planTemplate(plan));
    expect(back.documents).toEqual({
      plan: { title: 'Strategisk plan 2025–2027', publisher: 'Region Norrbotten', date: 'juni 2024' },
    });
    expect(back.statements.resultatbudget.source).toEqual({
      kind: 'document',
      document: 'plan',
      section: 'avsnitt Resultatbudget 2025–2027 och kalkyl 2028–2030',
    });
    const sjobo = (await readPlanTemplate(await planTemplate(builtInPlan('sjobo-2024-2027')))).plan;
    expect(sjobo.drivers.skattesats.source).toMatchObject({
      kind: 'entered',
      note: expect.stringMatching(/^Skattesatsen står inte på budgetsidorna/),
    });
  });
});

describe.skipIf(skipLibreOffice)('the template in LibreOffice', () => {
  it('shows each sheet’s years once Planen’s years are typed', async () => {
    const bytes = await edited(await planTemplate(), (excel) => {
      const planen = sheetOf(excel, 'Planen');
      planen.getCell('B8').value = 2025;
      planen.getCell('B9').value = 3;
      planen.getCell('B10').value = 3;
    });
    const sheets = recalculateWithLibreOffice(bytes);
    expect(sheets.Resultatbudget?.[4]?.slice(6, 13)).toEqual([
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '',
    ]);
    expect(sheets.Resultatbudget?.[3]?.slice(6, 9)).toEqual(['Budget', 'Budget', 'Budget']);
    expect(sheets.Drivare?.[3]?.slice(6, 14)).toEqual([
      'Basår',
      'Budget',
      'Budget',
      'Budget',
      'Kalkyl',
      'Kalkyl',
      'Kalkyl',
      'Året efter',
    ]);
    expect(sheets.Drivare?.[4]?.slice(6, 14)).toEqual([
      '2024',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
    ]);
    expect(sheets.Nämnder?.[4]?.slice(6, 10)).toEqual(['2025', '2026', '2027', '']);
    expect(sheets.Planen?.[11]?.[1]).toBe('2024');
  }, 120_000);

  it('reads back as the same plan after LibreOffice has saved it', async () => {
    const plan = builtInPlan('sjobo-2024-2027');
    const { plan: back } = await readPlanTemplate(resaveWithLibreOffice(await planTemplate(plan)));
    expect(modelParts(back)).toEqual(modelParts(plan));
  }, 120_000);
});
