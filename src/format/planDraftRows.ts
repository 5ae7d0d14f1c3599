import { parseSvNumber, type NumberSuffix } from './parseSvNumber';
import { CATALOGUE, catalogueRow } from '../model/catalogue/catalogue';
import { sumParts } from '../model/catalogue/sumParts';
import type { DraftCells, DraftOwnRow, DraftStatement, PendingRow, PlanDraft } from '../model/planDraft';
import type { StatementKind, StatementRowInput } from '../model/planSchema';

/** One row of a statement grid on the "Ny plan" page: a standard row or the plan's own. */
export type DraftGridRow = {
  readonly id: string;
  readonly label: string;
  readonly kind: 'line' | 'sum' | 'memo' | 'varav';
  readonly section: string;
  readonly own: boolean;
};

/**
 * The rows of a statement's grid in print order: the standard rows (not the model's key figures), with the
 * plan's own lines just before the sum they enter and its varav rows just after the row they are part of.
 */
export const draftGridRows = (kind: StatementKind, statement: DraftStatement): DraftGridRow[] => {
  const rows: DraftGridRow[] = [];
  const ownOf = (id: string, k: DraftOwnRow['kind']) =>
    statement.own.filter((o) => o.kind === k && o.parent === id);
  const push = (own: DraftOwnRow, section: string) =>
    rows.push({ id: own.id, label: own.label, kind: own.kind, section, own: true });
  for (const row of CATALOGUE[kind]) {
    if (row.kind === 'ratio') continue;
    for (const own of ownOf(row.id, 'line')) push(own, row.section);
    rows.push({
      id: row.id,
      label: statement.labels[row.id] ?? row.label,
      kind: row.kind,
      section: row.section,
      own: false,
    });
    for (const own of ownOf(row.id, 'varav')) push(own, row.section);
  }
  return rows;
};

/** A cell's figure, or its Swedish message when the text is not a number; `undefined` when empty. */
export const readCell = (
  text: string | undefined,
  units: readonly NumberSuffix[] = ['mnkr'],
): { ok: true; value: number } | { ok: false; message: string } | undefined => {
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = parseSvNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.suffix !== undefined && !units.includes(parsed.suffix))
    return { ok: false, message: 'Skriv talet utan den enheten.' };
  return { ok: true, value: parsed.value };
};

/** The figures of a row's cells that are numbers; the others are left out (and shown with their message). */
export const cellValues = (
  cells: DraftCells | undefined,
  years: readonly number[],
  units: readonly NumberSuffix[] = ['mnkr'],
): Record<string, number> => {
  const values: Record<string, number> = {};
  for (const year of years) {
    const read = readCell(cells?.[String(year)], units);
    if (read?.ok) values[String(year)] = read.value;
  }
  return values;
};

/**
 * The statement's printed rows as plan rows: each row with at least one figure, in grid order. Rows the
 * plan does not print are left out (absent, never 0).
 */
export const statementRows = (
  kind: StatementKind,
  statement: DraftStatement,
  years: readonly number[],
): StatementRowInput[] =>
  draftGridRows(kind, statement).flatMap((row): StatementRowInput[] => {
    const values = cellValues(statement.cells[row.id], years);
    if (Object.keys(values).length === 0) return [];
    if (!row.own) {
      const printed = statement.labels[row.id];
      return [{ id: row.id, ...(printed !== undefined ? { label: printed } : {}), values }];
    }
    const own = statement.own.find((o) => o.id === row.id);
    if (!own) return [];
    return [
      own.kind === 'line'
        ? { id: own.id, label: own.label, kind: 'line', in: own.parent, values }
        : { id: own.id, label: own.label, kind: 'varav', of: [own.parent], values },
    ];
  });

/** The computed value of a sum row from its printed parts, per year (undefined where no part has a figure). */
export const computedSum = (
  rows: readonly StatementRowInput[],
  id: string,
  year: number,
): number | undefined => {
  const parts = sumParts(rows, id);
  const values = parts.flatMap((part) => {
    const value = rows.find((row) => row.id === part)?.values[String(year)];
    return value === undefined ? [] : [value];
  });
  return values.length === 0 ? undefined : Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
};

const ownId = (label: string, taken: ReadonlySet<string>): string => {
  const stem = `egen_${label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40)}`.replace(/_$/, '');
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}_${n}`)) return `${stem}_${n}`;
};

/** The standard sum a new own line after `after` most likely enters: the next sum in print order. */
export const defaultParent = (kind: StatementKind, after: string | undefined): string => {
  const rows = CATALOGUE[kind];
  const from = Math.max(
    0,
    rows.findIndex((row) => row.id === after),
  );
  return (rows.slice(from).find((row) => row.kind === 'sum') ?? rows.find((r) => r.kind === 'sum'))?.id ?? '';
};

const statementOf = (draft: PlanDraft, kind: StatementKind) => draft.statements[kind] ?? emptyOf();
const emptyOf = (): DraftStatement => ({ cells: {}, labels: {}, own: [] });
const without = (draft: PlanDraft, key: string) => draft.pending.filter((p) => p.key !== key);

/**
 * The person's decision on a pending pasted row: take the suggested standard row, add it as the plan's own
 * row (a line in a standard sum, or a varav of a row), or skip it.
 */
export const resolvePending = (
  draft: PlanDraft,
  key: string,
  decision:
    | { readonly take: 'suggestion' }
    | { readonly take: 'own'; readonly kind: 'line' | 'varav'; readonly parent: string }
    | { readonly take: 'skip' },
): PlanDraft => {
  const row = draft.pending.find((p) => p.key === key);
  if (!row || decision.take === 'skip') return { ...draft, pending: without(draft, key) };
  const statement = statementOf(draft, row.statement);
  let next: DraftStatement;
  if (decision.take === 'suggestion') {
    if (row.suggestion === undefined) return draft;
    const id = row.suggestion;
    const standard = catalogueRow(id)?.label;
    next = {
      ...statement,
      cells: { ...statement.cells, [id]: row.cells },
      labels: row.label === standard ? statement.labels : { ...statement.labels, [id]: row.label },
    };
  } else {
    const taken = new Set([...statement.own.map((o) => o.id)]);
    const id = ownId(row.label, taken);
    const own: DraftOwnRow = { id, label: row.label, kind: decision.kind, parent: decision.parent };
    next = { ...statement, own: [...statement.own, own], cells: { ...statement.cells, [id]: row.cells } };
  }
  return {
    ...draft,
    statements: { ...draft.statements, [row.statement]: next },
    pending: without(draft, key),
  };
};

export type { PendingRow };
