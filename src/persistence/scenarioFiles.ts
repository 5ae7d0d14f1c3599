import type { ScenarioDocument } from '../model/scenarioDocument';
import { SCENARIO_FORMAT, wrap } from './envelope';
import { CURRENT_SCENARIO_SCHEMA_VERSION } from './migrations';
import { parseScenarioFiles, SCENARIOS_FORMAT } from './parseScenarioFile';
import { swedishDay } from './swedishTime';

/** What an import gives: copies to add (never to overwrite), or a Swedish message saying what is wrong. */
export type ScenarioImport =
  | {
      readonly ok: true;
      readonly documents: readonly ScenarioDocument[];
      /** The schema version the file was migrated from, when it was older than this app's. */
      readonly migratedFrom: number | undefined;
    }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

export type CopyOptions = { readonly now: Date; readonly newId: () => string };

/** One scenario as a file: the same envelope the app stores (`budgetverkstad.scenario`). */
export const scenarioFileText = (document: ScenarioDocument, now: Date): string =>
  `${JSON.stringify(wrap(SCENARIO_FORMAT, CURRENT_SCENARIO_SCHEMA_VERSION, document, now), null, 2)}\n`;

/** Several scenarios as one file: format `budgetverkstad.scenarios`, `data: { scenarios: [...] }`. */
export const allScenariosFileText = (documents: readonly ScenarioDocument[], now: Date): string =>
  `${JSON.stringify(wrap(SCENARIOS_FORMAT, CURRENT_SCENARIO_SCHEMA_VERSION, { scenarios: documents }, now), null, 2)}\n`;

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
    return {
      ok: true,
      documents: parsed.scenarios.map((document) => asCopy(document, options)),
      migratedFrom: parsed.migratedFrom,
    };
  } catch {
    return { ok: false, message: 'Filen kunde inte läsas.', problems: [] };
  }
};
