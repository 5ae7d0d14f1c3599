import type { StatementKind } from '../planSchema';
import { BALANSRAKNING_ROWS } from './balansrakningRows';
import type { CatalogueRow } from './catalogueRow';
import { KASSAFLODE_ROWS } from './kassaflodeRows';
import { RESULTATRAKNING_ROWS } from './resultatrakningRows';

/** Every standard statement row id: a misspelt one fails to compile. */
export type StandardRowId =
  | (typeof RESULTATRAKNING_ROWS)[number]['id']
  | (typeof BALANSRAKNING_ROWS)[number]['id']
  | (typeof KASSAFLODE_ROWS)[number]['id'];

export const CATALOGUE: Readonly<Record<StatementKind, readonly CatalogueRow[]>> = {
  resultatbudget: RESULTATRAKNING_ROWS,
  balansbudget: BALANSRAKNING_ROWS,
  finansieringsbudget: KASSAFLODE_ROWS,
};

const byId = new Map<string, CatalogueRow>(
  Object.values(CATALOGUE).flatMap((rows) => rows.map((row) => [row.id, row] as const)),
);

/** The standard row with this id, or `undefined` for a plan's own row. */
export const catalogueRow = (id: string): CatalogueRow | undefined => byId.get(id);

export const isStandardRowId = (id: string): id is StandardRowId => byId.has(id);
