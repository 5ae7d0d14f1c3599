import { isPlainObject } from '../model/describeIssues';

/**
 * Input ids of built-in plans whose printed row moved to another catalogue id in version 3, per plan id. Frozen
 * with the migration: Sjöbo's "Medel från resultatutjämningsreserv" was read as a use of the resultatreserv
 * until the balanskravsutredning told the two reserves apart (issue 14, BALANSKRAV.md §5).
 */
const V2_INPUT_RENAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'sjobo-2024-2027': {
    anvandning_resultatreserv_grund: 'anvandning_resultatutjamningsreserv_grund',
  },
};

const renameKeys = (record: unknown, renames: Readonly<Record<string, string>>): unknown => {
  if (!isPlainObject(record)) return record;
  // Through entries, never by assignment: a key like `__proto__` stays a key (and the schema refuses it).
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => !(Object.hasOwn(renames, key) && Object.hasOwn(record, renames[key] ?? '')))
      .map(([key, value]) => [Object.hasOwn(renames, key) ? (renames[key] ?? key) : key, value]),
  );
};

/**
 * Scenario data version 2 → 3: a scenario of a plan whose row moved keeps its changed level under the row's
 * new id, in inputs and notes. Works on the raw shape, never mutates its input; other scenarios pass unchanged.
 *
 * @example
 *   migrateScenarioV2({ plan: { id: 'sjobo-2024-2027' }, changes: { inputs: { anvandning_resultatreserv_grund: {} } } });
 *   // { plan: …, changes: { inputs: { anvandning_resultatutjamningsreserv_grund: {} } } }
 */
export const migrateScenarioV2 = (data: unknown): unknown => {
  if (!isPlainObject(data)) return data;
  const plan = data.plan;
  const renames =
    isPlainObject(plan) && typeof plan.id === 'string' && Object.hasOwn(V2_INPUT_RENAMES, plan.id)
      ? V2_INPUT_RENAMES[plan.id]
      : undefined;
  if (!renames) return data;
  const changes = data.changes;
  return {
    ...data,
    ...(isPlainObject(changes)
      ? { changes: { ...changes, inputs: renameKeys(changes.inputs, renames) } }
      : {}),
    ...('notes' in data ? { notes: renameKeys(data.notes, renames) } : {}),
  };
};
