import { isPlainObject } from '../model/describeIssues';

/**
 * The plans a version-1 scenario could name, as they were named when version 1 was current: version 1 had
 * only the one built-in plan. Frozen with the migration (never read from today's plans, which may change).
 */
const V1_PLAN_NAMES: Readonly<Record<string, { name: string; organisation: string }>> = {
  'norrbotten-2025-2027': { name: 'Strategisk plan 2025–2027', organisation: 'Region Norrbotten' },
};

/** Input ids the plan format v2 renamed; the inputs it removed are kept as they are (the plan check flags them). */
const V1_INPUT_RENAMES: Readonly<Record<string, string>> = {
  lpik: 'prisindex',
  statsbidrag_prognos: 'generella_statsbidrag_grund',
};

const renameKeys = (record: unknown): unknown => {
  if (!isPlainObject(record)) return record;
  // Through entries, never by assignment: a key like `__proto__` stays a key (and the schema refuses it).
  return Object.fromEntries(
    Object.entries(record)
      // An input saved under both its old and its new id (never written by the app) keeps the new one.
      .filter(
        ([key]) =>
          !(Object.hasOwn(V1_INPUT_RENAMES, key) && Object.hasOwn(record, V1_INPUT_RENAMES[key] ?? '')),
      )
      .map(([key, value]) => [
        Object.hasOwn(V1_INPUT_RENAMES, key) ? (V1_INPUT_RENAMES[key] ?? key) : key,
        value,
      ]),
  );
};

/**
 * Scenario data version 1 → 2: the plan reference gains the plan's name and organisation, and the inputs and
 * notes of renamed inputs move to their new ids. Works on the raw shape and never mutates its input; a shape
 * it does not recognise is passed on for the schema to describe.
 *
 * @example
 *   migrateScenarioV1({ plan: { id: 'norrbotten-2025-2027', version: 1 }, changes: { inputs: { lpik: {} } } });
 *   // { plan: { id, version, name: 'Strategisk plan 2025–2027', organisation: 'Region Norrbotten' },
 *   //   changes: { inputs: { prisindex: {} } } }
 */
export const migrateScenarioV1 = (data: unknown): unknown => {
  if (!isPlainObject(data)) return data;
  const plan = data.plan;
  const changes = data.changes;
  const known =
    isPlainObject(plan) && typeof plan.id === 'string' && Object.hasOwn(V1_PLAN_NAMES, plan.id)
      ? V1_PLAN_NAMES[plan.id]
      : undefined;
  return {
    ...data,
    ...(isPlainObject(plan)
      ? { plan: { ...plan, name: known?.name ?? 'Okänd plan', organisation: known?.organisation ?? '' } }
      : {}),
    ...(isPlainObject(changes) ? { changes: { ...changes, inputs: renameKeys(changes.inputs) } } : {}),
    ...('notes' in data ? { notes: renameKeys(data.notes) } : {}),
  };
};
