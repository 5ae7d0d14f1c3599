import * as v from 'valibot';
import { describeIssues, isPlainObject } from '../model/describeIssues';
import type { ScenarioHistory } from '../model/history/scenarioHistory';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { scenarioHistoryV4 } from './scenarioHistorySchemaV4';

/** The first scenario schema version with a history: older data has none to read. */
export const FIRST_HISTORY_VERSION = 4;

export type HistoryRead =
  | { readonly ok: true; readonly history: ScenarioHistory }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Each version's document through the scenario migrations from `schemaVersion`, as a scenario's own data
 * would go: a later migration (a renamed input, say) reaches the history too. Raw shapes only, no mutation.
 */
const migrateVersions = (raw: unknown, schemaVersion: number, migrations: readonly Migration[]): unknown => {
  if (!isPlainObject(raw) || !Array.isArray(raw.versions)) return raw;
  return {
    ...raw,
    versions: raw.versions.map((version: unknown) =>
      isPlainObject(version) && 'document' in version
        ? { ...version, document: migrate(version.document, schemaVersion, migrations) }
        : version,
    ),
  };
};

/**
 * Reads a history as saved at `schemaVersion` (a file's `data.history` or a `history:<id>` record's data):
 * migrated, then checked against the schema, and for the scenario `scenarioId`. Never throws.
 *
 * @example
 *   const read = readHistoryData(file.data.history, 4, document.id);
 *   if (!read.ok) console.log(read.problems); // ['versions.0.document.name: …']
 */
export const readHistoryData = (
  raw: unknown,
  schemaVersion: number,
  scenarioId: string,
  migrations: readonly Migration[] = MIGRATIONS,
): HistoryRead => {
  if (schemaVersion < FIRST_HISTORY_VERSION)
    return { ok: false, problems: ['historik före schemaversion 4'] };
  let migrated: unknown;
  try {
    migrated = migrateVersions(raw, schemaVersion, migrations);
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  const parsed = v.safeParse(scenarioHistoryV4, migrated);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.issues, 10, 'historiken') };
  if (parsed.output.scenarioId !== scenarioId)
    return { ok: false, problems: ['historiken hör till ett annat scenario'] };
  return { ok: true, history: parsed.output };
};
