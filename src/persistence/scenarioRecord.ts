import * as v from 'valibot';
import { describeIssues, isPlainObject } from '../model/describeIssues';
import type { ScenarioDocument } from '../model/scenarioDocument';
import { APP_VERSION, SCENARIO_FORMAT, type Envelope } from './envelope';
import { MIGRATIONS, type Migration } from './migrations';
import { scenarioDataV2 } from './scenarioSchemaV2';

export const SCENARIO_KEY_PREFIX = 'scenario:';
export const BACKUP_KEY_PREFIX = 'backup:';
export const scenarioKey = (id: string): string => `${SCENARIO_KEY_PREFIX}${id}`;

/**
 * A saved scenario in IndexedDB: the same envelope as a scenario file, plus the record's revision (raised by
 * every save, so two tabs notice each other) and, when it lies in the Papperskorg, when it was deleted.
 */
export type ScenarioRecord = Envelope<ScenarioDocument> & {
  readonly revision: number;
  readonly deletedAt?: string;
};

/** A record read back: a scenario, one from a newer app (left untouched), or one that cannot be read. */
export type ReadRecord =
  | {
      readonly kind: 'scenario';
      readonly key: string;
      readonly document: ScenarioDocument;
      readonly revision: number;
      readonly deletedAt: string | undefined;
      readonly savedAt: string;
      /** The record's schema version when it is older than today's (it is rewritten on the next save). */
      readonly migratedFrom: number | undefined;
      /** Said when the record claimed another scenario's id than its key's, and was read under its key's. */
      readonly repaired?: string;
    }
  | {
      readonly kind: 'newer' | 'damaged';
      readonly key: string;
      readonly name: string | undefined;
      readonly message: string;
      readonly problems: readonly string[];
    };

const recordSchema = v.strictObject({
  format: v.literal(SCENARIO_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.string(),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  data: v.unknown(),
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
  deletedAt: v.exactOptional(v.pipe(v.string(), v.isoTimestamp())),
});

const nameIn = (raw: unknown): string | undefined => {
  const data = isPlainObject(raw) ? raw.data : undefined;
  const name = isPlainObject(data) ? data.name : undefined;
  return typeof name === 'string' ? name.slice(0, 200) : undefined;
};

const unreadable = (
  kind: 'newer' | 'damaged',
  key: string,
  raw: unknown,
  message: string,
  problems: readonly string[] = [],
): ReadRecord => ({ kind, key, name: nameIn(raw), message, problems });

const runMigrations = (data: unknown, from: number, migrations: readonly Migration[]) => {
  try {
    return {
      ok: true as const,
      data: migrations.filter((m) => m.from >= from).reduce((d, m) => m.up(d), data),
    };
  } catch (error) {
    return { ok: false as const, problem: error instanceof Error ? error.message : String(error) };
  }
};

const validId = (id: string) => v.safeParse(scenarioDataV2.entries.id, id).success;

/**
 * A scenario's record lives under `scenario:<its id>`, and the key is what the library goes by: a record
 * whose data claims another id (edited by hand, or written by a bug) is read with its key's id, so that no
 * two records ever claim one id and a save goes back where the record was read from.
 */
const underItsKey = (
  key: string,
  raw: unknown,
  document: ScenarioDocument,
): { ok: true; document: ScenarioDocument; repaired?: string } | { ok: false; record: ReadRecord } => {
  if (!key.startsWith(SCENARIO_KEY_PREFIX)) return { ok: true, document };
  const id = key.slice(SCENARIO_KEY_PREFIX.length);
  if (id === document.id) return { ok: true, document };
  if (!validId(id))
    return {
      ok: false,
      record: unreadable(
        'damaged',
        key,
        raw,
        'Posten ligger på en plats som inget scenario kan ha och öppnas inte.',
      ),
    };
  return {
    ok: true,
    document: { ...document, id },
    repaired: `”${document.name}” var sparat med en felaktig märkning och har rättats; inget annat scenario har ändrats.`,
  };
};

/**
 * Reads one stored value through the envelope and the ordered migrations. Never throws and never changes
 * the stored value: a newer record is explained, a broken one is described (the repository keeps a backup).
 */
export const readRecord = (
  key: string,
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): ReadRecord => {
  const current = 1 + migrations.length;
  const version = isPlainObject(raw) ? raw.schemaVersion : undefined;
  if (typeof version === 'number' && version > current) {
    const appVersion = isPlainObject(raw) && typeof raw.appVersion === 'string' ? raw.appVersion : '?';
    return unreadable(
      'newer',
      key,
      raw,
      `Sparat av en nyare version av Budgetverkstad (${appVersion.slice(0, 20)}, schemaversion ${version}). ` +
        'Det lämnas orört; öppna det i den nyare versionen.',
    );
  }
  const record = v.safeParse(recordSchema, raw);
  if (!record.success)
    return unreadable('damaged', key, raw, 'Posten är inte ett sparat scenario och kan inte öppnas.', [
      ...describeIssues(record.issues),
    ]);
  const migrated = runMigrations(record.output.data, record.output.schemaVersion, migrations);
  if (!migrated.ok)
    return unreadable(
      'damaged',
      key,
      raw,
      'Scenariot kunde inte uppgraderas till den här versionen av appen. Originalet finns kvar som säkerhetskopia.',
      [migrated.problem],
    );
  const data = v.safeParse(scenarioDataV2, migrated.data);
  if (!data.success)
    return unreadable(
      'damaged',
      key,
      raw,
      'Scenariot är skadat och kan inte öppnas. Originalet finns kvar som säkerhetskopia.',
      describeIssues(data.issues),
    );
  const keyed = underItsKey(key, raw, data.output);
  if (!keyed.ok) return keyed.record;
  return {
    kind: 'scenario',
    key,
    document: keyed.document,
    ...(keyed.repaired === undefined ? {} : { repaired: keyed.repaired }),
    revision: record.output.revision,
    deletedAt: record.output.deletedAt,
    savedAt: record.output.savedAt,
    migratedFrom: record.output.schemaVersion < current ? record.output.schemaVersion : undefined,
  };
};

/** The record to store for a document at a revision (the workbook is derived and never stored). */
export const toRecord = (
  document: ScenarioDocument,
  revision: number,
  deletedAt: string | undefined,
  now: Date,
  schemaVersion: number = 1 + MIGRATIONS.length,
): ScenarioRecord => ({
  format: SCENARIO_FORMAT,
  schemaVersion,
  appVersion: APP_VERSION,
  savedAt: now.toISOString(),
  // Through JSON, as a file would be: no `undefined` members, only plain data.
  data: JSON.parse(JSON.stringify(document)) as ScenarioDocument,
  revision,
  ...(deletedAt === undefined ? {} : { deletedAt }),
});
