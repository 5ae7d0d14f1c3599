import type { Worksheet } from 'exceljs';
import { CATALOGUE, catalogueRow } from '../../model/catalogue/catalogue';
import { ROW_ID_PATTERN, type Source, type StatementKind } from '../../model/planSchema';
import {
  FIRST_DATA_ROW,
  OWN_KIND_WORDS,
  STATEMENT_COL as C,
  TEMPLATE_LIMITS,
  codeOf,
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

type RowDraft = {
  id: string;
  label?: string;
  kind?: 'line' | 'sum' | 'varav';
  parent?: string;
  note?: string;
  values: Record<string, number>;
  row: number;
  cells: Record<string, string>;
};

/** The source of a table: the section in C2 of the one document, or the sheet itself when C2 is empty. */
export const tableSource = (ctx: ReadContext, sheet: Worksheet): Source => {
  const section = textAt(ctx, sheet, 2, 3);
  return (
    sourceOf(ctx, section ?? (ctx.document ? sheet.name : undefined), undefined) ?? {
      kind: 'entered',
      note: 'Inmatad i Excelmallen',
    }
  );
};

const lastRow = (sheet: Worksheet) => Math.min(sheet.rowCount, TEMPLATE_LIMITS.rows);

/** One row of a statement sheet, or nothing when it has no figure (a heading, an unprinted standard row). */
const readRow = (ctx: ReadContext, sheet: Worksheet, r: number, taken: Set<string>): RowDraft | undefined => {
  const { values, cells } = yearValuesAt(ctx, sheet, r, 'columns', 'mnkr');
  const idText = textAt(ctx, sheet, r, C.id);
  const standard = idText ? catalogueRow(idText) : undefined;
  if (standard) ctx.rows.set(`${standard.statement}:${standard.id}`, cellName(sheet, r, C.standard));
  if (Object.keys(values).length === 0) return undefined;
  const label = textAt(ctx, sheet, r, C.label);
  const note = textAt(ctx, sheet, r, C.note);
  const base = { values, row: r, cells, ...(label ? { label } : {}), ...(note ? { note } : {}) };
  if (standard) return { id: standard.id, ...base };
  if (idText && !ROW_ID_PATTERN.test(idText))
    return void ctx.problems.push(
      `${cellName(sheet, r, C.id)}: "${idText}" är inget rad-id – lämna cellen tom för en egen rad`,
    );
  const ownLabel = label ?? textAt(ctx, sheet, r, C.standard);
  if (!ownLabel)
    return void ctx.problems.push(`${cellName(sheet, r, C.label)}: en egen rad behöver en rubrik`);
  const kindText = textAt(ctx, sheet, r, C.kind) ?? 'rad';
  const kind = codeOf(OWN_KIND_WORDS, kindText);
  if (!kind)
    return void ctx.problems.push(
      `${cellName(sheet, r, C.kind)}: "${kindText}" – skriv rad, summa eller varav`,
    );
  const id = idText ?? idFromLabel(ownLabel, taken, 'egen_');
  const parent = textAt(ctx, sheet, r, C.parent);
  return { ...base, id, label: ownLabel, kind, ...(parent ? { parent } : {}) };
};

/** The row a reference in "Ingår i" names: an id, or a label printed in the sheet or standard for the table. */
const resolve = (statement: StatementKind, drafts: readonly RowDraft[], text: string): string | undefined => {
  const wanted = text.trim().toLowerCase();
  const label = (id: string) => catalogueRow(id)?.label.toLowerCase();
  return (
    drafts.find((d) => d.id === text.trim())?.id ??
    CATALOGUE[statement].find((row) => row.id === text.trim())?.id ??
    drafts.find((d) => d.label?.toLowerCase() === wanted || label(d.id) === wanted)?.id ??
    CATALOGUE[statement].find((row) => row.label.toLowerCase() === wanted)?.id
  );
};

/** An own row's place: `in` for a line, `of` for a sum or a varav (a varav defaults to the row above it). */
const placeOf = (
  ctx: ReadContext,
  sheet: Worksheet,
  statement: StatementKind,
  drafts: RowDraft[],
  i: number,
) => {
  const draft = drafts[i];
  if (!draft?.kind) return {};
  const at = cellName(sheet, draft.row, C.parent);
  const above = drafts
    .slice(0, i)
    .reverse()
    .find((d) => d.kind !== 'varav')?.id;
  const texts =
    draft.parent
      ?.split(';')
      .map((part) => part.trim())
      .filter(Boolean) ?? [];
  if (texts.length === 0) {
    if (draft.kind === 'varav' && above) return { of: [above] };
    ctx.problems.push(
      `${at}: skriv under Ingår i ${draft.kind === 'sum' ? 'raderna summan består av' : 'vilken summa raden ingår i'}`,
    );
    return {};
  }
  const ids = texts.map((text) => {
    const id = resolve(statement, drafts, text);
    if (!id) ctx.problems.push(`${at}: det finns ingen rad "${text}" på bladet ${sheet.name}`);
    return id ?? text;
  });
  return draft.kind === 'line' ? { in: ids[0] } : { of: ids };
};

/** A statement sheet as the plan's statement, or `undefined` when no row has a figure. */
export const readStatementSheet = (ctx: ReadContext, sheet: Worksheet, statement: StatementKind) => {
  checkYearHeaders(ctx, sheet, 'columns');
  const drafts: RowDraft[] = [];
  const taken = new Set<string>(Object.values(CATALOGUE).flatMap((rows) => rows.map((row) => row.id)));
  for (let r = FIRST_DATA_ROW; r <= lastRow(sheet); r++) {
    const draft = readRow(ctx, sheet, r, taken);
    if (!draft) continue;
    taken.add(draft.id);
    drafts.push(draft);
  }
  if (drafts.length === 0) return undefined;
  const note = textAt(ctx, sheet, 3, 3);
  const rows = drafts.map((draft, i) => {
    const path = `statements.${statement}.rows.${i}`;
    const name = draft.label ?? catalogueRow(draft.id)?.label ?? draft.id;
    const labelCol = draft.kind ? C.label : C.standard;
    ctx.cells.set(path, cellName(sheet, draft.row, labelCol));
    ctx.names.set(path, name);
    for (const [field, col] of [
      ['id', C.id],
      ['label', C.label],
      ['kind', C.kind],
      ['in', C.parent],
      ['of', C.parent],
      ['note', C.note],
    ] as const)
      ctx.cells.set(`${path}.${field}`, cellName(sheet, draft.row, col));
    register(ctx, `${path}.values`, draft.cells, name);
    const { row: _row, cells: _cells, parent: _parent, ...json } = draft;
    return { ...json, ...placeOf(ctx, sheet, statement, drafts, i) };
  });
  ctx.cells.set(`statements.${statement}.source`, cellName(sheet, 2, 3));
  ctx.cells.set(`statements.${statement}.note`, cellName(sheet, 3, 3));
  return { source: tableSource(ctx, sheet), unit: 'mnkr', ...(note ? { note } : {}), rows };
};
