import type { Worksheet } from 'exceljs';
import { PLAN_YEAR_LIMITS } from '../../model/planSchema';
import { PLAN_FIELDS, type PlanFieldKey } from './templateLayout';
import { amountAt, cellName, idFromLabel, textAt, type ReadContext } from './templateRead';

/** Planen's fields as the plan JSON has them; the years also go into the context for the other sheets. */
export type PlanHead = {
  readonly id: string;
  readonly version: number;
  readonly name: string | undefined;
  readonly organisation: { name?: string; kind?: string; code?: string };
  readonly decided: string | undefined;
  readonly years: { base: number; history?: number[]; budget: number[]; kalkyl: number[] } | undefined;
  readonly documents: Record<string, { title: string; publisher?: string; date?: string; url?: string }>;
};

/** Where each field is: the row whose column A holds its label (rows may have been inserted above). */
const fieldRows = (ctx: ReadContext, sheet: Worksheet): Map<PlanFieldKey, number> => {
  const rows = new Map<PlanFieldKey, number>();
  for (let r = 1; r <= Math.min(sheet.rowCount, 80); r++) {
    const label = String(sheet.getCell(r, 1).value ?? '').trim();
    const field = PLAN_FIELDS.find((candidate) => candidate.label === label);
    if (field) rows.set(field.key, r);
  }
  for (const field of PLAN_FIELDS)
    if (!rows.has(field.key))
      ctx.problems.push(`Planen: raden "${field.label}" saknas i kolumn A – börja från en ny mall`);
  return rows;
};

const PATHS: Partial<Record<PlanFieldKey, string>> = {
  organisation: 'organisation.name',
  kind: 'organisation.kind',
  code: 'organisation.code',
  name: 'name',
  decided: 'decided',
  first: 'years',
  id: 'id',
  version: 'version',
  title: 'documents',
};

/** A whole number within limits, or a problem at its cell; `fallback` when the cell is empty and that is allowed. */
const count = (
  ctx: ReadContext,
  sheet: Worksheet,
  row: number | undefined,
  [min, max]: readonly [number, number],
  what: string,
  fallback?: number,
): number | undefined => {
  if (row === undefined) return undefined;
  const value = amountAt(ctx, sheet, row, 2, 'antal');
  const at = cellName(sheet, row, 2);
  if (value === undefined) {
    if (fallback === undefined) ctx.problems.push(`${at}: skriv ${what}`);
    return fallback;
  }
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  ctx.problems.push(`${at}: ${what} ska vara ett heltal från ${min} till ${max}`);
  return undefined;
};

const readYears = (
  ctx: ReadContext,
  sheet: Worksheet,
  rows: Map<PlanFieldKey, number>,
): PlanHead['years'] => {
  const first = count(ctx, sheet, rows.get('first'), [1900, 2200], 'första budgetåret (till exempel 2025)');
  const budget = count(
    ctx,
    sheet,
    rows.get('budget'),
    [PLAN_YEAR_LIMITS.budget.min, PLAN_YEAR_LIMITS.budget.max],
    'antal budgetår',
  );
  const kalkyl = count(ctx, sheet, rows.get('kalkyl'), [0, PLAN_YEAR_LIMITS.kalkyl.max], 'antal kalkylår', 0);
  const history = count(
    ctx,
    sheet,
    rows.get('history'),
    [0, PLAN_YEAR_LIMITS.history],
    'antal historikår',
    0,
  );
  if (first === undefined || budget === undefined || kalkyl === undefined || history === undefined)
    return undefined;
  ctx.years = { first, budget, kalkyl, history };
  const run = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  return {
    base: first - 1,
    ...(history > 0 ? { history: run(first - history, history) } : {}),
    budget: run(first, budget),
    kalkyl: run(first + budget, kalkyl),
  };
};

/** A kommun's code has four digits, a region's two: a leading zero a spreadsheet dropped is put back. */
const codeOf = (code: string, kind: string | undefined): string =>
  /^\d+$/.test(code) ? code.padStart(kind === 'kommun' ? 4 : 2, '0') : code;

const registerPaths = (ctx: ReadContext, sheet: Worksheet, rows: Map<PlanFieldKey, number>) => {
  for (const [key, path] of Object.entries(PATHS)) {
    const row = rows.get(key as PlanFieldKey);
    if (row === undefined) continue;
    ctx.cells.set(path, cellName(sheet, row, 2));
    ctx.names.set(path, PLAN_FIELDS.find((field) => field.key === key)?.label ?? key);
  }
};

/** Reads Planen: organisation, names, years, the one document and the plan's id. */
export const readPlanSheet = (ctx: ReadContext, sheet: Worksheet): PlanHead => {
  const rows = fieldRows(ctx, sheet);
  registerPaths(ctx, sheet, rows);
  const text = (key: PlanFieldKey) => {
    const row = rows.get(key);
    return row === undefined ? undefined : textAt(ctx, sheet, row, 2);
  };
  const organisation = text('organisation');
  const code = text('code');
  const name = text('name');
  const kind = text('kind')?.toLowerCase();
  for (const [value, key, what] of [
    [organisation, 'organisation', 'organisationens namn'],
    [kind, 'kind', 'region eller kommun'],
    [name, 'name', 'planens namn'],
  ] as const)
    if (value === undefined && rows.has(key))
      ctx.problems.push(`${ctx.cells.get(PATHS[key] ?? '')}: skriv ${what}`);
  const years = readYears(ctx, sheet, rows);
  const title = text('title');
  const [publisher, date, url] = [text('publisher'), text('date'), text('url')];
  if (title) ctx.document = 'plan';
  const version = count(ctx, sheet, rows.get('version'), [1, 1_000_000], 'versionen', 1) ?? 1;
  const lastYear = years ? [...years.budget, ...years.kalkyl].at(-1) : undefined;
  return {
    id:
      text('id') ??
      idFromLabel(`${organisation ?? 'plan'} ${years?.budget[0] ?? ''} ${lastYear ?? ''}`, new Set()).replace(
        /_/g,
        '-',
      ),
    version,
    name,
    organisation: {
      ...(organisation ? { name: organisation } : {}),
      ...(kind ? { kind } : {}),
      ...(code ? { code: codeOf(code, kind) } : {}),
    },
    decided: text('decided'),
    years,
    documents: title
      ? {
          plan: {
            title,
            ...(publisher ? { publisher } : {}),
            ...(date ? { date } : {}),
            ...(url ? { url } : {}),
          },
        }
      : {},
  };
};
