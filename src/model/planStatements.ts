import { catalogueRow } from './catalogue/catalogue';
import type { CatalogueRow } from './catalogue/catalogueRow';
import type { Plan, Source, StatementKind, StatementRowInput, YearValues } from './planSchema';
import { STATEMENT_KINDS } from './planSchema';
import { nameStem } from './names';
import { columnYears, type Year } from './years';

/** How a printed row takes part in its statement. */
export type StatementRowKind = 'line' | 'sum' | 'varav' | 'ratio' | 'memo';

/** A printed row with everything the model needs: what it is, its parts, its years and its source. */
export type PlanStatementRow = {
  readonly id: string;
  readonly statement: StatementKind;
  readonly label: string;
  /** The standard label (the printed one for a plan's own row). */
  readonly standardLabel: string;
  /** The stem of the row's named cells, from the standard label: `Verksamhetens_intäkter`. */
  readonly name: string;
  readonly kind: StatementRowKind;
  /** A sum's printed parts (after replacing unprinted standard parts by their own parts); a varav's parent. */
  readonly parts: readonly string[];
  readonly values: YearValues;
  /** The column years in which the row has a figure: printed years for a line, its parts' years for a sum. */
  readonly years: readonly Year[];
  readonly source: Source;
  readonly section: string;
  readonly definition: string;
  readonly basis: string;
  readonly note?: string;
  readonly catalogue?: CatalogueRow;
};

export type PlanStatement = {
  readonly kind: StatementKind;
  readonly source: Source;
  readonly rows: readonly PlanStatementRow[];
  readonly byId: ReadonlyMap<string, PlanStatementRow>;
  /** Decimals the plan prints the statement with: 1 when any figure has a tenth, else 0. */
  readonly decimals: 0 | 1;
};

export type PlanStatements = { readonly [K in StatementKind]?: PlanStatement };

const OWN_SECTION = 'Planens egna rader';

/** The standard parts of `id`, plus the plan's own lines placed `in` it. */
const childrenOf = (id: string, own: readonly StatementRowInput[]): string[] => [
  ...(catalogueRow(id)?.of ?? []),
  ...own.filter((row) => row.in === id && !catalogueRow(row.id)).map((row) => row.id),
];

/**
 * The printed parts of a sum: each standard part the plan prints, and for a part it does not print, that
 * part's own printed parts, recursively. So a balance that prints "Eget kapital (ingående)" and "Årets
 * resultat" but no "Summa eget kapital" still sums to "Summa eget kapital och skulder".
 *
 * @example
 *   printedParts('verksamhetens_nettokostnad', printed, []); // ['verksamhetens_intakter', 'verksamhetens_kostnader', 'avskrivningar']
 */
export const printedParts = (
  id: string,
  printed: ReadonlySet<string>,
  own: readonly StatementRowInput[],
): string[] =>
  childrenOf(id, own).flatMap((child) => (printed.has(child) ? [child] : printedParts(child, printed, own)));

const decimalsOf = (rows: readonly StatementRowInput[]): 0 | 1 =>
  rows.some((row) =>
    Object.values(row.values).some((value) => !Number.isInteger(Math.round(value * 1e6) / 1e6)),
  )
    ? 1
    : 0;

/**
 * The section a plan's own row is shown in: that of the row it belongs to (the sum a line enters, the row a
 * varav is part of, a sum's first part), so "varav jämförelsestörande post" stays under its parent.
 */
const ownSection = (input: StatementRowInput, inputs: readonly StatementRowInput[], depth = 0): string => {
  const related = input.kind === 'line' ? input.in : input.of?.[0];
  if (related === undefined || depth > inputs.length) return OWN_SECTION;
  const standard = catalogueRow(related);
  if (standard) return standard.section;
  const parent = inputs.find((row) => row.id === related);
  return parent ? ownSection(parent, inputs, depth + 1) : OWN_SECTION;
};

const resolveRow = (
  statement: StatementKind,
  input: StatementRowInput,
  inputs: readonly StatementRowInput[],
  printed: ReadonlySet<string>,
  source: Source,
): Omit<PlanStatementRow, 'years'> => {
  const standard = catalogueRow(input.id);
  const own = inputs.filter((row) => !catalogueRow(row.id));
  const parts =
    standard?.kind === 'sum'
      ? printedParts(input.id, printed, own)
      : input.kind === 'sum' || input.kind === 'varav'
        ? [...(input.of ?? [])]
        : [];
  const kind: StatementRowKind = standard
    ? standard.kind === 'sum' && parts.length === 0
      ? 'line'
      : standard.kind
    : (input.kind ?? 'line');
  const label = input.label ?? standard?.label ?? input.id;
  return {
    id: input.id,
    statement,
    label,
    standardLabel: standard?.label ?? label,
    name: standard?.name ?? nameStem(standard?.label ?? label),
    kind,
    parts,
    values: input.values,
    source: input.source ?? source,
    section: standard?.section ?? ownSection(input, inputs),
    definition:
      standard?.definition ??
      (kind === 'varav'
        ? 'En del av raden ovanför, som planen trycker; räknas inte med i summorna.'
        : 'En rad i planens egen uppställning.'),
    basis: standard?.basis ?? 'Planens egen uppställning',
    ...(input.note ? { note: input.note } : {}),
    ...(standard ? { catalogue: standard } : {}),
  };
};

/** A line's years are those it prints; a sum's, those in which any of its parts has a figure. */
const withYears = (rows: readonly Omit<PlanStatementRow, 'years'>[], columns: readonly Year[]) => {
  const years = new Map<string, readonly Year[]>();
  const yearsOf = (id: string): readonly Year[] => {
    const known = years.get(id);
    if (known) return known;
    const row = rows.find((r) => r.id === id);
    if (!row) return [];
    const own = columns.filter((year) => row.values[String(year)] !== undefined);
    const result =
      row.kind === 'sum'
        ? columns.filter(
            (year) => own.includes(year) || row.parts.some((part) => yearsOf(part).includes(year)),
          )
        : own;
    years.set(id, result);
    return result;
  };
  return rows.map((row): PlanStatementRow => ({ ...row, years: yearsOf(row.id) }));
};

/**
 * The plan's statements as the model reads them: every printed row with its kind, parts, years and source.
 * A row missing from the catalogue is the plan's own; its `kind`, `of` and `in` say where it belongs.
 */
export const planStatements = (plan: Plan): PlanStatements => {
  const columns = columnYears(plan);
  const result: { [K in StatementKind]?: PlanStatement } = {};
  for (const kind of STATEMENT_KINDS) {
    const statement = plan.statements[kind];
    if (!statement) continue;
    const printed = new Set(statement.rows.map((row) => row.id));
    const resolved = statement.rows.map((row) =>
      resolveRow(kind, row, statement.rows, printed, statement.source),
    );
    const rows = withYears(resolved, columns);
    result[kind] = {
      kind,
      source: statement.source,
      rows,
      byId: new Map(rows.map((row) => [row.id, row])),
      decimals: decimalsOf(statement.rows),
    };
  }
  return result;
};

/** Whether the plan prints row `id` as a line (a level the model can move), in any statement. */
export const printedLine = (statements: PlanStatements, id: string): PlanStatementRow | undefined => {
  for (const statement of Object.values(statements)) {
    const row = statement?.byId.get(id);
    if (row) return row.kind === 'line' ? row : undefined;
  }
  return undefined;
};

/** The first of `candidates` the plan prints as a line: where a scenario mechanism lands. */
export const firstPrintedLine = (
  statements: PlanStatements,
  candidates: readonly string[],
): PlanStatementRow | undefined => {
  for (const id of candidates) {
    const row = printedLine(statements, id);
    if (row) return row;
  }
  return undefined;
};
