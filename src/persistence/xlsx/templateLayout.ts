import type { Goal, RevenueBehaviour, StatementKind } from '../../model/planSchema';

/**
 * The layout of the plan template ("Ladda ner mall", issue 13 §4): sheet names, columns, the Swedish words
 * of its choice cells. The writer (planTemplate.ts) and the reader (readPlanTemplate.ts) both read this, so
 * a cell the writer marks for input is the cell the reader reads.
 */

export const TEMPLATE_SHEETS = {
  instruktioner: 'Instruktioner',
  planen: 'Planen',
  resultatbudget: 'Resultatbudget',
  balansbudget: 'Balansbudget',
  finansieringsbudget: 'Finansieringsbudget',
  skatt: 'Skatt och utjämning',
  drivare: 'Drivare',
  namnder: 'Nämnder',
  mal: 'Mål',
} as const;

export const STATEMENT_SHEET: Readonly<Record<StatementKind, string>> = {
  resultatbudget: TEMPLATE_SHEETS.resultatbudget,
  balansbudget: TEMPLATE_SHEETS.balansbudget,
  finansieringsbudget: TEMPLATE_SHEETS.finansieringsbudget,
};

/** Every table sheet: rows 1–4 are the title, the source and the column kinds, row 5 the header, data below. */
export const HEADER_ROW = 5;
export const FIRST_DATA_ROW = 6;
/** Columns A–F describe a row; the year columns start at G on every table sheet. */
export const STATEMENT_COL = { id: 1, standard: 2, label: 3, kind: 4, parent: 5, note: 6 } as const;
export const REVENUE_COL = { id: 1, label: 2, group: 3, behaviour: 4, section: 5, note: 6 } as const;
export const DRIVER_COL = { id: 1, label: 2, name: 3, description: 4, section: 5, note: 6 } as const;
export const NAMND_COL = { id: 1, name: 2, post: 3 } as const;
export const FIRST_YEAR_COL = 7;
/** The sheet-level source and remark: Avsnitt i planen in C2, Anmärkning in C3. */
export const SECTION_CELL = 'C2';
export const NOTE_CELL = 'C3';

/** The Planen sheet: one field a row, label in A, value in B. The reader finds a field by its label. */
export const PLAN_FIELDS = [
  {
    key: 'organisation',
    label: 'Organisation',
    help: 'Kommunens eller regionens namn, som den skriver det i planen.',
  },
  { key: 'kind', label: 'Slag', help: 'region eller kommun.' },
  {
    key: 'code',
    label: 'Kommun- eller länskod',
    help: 'Frivillig: fyra siffror för en kommun, två för en region.',
  },
  {
    key: 'name',
    label: 'Planens namn',
    help: 'Som på dokumentet, till exempel Budget 2024 med plan 2025–2027.',
  },
  {
    key: 'decided',
    label: 'Beslutad av och när',
    help: 'Frivillig, till exempel Kommunfullmäktige, november 2023.',
  },
  { key: 'first', label: 'Första budgetår', help: 'Det första år fullmäktige beslutar budget för.' },
  { key: 'budget', label: 'Antal budgetår', help: '1–5: budgetåret och planåren som beslutas.' },
  { key: 'kalkyl', label: 'Antal kalkylår', help: '0–7: år efter budgetåren som bara räknas fram.' },
  {
    key: 'history',
    label: 'Antal historikår',
    help: '0–3: tryckta kolumner närmast före första budgetåret (bokslut, föregående budget).',
  },
  { key: 'base', label: 'Basår', help: 'Räknas fram: året före första budgetåret.' },
  { key: 'title', label: 'Dokumentets titel', help: 'Dokumentet som talen kommer från; källan i verktyget.' },
  { key: 'publisher', label: 'Utgivare', help: 'Frivillig.' },
  { key: 'date', label: 'Datum', help: 'Frivillig, till exempel juni 2024.' },
  { key: 'url', label: 'Webbadress', help: 'Frivillig.' },
  {
    key: 'id',
    label: 'Plan-id',
    help: 'Frivillig: a–z, 0–9 och bindestreck. Räknas fram av namnet när det är tomt.',
  },
  { key: 'version', label: 'Version', help: 'Frivillig: 1 för en ny plan.' },
] as const;
export type PlanFieldKey = (typeof PLAN_FIELDS)[number]['key'];
export const PLAN_FIRST_FIELD_ROW = 3;
export const planFieldRow = (key: PlanFieldKey): number =>
  PLAN_FIRST_FIELD_ROW + PLAN_FIELDS.findIndex((field) => field.key === key);

/** Which years a sheet's columns hold: the statements' columns, the drivers' (base to one after), or budget years. */
export type YearSpan = 'columns' | 'drivers' | 'budget';
/** How many year columns a sheet of each span has: 3 history + 10 modelled, and one before and after. */
export const YEAR_COLUMNS: Readonly<Record<YearSpan, number>> = { columns: 13, drivers: 14, budget: 5 };
/** Skatt och utjämning: why a line behaves as it does (the line's note), after the widest run of years. */
export const REVENUE_REASON_COL = FIRST_YEAR_COL + YEAR_COLUMNS.columns;

/** The years of a span from Planen's numbers (history years are the ones just before the first budget year). */
export const spanYears = (
  span: YearSpan,
  years: { first: number; budget: number; kalkyl: number; history: number },
): number[] => {
  const { first, budget, kalkyl, history } = years;
  const start =
    span === 'columns' ? first - history : span === 'drivers' ? first - Math.max(history, 1) : first;
  const count =
    span === 'budget'
      ? budget
      : span === 'columns'
        ? history + budget + kalkyl
        : Math.max(history, 1) + budget + kalkyl + 1;
  return Array.from({ length: count }, (_, j) => start + j);
};

/** The kind column's words for a plan's own row; standard rows show theirs, read only. */
export const OWN_KIND_WORDS = { rad: 'line', summa: 'sum', varav: 'varav' } as const;
export const STANDARD_KIND_WORDS = {
  line: 'rad',
  sum: 'summa',
  ratio: 'nyckeltal',
  memo: 'inom linjen',
} as const;

export const GROUP_WORDS = { skatt: 'skatt', 'statsbidrag och utjämning': 'statsbidrag' } as const;
export const BEHAVIOUR_WORDS: Readonly<Record<string, RevenueBehaviour>> = {
  'följer skattesats och underlag': 'skatt',
  inkomstutjämning: 'inkomstutjamning',
  'följer befolkningen': 'befolkning',
  fast: 'fast',
};

/** A driver row of the Drivare sheet: values per year, or one value (in the first year column). */
export type DriverRow = {
  readonly key: DriverKey;
  readonly label: string;
  readonly unit: 'kr' | 'invånare' | 'procent' | 'mnkr' | 'år';
  readonly single?: true;
  /** What columns C (Namn i planen) and D (Beskrivning) hold for this row, if anything. */
  readonly name?: string;
  readonly description?: string;
};
export type DriverKey =
  | 'skattesats'
  | 'befolkning'
  | 'alternativ'
  | 'skatteunderlagstillvaxt'
  | 'prisindex'
  | 'investeringar_materiella'
  | 'investeringar_immateriella'
  | 'investeringar_finansiella'
  | 'ansvarsforbindelse'
  | 'effekt_per_100'
  | 'avskrivningstid'
  | 'pensionsavkastning';

export const DRIVER_ROWS: readonly DriverRow[] = [
  { key: 'skattesats', label: 'Skattesats (kr per 100 kr beskattningsbar inkomst)', unit: 'kr' },
  { key: 'befolkning', label: 'Befolkning (invånare)', unit: 'invånare', description: 'Räknas per (datum)' },
  { key: 'alternativ', label: 'Befolkning, alternativ prognos', unit: 'invånare', name: 'Prognosens namn' },
  { key: 'skatteunderlagstillvaxt', label: 'Skatteunderlagets tillväxt (%)', unit: 'procent' },
  {
    key: 'prisindex',
    label: 'Prisindex (%)',
    unit: 'procent',
    name: 'Indexets namn',
    description: 'Beskrivning',
  },
  { key: 'investeringar_materiella', label: 'Investeringar, materiella (mnkr, positivt)', unit: 'mnkr' },
  { key: 'investeringar_immateriella', label: 'Investeringar, immateriella (mnkr, positivt)', unit: 'mnkr' },
  { key: 'investeringar_finansiella', label: 'Investeringar, finansiella (mnkr, positivt)', unit: 'mnkr' },
  { key: 'ansvarsforbindelse', label: 'Ansvarsförbindelse för pensioner (mnkr)', unit: 'mnkr' },
  {
    key: 'effekt_per_100',
    label: 'Effekt per 100 invånare (mnkr skatt och statsbidrag)',
    unit: 'mnkr',
    single: true,
  },
  { key: 'avskrivningstid', label: 'Avskrivningstid för nya investeringar (år)', unit: 'år', single: true },
  {
    key: 'pensionsavkastning',
    label: 'Pensionsportföljens förväntade avkastning (%)',
    unit: 'procent',
    single: true,
  },
];

/** The Nämnder sheet: one row per nämnd and post; the nämnd's name in B on its first row. */
export const NAMND_POSTS = [
  { key: 'anslagAretInnan', label: 'Anslag året innan' },
  { key: 'prisupprakning', label: 'Prisuppräkning' },
  { key: 'ramforandring', label: 'Ramförändring' },
  { key: 'omfordelning', label: 'Omfördelning' },
  { key: 'ram', label: 'Ram' },
] as const;
export const NAMND_SUMMA = 'summa';

/** The Mål sheet's columns. */
export const GOAL_COL = {
  id: 1,
  kind: 2,
  variant: 3,
  min: 4,
  max: 5,
  judged: 6,
  years: 7,
  published: 8,
  label: 9,
  shortLabel: 10,
  section: 11,
  note: 12,
} as const;

/** "Resultatkrav i resultatbudgeten" is not a goal but the plan's resultatkrav rows; it sits on Mål all the same. */
export const RESULTATKRAV_WORDS = 'Resultatkrav i resultatbudgeten';
export const GOAL_KIND_WORDS: Readonly<Record<Goal['kind'], string>> = {
  balanskrav: 'Balanskrav',
  resultatandel: 'Resultat i procent av skatter och statsbidrag',
  soliditet: 'Soliditet',
  sjalvfinansieringsgrad: 'Självfinansieringsgrad för investeringar',
  skuldandel: 'Skulder i procent av skatter och statsbidrag',
};
export const RESULT_ROW_WORDS = {
  'verksamhetens resultat': 'verksamhetens_resultat',
  'resultat efter finansiella poster': 'resultat_efter_finansiella_poster',
  'årets resultat': 'arets_resultat',
  balanskravsresultat: 'balanskravsresultat',
} as const;
export const SOLIDITET_WORDS = { blandmodell: 'blandmodell', fullfondering: 'fullfondering' } as const;
export const DEFINITION_WORDS = {
  'kassaflöde från löpande verksamhet': 'kassaflode',
  'årets resultat plus avskrivningar': 'resultat',
} as const;
export const DEBT_WORDS = { 'alla skulder': 'skulder', 'långfristiga skulder': 'langfristiga' } as const;
export const JUDGED_WORDS = { 'varje år': 'each', 'i genomsnitt': 'average' } as const;

/** The word for a code in one of the tables above: `wordOf(DEBT_WORDS, 'skulder')` → "alla skulder". */
export const wordOf = <T extends string>(words: Readonly<Record<string, T>>, code: T): string =>
  Object.entries(words).find(([, value]) => value === code)?.[0] ?? code;

/** The code of a typed word, forgiving case and spaces; `undefined` for an unknown word. */
export const codeOf = <T extends string>(words: Readonly<Record<string, T>>, text: string): T | undefined => {
  const wanted = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.entries(words).find(([word]) => word.toLowerCase() === wanted)?.[1];
};

/** The fills that mark a cell's role; the legend on Instruktioner and every sheet names them. */
export const FILL = { input: 'FFFFF2CC', sum: 'FFDDEBF7', fixed: 'FFEDEDED', header: 'FFD9D9D9' } as const;
export const LEGEND =
  'Gul cell: fyll i. Blå cell: en summa som planen trycker, kontrolleras mot delarna vid import. Grå cell: ändra inte.';

/** Refused before exceljs reads a cell: larger files, and sheets larger than any filled-in template. */
export const TEMPLATE_LIMITS = {
  bytes: 5 * 1024 * 1024,
  unpackedBytes: 40 * 1024 * 1024,
  entries: 200,
  sheets: 20,
  rows: 1000,
  columns: 40,
} as const;
