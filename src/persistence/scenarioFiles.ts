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

/** Versions, or a status or decision note (a copy saved from a link has those and no versions yet). */
const carriesSomething = (history: ScenarioHistory): boolean =>
  history.versions.length > 0 || history.status !== 'utkast' || history.decisionNote !== '';

/** A scenario's data in a file: the document, and beside it the history when there is one to carry. */
const withHistory = (document: ScenarioDocument, history: ScenarioHistory | undefined) =>
  history && carriesSomething(history) ? { ...document, history } : document;

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

/** A file of several scenarios, and the names of those whose history did not fit in it. */
export type AllScenariosText = { readonly text: string; readonly withoutHistory: readonly string[] };

const scenariosEnvelope = (data: readonly ScenarioDocument[], now: Date) =>
  wrap(SCENARIOS_FORMAT, CURRENT_SCENARIO_SCHEMA_VERSION, { scenarios: data }, now);

/**
 * Several scenarios as one file (`budgetverkstad.scenarios`, `data: { scenarios: [...] }`), each with its
 * history. The file must import back whole, so it stays within the import limit: indented when that fits,
 * else on one line, and when even that is too large, the histories that do not fit (in the list's order)
 * are left out and named, so that the user can save those scenarios one by one, each file with its history.
 *
 * @example
 *   allScenariosExport([a, b], now, new Map([[a.id, history]])).withoutHistory; // [] unless it is over 2 MB
 */
export const allScenariosExport = (
  documents: readonly ScenarioDocument[],
  now: Date,
  histories: ReadonlyMap<string, ScenarioHistory> = new Map(),
): AllScenariosText => {
  const full = scenariosEnvelope(
    documents.map((d) => withHistory(d, histories.get(d.id))),
    now,
  );
  const indented = `${JSON.stringify(full, null, 2)}\n`;
  if (utf8Length(indented) <= MAX_IMPORT_BYTES) return { text: indented, withoutHistory: [] };
  let room = MAX_IMPORT_BYTES - utf8Length(`${JSON.stringify(scenariosEnvelope(documents, now))}\n`);
  const withoutHistory: string[] = [];
  const data = documents.map((document) => {
    const carried = withHistory(document, histories.get(document.id));
    if (carried === document) return document;
    // `,"history":` and the history itself, on one line.
    const size = utf8Length(`,"history":${JSON.stringify(histories.get(document.id))}`);
    if (size <= room) {
      room -= size;
      return carried;
    }
    withoutHistory.push(document.name);
    return document;
  });
  return { text: `${JSON.stringify(scenariosEnvelope(data, now))}\n`, withoutHistory };
};

/** The text of {@link allScenariosExport}. */
export const allScenariosFileText = (
  documents: readonly ScenarioDocument[],
  now: Date,
  histories: ReadonlyMap<string, ScenarioHistory> = new Map(),
): string => allScenariosExport(documents, now, histories).text;

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
