import type { Workbook, Worksheet } from 'exceljs';
import type { Plan, Source, YearValues } from '../../model/planSchema';
import {
  choose,
  header,
  put,
  sourceCells,
  writeSheetTop,
  writeYearCells,
  writeYearHeaders,
  yearCountsOf,
} from './templateCells';
import {
  BEHAVIOUR_WORDS,
  DRIVER_COL,
  DRIVER_ROWS,
  FIRST_DATA_ROW,
  FIRST_YEAR_COL,
  GROUP_WORDS,
  HEADER_ROW,
  NAMND_COL,
  NAMND_POSTS,
  NAMND_SUMMA,
  REVENUE_COL,
  REVENUE_REASON_COL,
  spanYears,
  TEMPLATE_SHEETS,
  wordOf,
  type DriverKey,
  type DriverRow,
  type YearSpan,
} from './templateLayout';

const yearsOf = (plan: Plan | undefined, span: YearSpan) => (plan ? spanYears(span, yearCountsOf(plan)) : []);

const writeSource = (sheet: Worksheet, r: number, plan: Plan | undefined, source: Source | undefined) => {
  const cells = sourceCells(plan, source);
  put(sheet, r, DRIVER_COL.section, 'input', cells.section);
  put(sheet, r, DRIVER_COL.note, 'input', cells.note);
};

/** Skatt och utjämning: the notes behind the two resultatbudget rows, one line a row, with its behaviour. */
export const writeRevenueSheet = (excel: Workbook, plan: Plan | undefined): void => {
  const sheet = excel.addWorksheet(TEMPLATE_SHEETS.skatt);
  const revenue = plan?.revenue;
  const top = plan && revenue ? sourceCells(plan, revenue.source) : {};
  writeSheetTop(
    sheet,
    'Skatt och utjämning (frivilligt)',
    ['Rad-id (ändra inte)', 'Rubrik', 'Grupp', 'Beteende', 'Avsnitt i planen', 'Anmärkning'],
    { section: top.section ?? top.note, withNote: false },
  );
  writeYearHeaders(sheet, 'columns', plan ? yearCountsOf(plan) : undefined);
  const years = yearsOf(plan, 'columns');
  const lines = revenue?.lines ?? [];
  const slots = Math.max(16, lines.length + 6);
  for (let i = 0; i < slots; i++) {
    const r = FIRST_DATA_ROW + i;
    const line = lines[i];
    put(sheet, r, REVENUE_COL.id, 'fixed', line?.id);
    put(sheet, r, REVENUE_COL.label, 'input', line?.label);
    choose(
      put(sheet, r, REVENUE_COL.group, 'input', line && wordOf(GROUP_WORDS, line.group)),
      Object.keys(GROUP_WORDS),
    );
    choose(
      put(sheet, r, REVENUE_COL.behaviour, 'input', line && wordOf(BEHAVIOUR_WORDS, line.behaviour)),
      Object.keys(BEHAVIOUR_WORDS),
    );
    writeSource(sheet, r, plan, line?.source);
    writeYearCells(sheet, r, 'columns', years, line?.values);
    put(sheet, r, REVENUE_REASON_COL, 'input', line?.note);
  }
  sheet.getCell(HEADER_ROW, REVENUE_REASON_COL).value = 'Varför raden beter sig så (frivilligt)';
  header(sheet.getCell(HEADER_ROW, REVENUE_REASON_COL));
  sheet.getColumn(REVENUE_REASON_COL).width = 40;
  [12, 30, 22, 28, 24, 24].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
};

type DriverLine = {
  readonly id: string;
  readonly values?: YearValues | undefined;
  readonly value?: number | undefined;
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  readonly source?: Source | undefined;
};

/** What the plan gives for one Drivare row (several for the population's alternatives). */
const driverLines = (plan: Plan | undefined, key: DriverKey): DriverLine[] => {
  const d = plan?.drivers;
  const investments = d?.investeringar;
  switch (key) {
    case 'skattesats':
      return [{ id: key, ...d?.skattesats }];
    case 'befolkning':
      return [{ id: key, ...d?.befolkning, description: d?.befolkning?.date }];
    case 'alternativ':
      return [
        ...(d?.befolkning?.alternatives ?? []).map((alt) => ({
          id: `alternativ:${alt.id}`,
          values: alt.values,
          name: alt.label,
          source: alt.source,
        })),
        { id: key },
      ];
    case 'skatteunderlagstillvaxt':
      return [{ id: key, ...d?.skatteunderlagstillvaxt }];
    case 'prisindex':
      return [{ id: key, ...d?.prisindex, name: d?.prisindex?.name, description: d?.prisindex?.label }];
    case 'investeringar_materiella':
      return [{ id: key, values: investments?.materiella, source: investments?.source }];
    case 'investeringar_immateriella':
      return [{ id: key, values: investments?.immateriella }];
    case 'investeringar_finansiella':
      return [{ id: key, values: investments?.finansiella }];
    case 'ansvarsforbindelse':
      return [{ id: key, ...d?.ansvarsforbindelse }];
    case 'effekt_per_100':
      return [{ id: key, ...d?.effektPer100Invanare }];
    case 'avskrivningstid':
      return [{ id: key, ...d?.avskrivningstid }];
    case 'pensionsavkastning':
      return [{ id: key, value: d?.pensionsportfolj?.expectedReturn, source: d?.pensionsportfolj?.source }];
  }
};

const writeDriverLine = (sheet: Worksheet, r: number, row: DriverRow, line: DriverLine, plan?: Plan) => {
  put(sheet, r, DRIVER_COL.id, 'fixed', line.id);
  put(sheet, r, DRIVER_COL.label, 'fixed', row.label);
  const name = put(sheet, r, DRIVER_COL.name, row.name ? 'input' : 'fixed', line.name);
  if (row.name) name.note = row.name;
  const description = put(
    sheet,
    r,
    DRIVER_COL.description,
    row.description ? 'input' : 'fixed',
    line.description,
  );
  if (row.description) description.note = row.description;
  writeSource(sheet, r, plan, line.source);
  if (row.single) put(sheet, r, FIRST_YEAR_COL, 'input', line.value);
  else writeYearCells(sheet, r, 'drivers', yearsOf(plan, 'drivers'), line.values);
};

/** Drivare: the plan's assumptions, a row each, per year (base year to the year after) or one value. */
export const writeDriverSheet = (excel: Workbook, plan: Plan | undefined): void => {
  const sheet = excel.addWorksheet(TEMPLATE_SHEETS.drivare);
  writeSheetTop(
    sheet,
    'Drivare',
    ['Id (ändra inte)', 'Drivare', 'Namn i planen', 'Beskrivning', 'Avsnitt i planen', 'Anmärkning'],
    undefined,
  );
  writeYearHeaders(sheet, 'drivers', plan ? yearCountsOf(plan) : undefined);
  let r = FIRST_DATA_ROW;
  for (const row of DRIVER_ROWS.filter((candidate) => !candidate.single))
    for (const line of driverLines(plan, row.key)) writeDriverLine(sheet, r++, row, line, plan);
  r++;
  sheet.getCell(r, DRIVER_COL.label).value = 'Ett värde för hela planen';
  header(sheet.getCell(r, DRIVER_COL.label));
  sheet.getCell(r, FIRST_YEAR_COL).value = 'Värde';
  header(sheet.getCell(r, FIRST_YEAR_COL));
  r++;
  for (const row of DRIVER_ROWS.filter((candidate) => candidate.single))
    for (const line of driverLines(plan, row.key)) writeDriverLine(sheet, r++, row, line, plan);
  [16, 50, 24, 30, 24, 24].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
};

/** Nämnder: each nämnd's frame per budget year, five rows a nämnd, its name on the first. */
export const writeNamndSheet = (excel: Workbook, plan: Plan | undefined): void => {
  const sheet = excel.addWorksheet(TEMPLATE_SHEETS.namnder);
  const namnder = plan?.namnder;
  const top = plan && namnder ? sourceCells(plan, namnder.source) : {};
  writeSheetTop(sheet, 'Nämnder och ramar (frivilligt)', ['Post-id (ändra inte)', 'Nämnd', 'Post'], {
    section: top.section ?? top.note,
    note: namnder?.note,
    withNote: true,
  });
  writeYearHeaders(sheet, 'budget', plan ? yearCountsOf(plan) : undefined);
  const years = yearsOf(plan, 'budget');
  const list = namnder?.list ?? [];
  let r = FIRST_DATA_ROW;
  for (let i = 0; i < Math.max(8, list.length + 2); i++) {
    const namnd = list[i];
    NAMND_POSTS.forEach((post, p) => {
      put(sheet, r, NAMND_COL.id, 'fixed', post.key);
      put(sheet, r, NAMND_COL.name, p === 0 ? 'input' : 'fixed', p === 0 ? namnd?.name : undefined);
      put(sheet, r, NAMND_COL.post, 'fixed', post.label);
      writeYearCells(sheet, r++, 'budget', years, namnd?.[post.key]);
    });
  }
  put(sheet, r, NAMND_COL.id, 'fixed', NAMND_SUMMA);
  put(sheet, r, NAMND_COL.name, 'fixed', 'Summa nämnder');
  put(sheet, r, NAMND_COL.post, 'fixed', 'Ram');
  writeYearCells(sheet, r, 'budget', years, namnder?.summa);
  [14, 36, 20].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
};
