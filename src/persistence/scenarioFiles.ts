import { historyOfCopy, type ScenarioHistory } from '../model/history/scenarioHistory';
import type { ScenarioDocument } from '../model/scenarioDocument';
import { SCENARIO_FORMAT, wrap } from './envelope';
import { CURRENT_SCENARIO_SCHEMA_VERSION } from './migrations';
import { parseScenarioFiles, SCENARIOS_FORMAT } from './parseScenarioFile';
import { MAX_IMPORT_BYTES, utf8Length } from './safeJson';
import { swedishDay } from './swedishTime';

/** What an import gives: copies to add (never to overwrite), or a Swedish message saying what is wrong. */
export type ScenarioImport =
  | {
      readonly ok: true;
      readonly documents: readonly ScenarioDocument[];
      /** Per document, in the same order: the history the file carried, already under the copy's id. */
      readonly histories: readonly (ScenarioHistory | undefined)[];
      /** A history in the file that could not be read (its scenario was read without it), in Swedish. */
      readonly notices: readonly string[];
      /** The schema version the file was migrated from, when it was older than this app's. */
      readonly migratedFrom: number | undefined;
    }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

export type CopyOptions = { readonly now: Date; readonly newId: () => string };

/** A scenario's data in a file: the document, and beside it the history when there is one to carry. */
const withHistory = (document: ScenarioDocument, history: ScenarioHistory | undefined) =>
  history && history.versions.length > 0 ? { ...document, history } : document;

/**
 * One scenario as a file: the same envelope the app stores (`budgetverkstad.scenario`), with the scenario's
 * history in `data.history` when it has one (schema version 4). Indented for a reader, unless that would
 * take it over the import limit (a long history): then on one line, so that the file can always be read back.
 */
export const scenarioFileText = (
  document: ScenarioDocument,
  now: Date,
  history?: ScenarioHistory,
): string => {
  const envelope = wrap(
    SCENARIO_FORMAT,
    CURRENT_SCENARIO_SCHEMA_VERSION,
    withHistory(document, history),
    now,
  );
  const indented = `${JSON.stringify(envelope, null, 2)}\n`;
  return utf8Length(indented) <= MAX_IMPORT_BYTES ? indented : `${JSON.stringify(envelope)}\n`;
};

/** Several scenarios as one file: format `budgetverkstad.scenarios`, `data: { scenarios: [...] }`. */
export const allScenariosFileText = (
  documents: readonly ScenarioDocument[],
  now: Date,
  histories: ReadonlyMap<string, ScenarioHistory> = new Map(),
): string =>
  `${JSON.stringify(
    wrap(
      SCENARIOS_FORMAT,
      CURRENT_SCENARIO_SCHEMA_VERSION,
      { scenarios: documents.map((d) => withHistory(d, histories.get(d.id))) },
      now,
    ),
    null,
    2,
  )}\n`;

/** The Swedish day, not UTC's: a file saved at 00:30 in Stockholm is named after that day. */
const day = swedishDay;

/** `Skatt +10 öre` → `skatt-10-ore`: a file name any system accepts. */
const slug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'scenario';

/** e.g. `budgetverkstad-skatt-10-ore-2026-11-25.json`. */
export const scenarioFileName = (name: string, now: Date, extension = 'json'): string =>
  `budgetverkstad-${slug(name)}-${day(now)}.${extension}`;

export const allScenariosFileName = (now: Date): string => `budgetverkstad-alla-scenarier-${day(now)}.json`;

/** A copy of a read scenario: a new id and new times, so an import never replaces a saved scenario. */
export const asCopy = (document: ScenarioDocument, { now, newId }: CopyOptions): ScenarioDocument => ({
  ...document,
  id: newId(),
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
});

/**
 * Reads the text of a file, a pasted text or a decoded link through the one validating path and returns
 * the scenarios as copies. Never throws.
 *
 * @example
 *   const result = importScenarios(await file.text(), { now: new Date(), newId: () => crypto.randomUUID() });
 *   if (result.ok) library.importCopies(result.documents); else show(result.message);
 */
export const importScenarios = (text: string, options: CopyOptions): ScenarioImport => {
  try {
    const parsed = parseScenarioFiles(text);
    if (!parsed.ok) return parsed;
    const documents = parsed.scenarios.map((document) => asCopy(document, options));
    return {
      ok: true,
      documents,
      histories: parsed.histories.map((history, i) => {
        const id = documents[i]?.id;
        return history && id !== undefined ? historyOfCopy(history, id) : undefined;
      }),
      notices: parsed.historyProblems,
      migratedFrom: parsed.migratedFrom,
    };
  } catch {
    return { ok: false, message: 'Filen kunde inte läsas.', problems: [] };
  }
};
