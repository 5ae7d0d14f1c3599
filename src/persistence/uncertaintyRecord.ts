import * as v from 'valibot';
import { validEdits, type ParameterEdits } from '../model/uncertainty/editParameters';
import { UNCERTAINTY_IDS } from '../model/uncertainty/parameters';
import { wrap } from './envelope';

export const UNCERTAINTY_KEY = 'egna-antaganden';
export const UNCERTAINTY_FORMAT = 'budgetverkstad.uncertainty';
const UNCERTAINTY_SCHEMA_VERSION = 1;

const figure = v.pipe(v.number(), v.finite());
const byDriver = <T extends v.GenericSchema>(value: T) =>
  v.strictObject(Object.fromEntries(UNCERTAINTY_IDS.map((id) => [id, v.exactOptional(value)])));

const uncertaintyRecordSchema = v.looseObject({
  format: v.literal(UNCERTAINTY_FORMAT),
  schemaVersion: v.literal(UNCERTAINTY_SCHEMA_VERSION),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  data: v.strictObject({
    spreads: byDriver(v.pipe(v.array(figure), v.maxLength(12))),
    correlations: v.record(v.pipe(v.string(), v.maxLength(64)), figure),
    steps: byDriver(figure),
  }),
});

/** What a stored record turned out to be. */
export type ReadUncertainty =
  | { readonly kind: 'none' }
  | { readonly kind: 'edits'; readonly edits: ParameterEdits }
  /** Written by a newer app: never overwritten, the sources' values used meanwhile. */
  | { readonly kind: 'newer' }
  /** Not a record this app can read back, or figures that do not stand: kept, the sources' values used. */
  | { readonly kind: 'unreadable' };

const isNewer = (raw: unknown): boolean =>
  typeof raw === 'object' &&
  raw !== null &&
  'schemaVersion' in raw &&
  typeof raw.schemaVersion === 'number' &&
  raw.schemaVersion > UNCERTAINTY_SCHEMA_VERSION;

/**
 * The user's own error-model figures read back: the shape checked by valibot, then every figure by the
 * model's own rules (a hand-altered record with a negative spread is no record).
 *
 * @example
 *   readUncertaintyRecord(undefined); // { kind: 'none' }
 */
export const readUncertaintyRecord = (raw: unknown): ReadUncertainty => {
  if (raw === undefined) return { kind: 'none' };
  if (isNewer(raw)) return { kind: 'newer' };
  const parsed = v.safeParse(uncertaintyRecordSchema, raw);
  if (!parsed.success) return { kind: 'unreadable' };
  const edits = validEdits(parsed.output.data as ParameterEdits);
  return edits ? { kind: 'edits', edits } : { kind: 'unreadable' };
};

export const toUncertaintyRecord = (edits: ParameterEdits, now: Date) =>
  wrap(UNCERTAINTY_FORMAT, UNCERTAINTY_SCHEMA_VERSION, edits, now);
