import * as v from 'valibot';
import { wrap } from './envelope';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_FORMAT = 'budgetverkstad.settings';
const SETTINGS_SCHEMA_VERSION = 1;

/** What the app remembers besides scenarios: which one was open, and when scenarios were last exported. */
export type Settings = {
  readonly lastOpenId?: string;
  readonly lastExportedAt?: string;
};

const settingsRecordSchema = v.looseObject({
  format: v.literal(SETTINGS_FORMAT),
  schemaVersion: v.literal(SETTINGS_SCHEMA_VERSION),
  data: v.looseObject({
    lastOpenId: v.exactOptional(v.pipe(v.string(), v.maxLength(64))),
    lastExportedAt: v.exactOptional(v.pipe(v.string(), v.isoTimestamp())),
  }),
});

/** The stored settings, or none when missing, unreadable or from a newer app (they are only conveniences). */
export const readSettings = (raw: unknown): Settings => {
  const parsed = v.safeParse(settingsRecordSchema, raw);
  if (!parsed.success) return {};
  const { lastOpenId, lastExportedAt } = parsed.output.data;
  return {
    ...(lastOpenId === undefined ? {} : { lastOpenId }),
    ...(lastExportedAt === undefined ? {} : { lastExportedAt }),
  };
};

/** A settings record written by a newer app: never overwritten. */
export const isNewerSettings = (raw: unknown): boolean =>
  typeof raw === 'object' &&
  raw !== null &&
  'schemaVersion' in raw &&
  typeof raw.schemaVersion === 'number' &&
  raw.schemaVersion > SETTINGS_SCHEMA_VERSION;

export const toSettingsRecord = (settings: Settings, now: Date) =>
  wrap(SETTINGS_FORMAT, SETTINGS_SCHEMA_VERSION, settings, now);
