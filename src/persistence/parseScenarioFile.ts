import * as v from 'valibot';
import { describeIssues, isPlainObject } from '../model/describeIssues';
import type { ScenarioHistory } from '../model/history/scenarioHistory';
import type { ScenarioDocument } from '../model/scenarioDocument';
import { envelopeSchema, SCENARIO_FORMAT } from './envelope';
import { FIRST_HISTORY_VERSION, readHistoryData } from './historyData';
import { CURRENT_SCENARIO_SCHEMA_VERSION, migrate } from './migrations';
import { FILE_WORDS, parseSafeJson, type SourceWords } from './safeJson';
import { scenarioDataV2 } from './scenarioSchemaV2';

/** A scenario read from a file, with the history the file carried (if it carried one that could be read). */
export type ReadScenario = {
  readonly scenario: ScenarioDocument;
  readonly history: ScenarioHistory | undefined;
  /** Said when the file's history could not be read: the scenario itself was read, as it is now. */
  readonly historyProblem: { readonly message: string; readonly problems: readonly string[] } | undefined;
};

export type ScenarioFileResult =
  | ({ readonly ok: true; readonly migratedFrom: number | undefined } & ReadScenario)
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

type Failure = { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

const failure = (message: string, problems: readonly string[] = []): Failure => ({
  ok: false,
  message,
  problems,
});

/** A file holding several scenarios ("Spara alla som fil"): `data` is `{ scenarios: [...] }`. */
export const SCENARIOS_FORMAT = 'budgetverkstad.scenarios';
export const MAX_SCENARIOS_PER_FILE = 500;

export type ScenarioListResult =
  | {
      readonly ok: true;
      readonly scenarios: readonly ScenarioDocument[];
      /** Per scenario, in the same order: its history, where the file carried one that could be read. */
      readonly histories: readonly (ScenarioHistory | undefined)[];
      readonly historyProblems: readonly string[];
      readonly migratedFrom: number | undefined;
    }
  | Failure;

type EnvelopeRead =
  | { readonly ok: true; readonly format: string; readonly schemaVersion: number; readonly data: unknown }
  | Failure;

/** Safe JSON, the envelope and the version check: the steps every file, link and paste goes through. */
const readEnvelope = (text: string, formats: readonly string[], words: SourceWords): EnvelopeRead => {
  const json = parseSafeJson(text, words);
  if (!json.ok) return failure(json.message);
  const notOurs = `${words.subject} är inte ${words.what} från Budgetverkstad.`;
  if (!isPlainObject(json.value)) return failure(notOurs);
  const envelope = v.safeParse(envelopeSchema, json.value);
  if (!envelope.success) return failure(notOurs, describeIssues(envelope.issues, 10, words.object));
  const { format, schemaVersion, appVersion, data } = envelope.output;
  if (!formats.includes(format))
    return failure(
      `${words.subject} är av formatet "${format.slice(0, 60)}", inte ett scenario från Budgetverkstad.`,
    );
  if (schemaVersion > CURRENT_SCENARIO_SCHEMA_VERSION)
    return failure(
      `${words.subject} kommer från en nyare version av Budgetverkstad (${appVersion.slice(0, 20)}, schemaversion ${schemaVersion}). ` +
        `Uppdatera appen för att öppna den; ${words.object} har inte ändrats.`,
    );
  return { ok: true, format, schemaVersion, data };
};

const migratedFrom = (schemaVersion: number) =>
  schemaVersion < CURRENT_SCENARIO_SCHEMA_VERSION ? schemaVersion : undefined;

/**
 * Reads a scenario file (or any text claiming to be one): size, depth and prototype-safe JSON, the
 * versioned envelope, migrations from older versions, and the current schema. Never throws.
 *
 * @example
 *   const result = parseScenarioFile(await file.text());
 *   if (!result.ok) showError(result.message); // "Filen är inte giltig JSON …"
 */
export const parseScenarioFile = (text: string, words: SourceWords = FILE_WORDS): ScenarioFileResult => {
  const envelope = readEnvelope(text, [SCENARIO_FORMAT], words);
  return envelope.ok ? readScenarioData(envelope, words) : envelope;
};

/**
 * From version 4 a scenario's data may carry its history beside the document (`data.history`): it is taken
 * apart before the document is migrated and checked, so a broken history never costs the scenario.
 */
const splitHistory = (data: unknown, schemaVersion: number) => {
  if (schemaVersion < FIRST_HISTORY_VERSION || !isPlainObject(data) || !Object.hasOwn(data, 'history'))
    return { document: data, history: undefined, carried: false };
  const { history, ...document } = data;
  return { document, history, carried: true };
};

type DataRead = ({ readonly ok: true } & ReadScenario) | Failure;

/** One scenario's data (with any history) at `schemaVersion`, migrated and checked against today's schema. */
const readData = (data: unknown, schemaVersion: number, words: SourceWords, what: string): DataRead => {
  const split = splitHistory(data, schemaVersion);
  const parsed = v.safeParse(scenarioDataV2, migrate(split.document, schemaVersion));
  if (!parsed.success) return failure(what, describeIssues(parsed.issues, 10, words.object));
  const history = split.carried ? readHistoryData(split.history, schemaVersion, parsed.output.id) : undefined;
  return {
    ok: true,
    scenario: parsed.output,
    history: history?.ok ? history.history : undefined,
    historyProblem:
      history && !history.ok
        ? {
            message: `Historiken för ”${parsed.output.name}” i ${words.object} är skadad och lästes inte in; scenariot lästes in som det är nu.`,
            problems: history.problems,
          }
        : undefined,
  };
};

/** The data of a read one-scenario envelope, migrated and checked against today's schema. */
const readScenarioData = (
  envelope: Extract<EnvelopeRead, { ok: true }>,
  words: SourceWords,
): ScenarioFileResult => {
  const read = readData(
    envelope.data,
    envelope.schemaVersion,
    words,
    `Scenariot i ${words.object} är felaktigt och kan inte öppnas.`,
  );
  if (!read.ok) return read;
  const { ok: _ok, ...scenario } = read;
  return { ok: true, ...scenario, migratedFrom: migratedFrom(envelope.schemaVersion) };
};

const scenarioList = v.strictObject({
  scenarios: v.pipe(
    v.array(v.unknown(), 'en lista med scenarier väntades'),
    v.maxLength(MAX_SCENARIOS_PER_FILE, `högst ${MAX_SCENARIOS_PER_FILE} scenarier`),
  ),
});

/**
 * Reads a file of one scenario (`budgetverkstad.scenario`) or of several (`budgetverkstad.scenarios`)
 * through the same checks as {@link parseScenarioFile}; one bad scenario refuses the whole file.
 */
export const parseScenarioFiles = (text: string): ScenarioListResult => {
  const envelope = readEnvelope(text, [SCENARIO_FORMAT, SCENARIOS_FORMAT], FILE_WORDS);
  if (!envelope.ok) return envelope;
  if (envelope.format === SCENARIO_FORMAT) {
    const single = readScenarioData(envelope, FILE_WORDS);
    if (!single.ok) return single;
    return {
      ok: true,
      scenarios: [single.scenario],
      histories: [single.history],
      historyProblems: single.historyProblem ? [single.historyProblem.message] : [],
      migratedFrom: single.migratedFrom,
    };
  }
  const list = v.safeParse(scenarioList, envelope.data);
  if (!list.success)
    return failure('Filen med scenarier är felaktig och kan inte öppnas.', describeIssues(list.issues));
  const read: ReadScenario[] = [];
  for (const [index, data] of list.output.scenarios.entries()) {
    const one = readData(
      data,
      envelope.schemaVersion,
      FILE_WORDS,
      `Scenario ${index + 1} i filen är felaktigt; inget av scenarierna har lästs in.`,
    );
    if (!one.ok) return one;
    read.push(one);
  }
  const scenarios = read.map((r) => r.scenario);
  if (scenarios.length === 0) return failure('Filen innehåller inga scenarier.');
  return {
    ok: true,
    scenarios,
    histories: read.map((r) => r.history),
    historyProblems: read.flatMap((r) => (r.historyProblem ? [r.historyProblem.message] : [])),
    migratedFrom: migratedFrom(envelope.schemaVersion),
  };
};
