import type { Worksheet } from 'exceljs';
import { ROW_ID_PATTERN } from '../../model/planSchema';
import { tableSource } from './readTemplateStatements';
import {
  BEHAVIOUR_WORDS,
  codeOf,
  FIRST_DATA_ROW,
  GROUP_WORDS,
  NAMND_COL,
  NAMND_POSTS,
  NAMND_SUMMA,
  REVENUE_COL as R,
  REVENUE_REASON_COL,
  TEMPLATE_LIMITS,
} from './templateLayout';
import {
  cellName,
  checkYearHeaders,
  idFromLabel,
  register,
  sourceOf,
  textAt,
  yearValuesAt,
  type ReadContext,
} from './templateRead';

const lastRow = (sheet: Worksheet) => Math.min(sheet.rowCount, TEMPLATE_LIMITS.rows);
const nonEmpty = (values: Record<string, number>) => Object.keys(values).length > 0;

const choice = <T extends string>(
  ctx: ReadContext,
  sheet: Worksheet,
  r: number,
  col: number,
  words: Readonly<Record<string, T>>,
): T | undefined => {
  const text = textAt(ctx, sheet, r, col);
  const code = text === undefined ? undefined : codeOf(words, text);
  if (code === undefined)
    ctx.problems.push(
      `${cellName(sheet, r, col)}: ${text ? `"${text}" – ` : ''}skriv ${Object.keys(words)
        .join(', ')
        .replace(/, ([^,]+)$/, ' eller $1')}`,
    );
  return code;
};

/** Skatt och utjämning: a line for every row with figures; `undefined` when there is none. */
export const readRevenueSheet = (ctx: ReadContext, sheet: Worksheet) => {
  checkYearHeaders(ctx, sheet, 'columns');
  const lines: Record<string, unknown>[] = [];
  const taken = new Set<string>();
  for (let r = FIRST_DATA_ROW; r <= lastRow(sheet); r++) {
    const { values, cells } = yearValuesAt(ctx, sheet, r, 'columns', 'mnkr');
    if (!nonEmpty(values)) continue;
    const label = textAt(ctx, sheet, r, R.label);
    if (!label) ctx.problems.push(`${cellName(sheet, r, R.label)}: skriv radens rubrik`);
    const group = choice(ctx, sheet, r, R.group, GROUP_WORDS);
    const behaviour = choice(ctx, sheet, r, R.behaviour, BEHAVIOUR_WORDS);
    const typed = textAt(ctx, sheet, r, R.id);
    const id =
      typed && ROW_ID_PATTERN.test(typed) && !taken.has(typed) ? typed : idFromLabel(label ?? 'rad', taken);
    taken.add(id);
    const path = `revenue.lines.${lines.length}`;
    ctx.cells.set(path, cellName(sheet, r, R.label));
    ctx.names.set(path, label ?? id);
    register(ctx, `${path}.values`, cells, label ?? id);
    const source = sourceOf(ctx, textAt(ctx, sheet, r, R.section), textAt(ctx, sheet, r, R.note));
    const note = textAt(ctx, sheet, r, REVENUE_REASON_COL);
    lines.push({
      id,
      label,
      group,
      behaviour,
      values,
      ...(note ? { note } : {}),
      ...(source ? { source } : {}),
    });
  }
  return lines.length > 0 ? { source: tableSource(ctx, sheet), lines } : undefined;
};

type Block = {
  name: string | undefined;
  row: number;
  posts: Map<string, { values: Record<string, number>; cells: Record<string, string> }>;
};

/** Nämnder: a nämnd starts on the row that names it; its posts follow. `undefined` when no nämnd has a figure. */
export const readNamndSheet = (ctx: ReadContext, sheet: Worksheet) => {
  checkYearHeaders(ctx, sheet, 'budget');
  const blocks: Block[] = [];
  let summa: Record<string, number> | undefined;
  for (let r = FIRST_DATA_ROW; r <= lastRow(sheet); r++) {
    const key = textAt(ctx, sheet, r, NAMND_COL.id);
    const post = NAMND_POSTS.find((candidate) => candidate.key === key);
    if (!post && key !== NAMND_SUMMA) continue;
    const { values, cells } = yearValuesAt(ctx, sheet, r, 'budget', 'mnkr');
    if (!post) {
      if (nonEmpty(values)) summa = values;
      register(ctx, 'namnder.summa', cells, 'Summa nämnder');
      continue;
    }
    const name = textAt(ctx, sheet, r, NAMND_COL.name);
    // A block of posts starts on its first post's row (or wherever a name is typed).
    if (name || post.key === NAMND_POSTS[0].key) blocks.push({ name, row: r, posts: new Map() });
    blocks.at(-1)?.posts.set(post.key, { values, cells });
  }
  const used = blocks.filter((block) => [...block.posts.values()].some((read) => nonEmpty(read.values)));
  for (const block of used)
    if (!block.name) ctx.problems.push(`${cellName(sheet, block.row, NAMND_COL.name)}: skriv nämndens namn`);
  if (used.length === 0) return undefined;
  const list = used.map((block, i) => {
    const namnd: Record<string, unknown> = { name: block.name ?? '' };
    for (const post of NAMND_POSTS) {
      const read = block.posts.get(post.key);
      register(
        ctx,
        `namnder.list.${i}.${post.key}`,
        read?.cells ?? {},
        `${block.name ?? 'Nämnd'}, ${post.label}`,
      );
      // Anslag and ram are required: left empty, parsePlan names each missing year at its cell.
      if (read && (nonEmpty(read.values) || post.key === 'anslagAretInnan' || post.key === 'ram'))
        namnd[post.key] = read.values;
    }
    return namnd;
  });
  const note = textAt(ctx, sheet, 3, 3);
  return { source: tableSource(ctx, sheet), ...(note ? { note } : {}), list, ...(summa ? { summa } : {}) };
};
