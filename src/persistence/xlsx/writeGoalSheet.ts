import type { Workbook, Worksheet } from 'exceljs';
import type { Goal, Plan, Source } from '../../model/planSchema';
import { choose, put, sourceCells, writeSheetTop } from './templateCells';
import {
  DEBT_WORDS,
  DEFINITION_WORDS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  GOAL_COL,
  GOAL_KIND_WORDS,
  JUDGED_WORDS,
  RESULT_ROW_WORDS,
  RESULTATKRAV_WORDS,
  SOLIDITET_WORDS,
  TEMPLATE_SHEETS,
  wordOf,
} from './templateLayout';

/** A number as a person writes it in a text cell: "1,2", "−0,5". */
const sv = (value: number) => String(value).replace('.', ',').replace('-', '−');

/** "2025–2027" for consecutive years, else "2025, 2027". */
export const yearsText = (years: readonly number[]): string => {
  const first = years[0];
  const last = years[years.length - 1];
  const consecutive = years.every((year, i) => i === 0 || year === (years[i - 1] ?? 0) + 1);
  return first !== undefined && last !== undefined && consecutive && years.length > 1
    ? `${first}–${last}`
    : years.join(', ');
};

const publishedText = (published: Readonly<Record<string, number>> | number | undefined) =>
  published === undefined
    ? undefined
    : typeof published === 'number'
      ? published
      : Object.entries(published)
          .map(([year, value]) => `${year}: ${sv(value)}`)
          .join('; ');

type GoalCells = {
  id?: string | undefined;
  kind?: string | undefined;
  variant?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  judged?: string | undefined;
  years?: string | undefined;
  published?: string | number | undefined;
  label?: string | undefined;
  shortLabel?: string | undefined;
  source?: Source | undefined;
};

const cellsOf = (goal: Goal): GoalCells => {
  const base = {
    id: goal.id,
    kind: GOAL_KIND_WORDS[goal.kind],
    label: goal.label,
    shortLabel: goal.shortLabel,
  };
  switch (goal.kind) {
    case 'balanskrav':
      return { ...base, min: goal.min };
    case 'resultatandel':
      return {
        ...base,
        variant: wordOf(RESULT_ROW_WORDS, goal.row),
        min: goal.min,
        max: goal.max,
        judged: goal.judged && wordOf(JUDGED_WORDS, goal.judged),
        years: goal.years && yearsText(goal.years),
        published: publishedText(goal.published),
      };
    case 'soliditet':
      return { ...base, variant: goal.model, min: goal.min, published: publishedText(goal.published) };
    case 'sjalvfinansieringsgrad':
      return {
        ...base,
        variant: wordOf(DEFINITION_WORDS, goal.definition),
        min: goal.min,
        judged: goal.judged && wordOf(JUDGED_WORDS, goal.judged),
        years: goal.years && yearsText(goal.years),
        published: publishedText(goal.published),
      };
    case 'skuldandel':
      return { ...base, variant: wordOf(DEBT_WORDS, goal.debt), max: goal.max };
  }
};

const VARIANTS = [RESULT_ROW_WORDS, SOLIDITET_WORDS, DEFINITION_WORDS, DEBT_WORDS].flatMap(Object.keys);

const writeGoalRow = (sheet: Worksheet, r: number, cells: GoalCells, plan: Plan | undefined) => {
  put(sheet, r, GOAL_COL.id, 'fixed', cells.id);
  choose(put(sheet, r, GOAL_COL.kind, 'input', cells.kind), [
    ...Object.values(GOAL_KIND_WORDS),
    RESULTATKRAV_WORDS,
  ]);
  choose(put(sheet, r, GOAL_COL.variant, 'input', cells.variant), VARIANTS);
  put(sheet, r, GOAL_COL.min, 'input', cells.min);
  put(sheet, r, GOAL_COL.max, 'input', cells.max);
  choose(put(sheet, r, GOAL_COL.judged, 'input', cells.judged), Object.keys(JUDGED_WORDS));
  put(sheet, r, GOAL_COL.years, 'input', cells.years);
  put(sheet, r, GOAL_COL.published, 'input', cells.published);
  put(sheet, r, GOAL_COL.label, 'input', cells.label);
  put(sheet, r, GOAL_COL.shortLabel, 'input', cells.shortLabel);
  const source = sourceCells(plan, cells.source);
  put(sheet, r, GOAL_COL.section, 'input', source.section);
  put(sheet, r, GOAL_COL.note, 'input', source.note);
};

/** The balanskrav is the law; an empty template has it filled in and cites the law. */
const LAW: GoalCells = {
  kind: GOAL_KIND_WORDS.balanskrav,
  source: { kind: 'entered', note: 'Kommunallagen (2017:725) 11 kap. 12–14 §§ (balanskravet)' },
};

/** Mål: the plan's own financial goals, a row each, and its resultatkrav. */
export const writeGoalSheet = (excel: Workbook, plan: Plan | undefined): void => {
  const sheet = excel.addWorksheet(TEMPLATE_SHEETS.mal);
  writeSheetTop(
    sheet,
    'Finansiella mål',
    [
      'Id (ändra inte)',
      'Mål',
      'Variant',
      'Lägst (min)',
      'Högst (max)',
      'Bedöms',
      'År',
      'Planens eget värde',
      'Rubrik',
      'Kort rubrik',
      'Avsnitt i planen',
      'Anmärkning',
    ],
    undefined,
  );
  sheet.getCell(HEADER_ROW, GOAL_COL.min).note = 'I procent (1 betyder 1 %); för balanskravet i mnkr.';
  sheet.getCell(HEADER_ROW, GOAL_COL.max).note = 'I procent (3 betyder 3 %).';
  const rows: GoalCells[] = plan
    ? [
        ...plan.goals.map((goal) => ({ ...cellsOf(goal), source: goal.source })),
        ...(plan.resultatkrav
          ? [{ kind: RESULTATKRAV_WORDS, min: plan.resultatkrav.percent, source: plan.resultatkrav.source }]
          : []),
      ]
    : [LAW];
  for (let i = 0; i < Math.max(10, rows.length + 4); i++)
    writeGoalRow(sheet, FIRST_DATA_ROW + i, rows[i] ?? {}, plan);
  [12, 44, 30, 11, 11, 13, 12, 18, 30, 16, 24, 24].forEach(
    (width, i) => (sheet.getColumn(i + 1).width = width),
  );
};
