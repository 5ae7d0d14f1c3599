import * as v from 'valibot';
import { describeIssues, isPlainObject } from '../model/describeIssues';
import { parsePlan, PlanError } from '../model/parsePlan';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type Plan } from '../model/planSchema';
import type { PlanVersionInfo } from '../model/revisions/revision';
import { APP_VERSION, type Envelope } from './envelope';

export const PLAN_KEY_PREFIX = 'plan:';
/**
 * Where a plan is stored: `plan:<id>` for a plan as imported, copied or made, `plan:<id>@<version>` for a
 * version made from it by "Ny prognos" (the library's entry key, {@link entryKeyOf}). Plan ids have no `@`.
 */
export const planKey = (entryKey: string): string => `${PLAN_KEY_PREFIX}${entryKey}`;
/** The library's key of a stored plan: its id, or `<id>@<version>` for a version made by "Ny prognos". */
export const entryKeyOf = (plan: Pick<Plan, 'id' | 'version'>, isRevision: boolean): string =>
  isRevision ? `${plan.id}@${plan.version}` : plan.id;
/**
 * The version of the stored record around a plan file; the plan file has its own schemaVersion inside.
 * Version 2 adds `planVersion` (what "Ny prognos" made the plan from). A plan without one is still written
 * as version 1, so an older app reads it as before; a version it cannot read, it keeps untouched as newer.
 */
export const PLAN_RECORD_SCHEMA_VERSION = 2;
const WITH_VERSION_INFO = 2;
const PLAIN_RECORD = 1;

/**
 * An own plan in IndexedDB: the scenario envelope `{format, schemaVersion, appVersion, savedAt, data}` around
 * the plan file as the user would export it, a revision raised by every save (two tabs notice each other)
 * and, when it lies in the plan Papperskorg, when it was deleted.
 */
export type PlanRecord = Envelope<unknown> & {
  readonly revision: number;
  readonly deletedAt?: string;
  readonly planVersion?: PlanVersionInfo;
};

export type ReadPlanRecord =
  | {
      readonly kind: 'plan';
      readonly key: string;
      readonly plan: Plan;
      readonly revision: number;
      readonly deletedAt: string | undefined;
      /** A version made by "Ny prognos": its name, date, the version it came from and what was changed. */
      readonly planVersion: PlanVersionInfo | undefined;
      /** The plan file's schema version when older than today's (kept as a backup on the next save). */
      readonly migratedFrom: number | undefined;
    }
  | {
      readonly kind: 'newer' | 'damaged';
      readonly key: string;
      readonly name: string | undefined;
      readonly message: string;
      readonly problems: readonly string[];
    };

const yearTable = v.record(
  v.pipe(v.string(), v.maxLength(80)),
  v.record(v.pipe(v.string(), v.regex(/^\d{4}$/)), v.pipe(v.number(), v.finite())),
);
const versionInfoSchema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  date: v.pipe(v.string(), v.isoDate()),
  basedOn: v.strictObject({
    id: v.pipe(v.string(), v.maxLength(80)),
    version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  }),
  edit: v.strictObject({ drivers: yearTable, lines: v.exactOptional(yearTable) }),
});

const recordSchema = v.strictObject({
  format: v.literal(PLAN_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.string(),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  data: v.unknown(),
  revision: v.pipe(v.number(), v.integer(), v.minValue(1)),
  deletedAt: v.exactOptional(v.pipe(v.string(), v.isoTimestamp())),
  planVersion: v.exactOptional(versionInfoSchema),
});

const nameIn = (raw: unknown): string | undefined => {
  const data = isPlainObject(raw) ? raw.data : undefined;
  const name = isPlainObject(data) ? data.name : undefined;
  const organisation = isPlainObject(data) && isPlainObject(data.organisation) ? data.organisation.name : '';
  if (typeof name !== 'string') return undefined;
  return typeof organisation === 'string' && organisation !== ''
    ? `${organisation.slice(0, 120)} · ${name.slice(0, 200)}`
    : name.slice(0, 200);
};

const newer = (raw: unknown, version: unknown): boolean => {
  if (typeof version === 'number' && version > PLAN_RECORD_SCHEMA_VERSION) return true;
  const data = isPlainObject(raw) ? raw.data : undefined;
  return (
    isPlainObject(data) && typeof data.schemaVersion === 'number' && data.schemaVersion > PLAN_SCHEMA_VERSION
  );
};

/**
 * Reads one stored plan through the envelope and parsePlan (the one validating path, which also migrates
 * older plan files). Never throws, never trusts the record and never changes it: a plan from a newer app
 * is explained and left alone, a broken one is described in Swedish (the repository keeps a backup).
 */
export const readPlanRecord = (key: string, raw: unknown): ReadPlanRecord => {
  const unreadable = (kind: 'newer' | 'damaged', message: string, problems: readonly string[] = []) =>
    ({ kind, key, name: nameIn(raw), message, problems }) as const;
  if (newer(raw, isPlainObject(raw) ? raw.schemaVersion : undefined)) {
    const appVersion = isPlainObject(raw) && typeof raw.appVersion === 'string' ? raw.appVersion : '?';
    return unreadable(
      'newer',
      `Planen sparades av en nyare version av Budgetverkstad (${appVersion.slice(0, 20)}). Den lämnas orörd; öppna den i den nyare versionen.`,
    );
  }
  const record = v.safeParse(recordSchema, raw);
  if (!record.success)
    return unreadable('damaged', 'Posten är inte en sparad plan och kan inte öppnas.', [
      ...describeIssues(record.issues),
    ]);
  let plan: Plan;
  try {
    plan = parsePlan(record.output.data);
  } catch (error) {
    return unreadable(
      'damaged',
      'Planen kan inte läsas av den här versionen av appen. Den finns kvar och en säkerhetskopia har sparats.',
      error instanceof PlanError ? error.problems : [String(error)],
    );
  }
  const planVersion = record.output.planVersion;
  if (key !== planKey(entryKeyOf(plan, planVersion !== undefined)))
    return unreadable(
      'damaged',
      'Planen ligger på en plats som inte stämmer med dess märkning och öppnas inte.',
    );
  const fileVersion = isPlainObject(record.output.data) ? record.output.data.schemaVersion : undefined;
  return {
    kind: 'plan',
    key,
    plan,
    revision: record.output.revision,
    deletedAt: record.output.deletedAt,
    planVersion,
    migratedFrom:
      typeof fileVersion === 'number' && fileVersion < PLAN_SCHEMA_VERSION ? fileVersion : undefined,
  };
};

/** The record to store for a plan file (already through parsePlan) at a revision. */
export const toPlanRecord = (
  planFile: unknown,
  revision: number,
  deletedAt: string | undefined,
  now: Date,
  planVersion?: PlanVersionInfo,
): PlanRecord => ({
  format: PLAN_FORMAT,
  schemaVersion: planVersion === undefined ? PLAIN_RECORD : WITH_VERSION_INFO,
  appVersion: APP_VERSION,
  savedAt: now.toISOString(),
  data: JSON.parse(JSON.stringify(planFile)) as unknown,
  revision,
  ...(deletedAt === undefined ? {} : { deletedAt }),
  ...(planVersion === undefined
    ? {}
    : { planVersion: JSON.parse(JSON.stringify(planVersion)) as PlanVersionInfo }),
});
