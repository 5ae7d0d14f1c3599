import { describe, expect, it } from 'vitest';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { formatRowValue } from '../../src/format/formatValue';
import { balanskravStatus } from '../../src/model/balanskravStatus';
import { modelRows } from '../../src/model/modelRows';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { shownView, viewsOf } from '../../src/ui/SheetTabs';
import { planById } from './plans';

// From the plan files: the statements each publishes and the earlier years it prints (README of fixtures/plans).
const EXPECTED = {
  'norrbotten-2025-2027': {
    statements: ['Resultatbudget', 'Balansbudget', 'Finansieringsbudget'],
    history: [],
    resultatColumns: [2025, 2026, 2027, 2028, 2029, 2030],
    intro: 'Budget 2025–2027 och kalkyl 2028–2030, mnkr.',
  },
  'sjobo-2024-2027': {
    statements: ['Resultatbudget', 'Balansbudget'],
    history: [2022, 2023],
    resultatColumns: [2022, 2023, 2024, 2025, 2026, 2027],
    intro: 'Budget 2024–2027, tidigare år 2022–2023, mnkr.',
  },
  'vasternorrland-2022-2024': {
    statements: ['Resultatbudget'],
    history: [2020, 2021],
    resultatColumns: [2020, 2021, 2022, 2023, 2024],
    intro: 'Budget 2022–2024, tidigare år 2020–2021, mnkr.',
  },
} as const;

describe.each(Object.entries(EXPECTED))('the sheets of %s', (id, expected) => {
  const plan = planById(id);
  const { rows, layout } = compileWorkbook(plan, NO_CHANGES);

  it('offers the statements the plan publishes and no other', () => {
    const views = viewsOf(rows, layout, true).map((view) => view.id);
    const statements = views.filter((view) =>
      ['Resultatbudget', 'Balansbudget', 'Finansieringsbudget'].includes(view),
    );
    expect(statements).toEqual(expected.statements);
    expect(views).toContain('Nyckeltal');
    expect(views).toContain('VadKravs');
  });

  it('shows the earlier years it prints before the modelled years, marked as earlier, never as budget', () => {
    expect(layout.columnsOf('Resultatbudget')).toEqual(expected.resultatColumns);
    expect(layout.historyYears).toEqual(expected.history);
    for (const year of expected.history) expect(layout.kindOf(year)).toBe('history');
    expect(layout.budgetYears.map((year) => layout.kindOf(year))).toEqual(
      layout.budgetYears.map(() => 'budget'),
    );
    // Antaganden holds the drivers of the modelled years only.
    expect(layout.columnsOf('Antaganden')).toEqual(layout.years);
  });

  it('names the plan’s own years in the statement’s intro', () => {
    expect(viewsOf(rows, layout, true).find((view) => view.id === 'Resultatbudget')?.intro).toBe(
      expected.intro,
    );
  });

  it('gives way to the resultatbudget when the plan lacks the chosen statement', () => {
    for (const sheet of ['Balansbudget', 'Finansieringsbudget'] as const)
      expect(shownView(sheet, rows, true)).toBe(
        (expected.statements as readonly string[]).includes(sheet) ? sheet : 'Resultatbudget',
      );
    expect(shownView('VadKravs', rows, true)).toBe('VadKravs');
  });

  it('offers the Balanskrav view where the plan has a balanskravsutredning, and gives way without one', () => {
    // Every built-in plan has the utredning as rows of its resultatbudget (issue 14 step 1).
    const { workbook, results } = calculateOnce(plan, NO_CHANGES);
    const hasBalanskrav = balanskravStatus(workbook, results, {}) !== undefined;
    expect(hasBalanskrav).toBe(true);
    expect(viewsOf(rows, layout, hasBalanskrav).map((view) => view.id)).toContain('Balanskrav');
    expect(viewsOf(rows, layout, false).map((view) => view.id)).not.toContain('Balanskrav');
    expect(shownView('Balanskrav', rows, true)).toBe('Balanskrav');
    expect(shownView('Balanskrav', rows, false)).toBe('Resultatbudget');
  });
});

describe('an assumption in mnkr', () => {
  const shown = (id: string, rowId: string, value: number) => {
    const row = modelRows(planById(id)).byId.get(rowId);
    if (!row) throw new Error(`no row ${rowId}`);
    return formatRowValue(value, row);
  };

  it('is shown in tenths where the plan prints tenths, in whole mnkr where it prints whole millions', () => {
    // Sjöbo's balansbudget prints Ansvarsförbindelse för pensioner 2024 as 1,1 mnkr: not "1".
    expect(shown('sjobo-2024-2027', 'ansvarsforbindelse', 1.1)).toBe('1,1');
    expect(shown('sjobo-2024-2027', 'generella_statsbidrag_grund', 324.4)).toBe('324,4');
    // Norrbotten's tables are in whole millions.
    expect(shown('norrbotten-2025-2027', 'generella_statsbidrag_grund', 3_210.4)).toBe('3\u00a0210');
  });
});
