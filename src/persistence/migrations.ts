import { migrateScenarioV1 } from './migrateScenarioV1';
import { migrateScenarioV2 } from './migrateScenarioV2';
import { migrateScenarioV3 } from './migrateScenarioV3';

/**
 * Ordered, append-only, pure migrations of scenario data: `MIGRATIONS[i]` takes schema version `i + 1` to
 * `i + 2`. Each works on the raw shape of its version (never on today's types) and never mutates its input.
 */
export type Migration = {
  readonly from: number;
  readonly describe: string;
  readonly up: (data: unknown) => unknown;
};

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe: 'the plan reference names its plan; lpik and statsbidrag_prognos take their plan v2 ids',
    up: migrateScenarioV1,
  },
  {
    from: 2,
    describe:
      'a built-in plan row that moved to another catalogue id keeps its changed level (a reserve-use row, say)',
    up: migrateScenarioV2,
  },
  {
    from: 3,
    describe: 'a file may carry the scenario’s history (data.history); a version 3 scenario has none',
    up: migrateScenarioV3,
  },
];

export const CURRENT_SCENARIO_SCHEMA_VERSION = 1 + MIGRATIONS.length;

/** Runs the migrations from `version` to the current one (`migrations` only for tests of the mechanism). */
export const migrate = (
  data: unknown,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
): unknown =>
  migrations
    .filter((migration) => migration.from >= version)
    .reduce((value, migration) => migration.up(value), data);
