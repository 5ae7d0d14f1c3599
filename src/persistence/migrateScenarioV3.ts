/**
 * Scenario data version 3 → 4. Version 4 lets a file carry the scenario's history next to the document
 * (`data.history`, see scenarioHistorySchemaV4) and adds the record `history:<id>`; a version 3 scenario has
 * no history, so its document passes unchanged (returned as it is, never mutated).
 *
 * @example
 *   migrateScenarioV3(v3data) === v3data; // true
 */
export const migrateScenarioV3 = (data: unknown): unknown => data;
