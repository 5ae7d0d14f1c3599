import * as v from 'valibot';
import { describeIssues, isPlainObject } from '../model/describeIssues';
import type { ScenarioDocument } from '../model/scenarioDocument';
import { envelopeSchema, SCENARIO_FORMAT } from './envelope';
import { CURRENT_SCENARIO_SCHEMA_VERSION, migrate } from './migrations';
import { parseSafeJson } from './safeJson';
import { scenarioDataV1 } from './scenarioSchemaV1';

export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: ScenarioDocument; readonly migratedFrom: number | undefined }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

const failure = (message: string, problems: readonly string[] = []): ScenarioFileResult => ({
  ok: false,
  message,
  problems,
});

/**
 * Reads a scenario file (or any text claiming to be one): size, depth and prototype-safe JSON, the
 * versioned envelope, migrations from older versions, and the current schema. Never throws.
 *
 * @example
 *   const result = parseScenarioFile(await file.text());
 *   if (!result.ok) showError(result.message); // "Filen är inte giltig JSON …"
 */
export const parseScenarioFile = (text: string): ScenarioFileResult => {
  const json = parseSafeJson(text);
  if (!json.ok) return failure(json.message);
  if (!isPlainObject(json.value)) return failure('Filen är inte en scenariofil från Budgetverkstad.');
  const envelope = v.safeParse(envelopeSchema, json.value);
  if (!envelope.success)
    return failure('Filen är inte en scenariofil från Budgetverkstad.', describeIssues(envelope.issues));
  const { format, schemaVersion, appVersion, data } = envelope.output;
  if (format !== SCENARIO_FORMAT)
    return failure(`Filen är av formatet "${format.slice(0, 60)}", inte ett scenario från Budgetverkstad.`);
  if (schemaVersion > CURRENT_SCENARIO_SCHEMA_VERSION)
    return failure(
      `Filen kommer från en nyare version av Budgetverkstad (${appVersion.slice(0, 20)}, schemaversion ${schemaVersion}). ` +
        'Uppdatera appen för att öppna den; filen har inte ändrats.',
    );
  const parsed = v.safeParse(scenarioDataV1, migrate(data, schemaVersion));
  if (!parsed.success)
    return failure('Scenariot i filen är felaktigt och kan inte öppnas.', describeIssues(parsed.issues));
  return {
    ok: true,
    scenario: parsed.output,
    migratedFrom: schemaVersion < CURRENT_SCENARIO_SCHEMA_VERSION ? schemaVersion : undefined,
  };
};
