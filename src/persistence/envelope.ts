import * as v from 'valibot';
import packageJson from '../../package.json';

export const APP_VERSION: string = packageJson.version;
export const SCENARIO_FORMAT = 'budgetverkstad.scenario';

/** Every stored record and every file: `{format, schemaVersion, appVersion, savedAt, data}`. */
export type Envelope<T> = {
  readonly format: string;
  readonly schemaVersion: number;
  readonly appVersion: string;
  readonly savedAt: string;
  readonly data: T;
};

export const envelopeSchema = v.strictObject({
  format: v.string('formatet saknas'),
  schemaVersion: v.pipe(v.number('schemaVersion ska vara ett tal'), v.integer(), v.minValue(1)),
  appVersion: v.string('appVersion saknas'),
  savedAt: v.string('savedAt saknas'),
  data: v.unknown(),
});

export const wrap = <T>(format: string, schemaVersion: number, data: T, now: Date): Envelope<T> => ({
  format,
  schemaVersion,
  appVersion: APP_VERSION,
  savedAt: now.toISOString(),
  data,
});
