import type { Worksheet } from 'exceljs';
import { parseSvNumber } from '../../format/parseSvNumber';
import type { Goal, Source } from '../../model/planSchema';
import {
  codeOf,
  DEBT_WORDS,
  DEFINITION_WORDS,
  FIRST_DATA_ROW,
  GOAL_COL as G,
  GOAL_KIND_WORDS,
  HEADER_ROW,
  JUDGED_WORDS,
  RESULT_ROW_WORDS,
  RESULTATKRAV_WORDS,
  SOLIDITET_WORDS,
  TEMPLATE_LIMITS,
} from './templateLayout';
import { amountAt, cellName, sourceOf, textAt, type ReadContext } from './templateRead';

type Kind = Goal['kind'] | 'resultatkrav';
type Field = Exclude<keyof typeof G, 'id' | 'kind' | 'label' | 'shortLabel' | 'section' | 'note'>;

/** The columns each kind of goal reads; a figure typed in any other is questioned, not dropped. */
const FIELDS: Readonly<Record<Kind, readonly Field[]>> = {
  balanskrav: ['min'],
  resultatandel: ['variant', 'min', 'max', 'judged', 'years', 'published'],
  soliditet: ['variant', 'min', 'published'],
  sjalvfinansieringsgrad: ['variant', 'min', 'judged', 'years', 'published'],
  skuldandel: ['variant', 'max'],
  resultatkrav: ['min'],
};
const VARIANT_WORDS = {
  resultatandel: RESULT_ROW_WORDS,
  soliditet: SOLIDITET_WORDS,
  sjalvfinansieringsgrad: DEFINITION_WORDS,
  skuldandel: DEBT_WORDS,
} as const;
const DEFAULT_IDS: Readonly<Record<Goal['kind'], string>> = {
  balanskrav: 'balanskrav',
  resultatandel: 'resultat',
  soliditet: 'soliditet',
  sjalvfinansieringsgrad: 'sjalvfinansiering',
  skuldandel: 'skuld',
};

const kindOf = (text: string): Kind | undefined =>
  text.trim().toLowerCase() === RESULTATKRAV_WORDS.toLowerCase()
    ? 'resultatkrav'
    : codeOf(
        Object.fromEntries(
          Object.entries(GOAL_KIND_WORDS).map(([code, word]) => [word, code as Goal['kind']]),
        ),
        text,
      );

/** A year, through the one number parser; a whole year between 1900 and 2200. */
const yearOf = (text: string): number | undefined => {
  const parsed = parseSvNumber(text);
  return parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 1900 && parsed.value <= 2200
    ? parsed.value
    : undefined;
};

/** "2025–2027", "2025, 2027" or 2025 → the years; `undefined` for anything else. */
export const parseYearList = (text: string): number[] | undefined => {
  const years: number[] = [];
  for (const part of text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [from, to, ...rest] = part.split(/\s*[-–—]\s*/);
    const a = from === undefined ? undefined : yearOf(from);
    const b = to === undefined ? a : yearOf(to);
    if (a === undefined || b === undefined || b < a || b - a > 20 || rest.length > 0) return undefined;
    for (let year = a; year <= b; year++) years.push(year);
  }
  return years.length > 0 ? years : undefined;
};

/** "2025: 1,2; 2026: 1,5" → { 2025: 1.2, 2026: 1.5 }. */
const parseYearValues = (text: string): Record<string, number> | undefined => {
  const values: Record<string, number> = {};
  for (const part of text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(\d{4})\s*:\s*(.+)$/.exec(part);
    const parsed = match?.[2] === undefined ? undefined : parseSvNumber(match[2]);
    if (!match?.[1] || !parsed?.ok) return undefined;
    values[match[1]] = parsed.value;
  }
  return Object.keys(values).length > 0 ? values : undefined;
};

const readField = (ctx: ReadContext, sheet: Worksheet, r: number, kind: Kind, field: Field): unknown => {
  const at = cellName(sheet, r, G[field]);
  if (field === 'min' || field === 'max')
    return amountAt(ctx, sheet, r, G[field], kind === 'balanskrav' ? 'mnkr' : 'procent');
  if (field === 'published' && kind === 'sjalvfinansieringsgrad')
    return amountAt(ctx, sheet, r, G[field], 'procent');
  const text = textAt(ctx, sheet, r, G[field]);
  if (text === undefined) {
    if (field === 'variant')
      ctx.problems.push(
        `${at}: välj ${Object.keys(VARIANT_WORDS[kind as keyof typeof VARIANT_WORDS]).join(' eller ')}`,
      );
    return undefined;
  }
  const parsed =
    field === 'variant'
      ? codeOf(VARIANT_WORDS[kind as keyof typeof VARIANT_WORDS], text)
      : field === 'judged'
        ? codeOf(JUDGED_WORDS, text)
        : field === 'years'
          ? parseYearList(text)
          : parseYearValues(text);
  if (parsed !== undefined) return parsed;
  const expected =
    field === 'variant'
      ? Object.keys(VARIANT_WORDS[kind as keyof typeof VARIANT_WORDS]).join(' eller ')
      : field === 'judged'
        ? 'varje år eller i genomsnitt'
        : field === 'years'
          ? 'år som 2025–2027 eller 2025, 2026'
          : 'år och värde som 2025: 1,2; 2026: 1,5';
  ctx.problems.push(`${at}: "${text}" går inte att läsa – skriv ${expected}`);
  return undefined;
};

const VARIANT_KEY = {
  resultatandel: 'row',
  soliditet: 'model',
  sjalvfinansieringsgrad: 'definition',
  skuldandel: 'debt',
} as const;

/** One row of Mål as a goal (or the resultatkrav), with every cell it was read from registered. */
const readGoalRow = (ctx: ReadContext, sheet: Worksheet, r: number, kind: Kind, path: string) => {
  const fields: Record<string, unknown> = {};
  for (const field of Object.keys(G) as (keyof typeof G)[])
    ctx.cells.set(`${path}.${field}`, cellName(sheet, r, G[field]));
  for (const field of ['variant', 'min', 'max', 'judged', 'years', 'published'] as const) {
    if (FIELDS[kind].includes(field)) {
      const value = readField(ctx, sheet, r, kind, field);
      if (value !== undefined)
        fields[field === 'variant' ? VARIANT_KEY[kind as keyof typeof VARIANT_KEY] : field] = value;
    } else if (textAt(ctx, sheet, r, G[field]) !== undefined)
      ctx.problems.push(
        `${cellName(sheet, r, G[field])}: målet har ingen ${String(sheet.getCell(HEADER_ROW, G[field]).value ?? field).toLowerCase()} – lämna cellen tom`,
      );
  }
  const source: Source = sourceOf(ctx, textAt(ctx, sheet, r, G.section), textAt(ctx, sheet, r, G.note)) ?? {
    kind: 'entered',
  };
  if (kind === 'resultatkrav') return { percent: fields.min, source };
  const [label, shortLabel] = [textAt(ctx, sheet, r, G.label), textAt(ctx, sheet, r, G.shortLabel)];
  return { kind, ...fields, ...(label ? { label } : {}), ...(shortLabel ? { shortLabel } : {}), source };
};

/** Mål: the plan's goals in order, and its resultatkrav when a row names it. */
export const readGoalSheet = (ctx: ReadContext, sheet: Worksheet) => {
  const goals: Record<string, unknown>[] = [];
  let resultatkrav: Record<string, unknown> | undefined;
  const taken = new Set<string>();
  ctx.cells.set('goals', cellName(sheet, FIRST_DATA_ROW, G.kind));
  for (let r = FIRST_DATA_ROW; r <= Math.min(sheet.rowCount, TEMPLATE_LIMITS.rows); r++) {
    const kindText = textAt(ctx, sheet, r, G.kind);
    if (kindText === undefined) {
      const filled = ([G.variant, G.min, G.max, G.years, G.published] as const).find(
        (col) => sheet.getCell(r, col).value != null,
      );
      if (filled) ctx.problems.push(`${cellName(sheet, r, G.kind)}: välj vilket mål raden gäller`);
      continue;
    }
    const kind = kindOf(kindText);
    if (!kind) {
      ctx.problems.push(
        `${cellName(sheet, r, G.kind)}: "${kindText}" – välj ett av ${[...Object.values(GOAL_KIND_WORDS), RESULTATKRAV_WORDS].join(', ')}`,
      );
      continue;
    }
    const path = kind === 'resultatkrav' ? 'resultatkrav' : `goals.${goals.length}`;
    ctx.cells.set(path, cellName(sheet, r, G.kind));
    ctx.names.set(path, kindText);
    const goal = readGoalRow(ctx, sheet, r, kind, path);
    if (kind === 'resultatkrav') {
      ctx.cells.set('resultatkrav.percent', cellName(sheet, r, G.min));
      resultatkrav = goal;
      continue;
    }
    const typed = textAt(ctx, sheet, r, G.id);
    const stem = typed && /^[A-Za-z][A-Za-z0-9]{0,39}$/.test(typed) ? typed : DEFAULT_IDS[kind];
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}${n}`;
    taken.add(id);
    goals.push({ id, ...goal });
  }
  return { goals, resultatkrav };
};
