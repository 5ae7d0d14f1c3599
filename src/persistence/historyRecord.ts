import * as v from 'valibot';
import { describeIssues, isPlainObject } from '../model/describeIssues';
import type { ScenarioHistory } from '../model/history/scenarioHistory';
import { APP_VERSION, type Envelope } from './envelope';
import { readHistoryData } from './historyData';
import { CURRENT_SCENARIO_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export const HISTORY_FORMAT = 'budgetverkstad.history';
export const HISTORY_KEY_PREFIX = 'history:';
export const historyKey = (scenarioId: string): string => `${HISTORY_KEY_PREFIX}${scenarioId}`;

/**
 * A scenario's history in IndexedDB, beside (not inside) its record `scenario:<id>`: the autosave rewrites the
 * record after every edit, the history only when a version is made. Versioned with the scenario schema.
 */
export type HistoryRecord = Envelope<ScenarioHistory>;

/** A stored history read back: usable, from a newer app (left untouched), or damaged (a backup is kept). */
export type StoredHistory =
  | { readonly kind: 'history'; readonly history: ScenarioHistory }
  | { readonly kind: 'newer' | 'damaged'; readonly message: string; readonly problems: readonly string[] };

const recordSchema = v.strictObject({
  format: v.literal(HISTORY_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.string(),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  data: v.unknown(),
});

/** Reads a stored history for scenario `scenarioId`; never throws and never changes the stored value. */
export const readHistoryRecord = (
  raw: unknown,
  scenarioId: string,
  migrations: readonly Migration[] = MIGRATIONS,
): StoredHistory => {
  const current = 1 + migrations.length;
  const version = isPlainObject(raw) ? raw.schemaVersion : undefined;
  if (typeof version === 'number' && version > current)
    return {
      kind: 'newer',
      message:
        `Historiken sparades av en nyare version av Budgetverkstad (schemaversion ${version}). ` +
        'Den lämnas orörd och inga nya versioner läggs till här; öppna scenariot i den nyare versionen.',
      problems: [],
    };
  const record = v.safeParse(recordSchema, raw);
  const read = record.success
    ? readHistoryData(record.output.data, record.output.schemaVersion, scenarioId, migrations)
    : { ok: false as const, problems: describeIssues(record.issues, 10, 'posten') };
  if (read.ok) return { kind: 'history', history: read.history };
  return {
    kind: 'damaged',
    message:
      'Scenariots historik är skadad och kan inte visas. Originalet finns kvar som säkerhetskopia; ' +
      'scenariot självt är orört och nya versioner sparas från och med nu.',
    problems: read.problems,
  };
};

export const toHistoryRecord = (history: ScenarioHistory, now: Date): HistoryRecord => ({
  format: HISTORY_FORMAT,
  schemaVersion: CURRENT_SCENARIO_SCHEMA_VERSION,
  appVersion: APP_VERSION,
  savedAt: now.toISOString(),
  // Through JSON, as a file would be: no `undefined` members, only plain data.
  data: JSON.parse(JSON.stringify(history)) as ScenarioHistory,
});
