import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { migrateScenarioV1 } from '../../src/persistence/migrateScenarioV1';
import { CURRENT_SCENARIO_SCHEMA_VERSION, type Migration } from '../../src/persistence/migrations';
import { readRecord, scenarioKey, toRecord } from '../../src/persistence/scenarioRecord';
import { scenarioDataV2 } from '../../src/persistence/scenarioSchemaV2';

const PERSISTED = 'fixtures/persisted';
const fixtures = readdirSync(PERSISTED).flatMap((version) =>
  readdirSync(join(PERSISTED, version)).map((file) => ({
    version,
    file,
    raw: JSON.parse(readFileSync(join(PERSISTED, version, file), 'utf8')) as Record<string, unknown>,
  })),
);

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

describe('saved records of every released schema version', () => {
  it('has frozen fixtures for every version up to today', () => {
    const versions = new Set(fixtures.map((f) => f.version));
    for (let n = 1; n <= CURRENT_SCENARIO_SCHEMA_VERSION; n += 1) expect(versions).toContain(`v${n}`);
  });

  it.each(fixtures.map((f) => [`${f.version}/${f.file}`, f] as const))(
    'migrates %s to a valid scenario of today',
    (_name, { version, raw }) => {
      expect(raw.schemaVersion).toBe(Number(version.slice(1)));
      const key = scenarioKey((raw.data as { id: string }).id);
      const record = readRecord(key, deepFreeze(structuredClone(raw)));
      expect(record.kind).toBe('scenario');
      if (record.kind !== 'scenario') return;
      expect(v.safeParse(scenarioDataV2, record.document).success).toBe(true);
      expect(record.revision).toBe(raw.revision);
      expect(record.deletedAt).toBe(raw.deletedAt);
      // Today's version is read back as stored; older ones are migrated (migrateScenarioV1.test.ts).
      if (version === `v${CURRENT_SCENARIO_SCHEMA_VERSION}`) expect(record.document).toEqual(raw.data);
    },
  );
});

describe('readRecord', () => {
  const raw = fixtures[0]?.raw ?? {};

  it('runs ordered migrations without mutating the stored value', () => {
    const log: string[] = [];
    const migrations: Migration[] = [
      {
        from: 1,
        describe: 'test: name gets a suffix',
        up: (data) => {
          log.push('1→2');
          const migrated = migrateScenarioV1(data) as { name: string };
          return { ...migrated, name: `${migrated.name} (v2)` };
        },
      },
      {
        from: 2,
        describe: 'test: a note is added',
        up: (data) => {
          log.push('2→3');
          return { ...(data as object), notes: { lpik: 'migrerad' } };
        },
      },
    ];
    const frozen = deepFreeze(structuredClone(raw));
    const record = readRecord('scenario:x', frozen, migrations);
    expect(log).toEqual(['1→2', '2→3']);
    expect(record.kind === 'scenario' && record.migratedFrom).toBe(1);
    expect(record.kind === 'scenario' && record.document.name).toBe(
      `${(raw.data as { name: string }).name} (v2)`,
    );
    expect(record.kind === 'scenario' && record.document.notes).toEqual({ lpik: 'migrerad' });
  });

  it('explains a record from a newer app in Swedish and reads nothing from it', () => {
    const record = readRecord('scenario:x', { ...raw, schemaVersion: CURRENT_SCENARIO_SCHEMA_VERSION + 1 });
    expect(record.kind).toBe('newer');
    expect(record.kind !== 'scenario' && record.message).toMatch(/nyare version.*lämnas orört/);
    expect(record.kind !== 'scenario' && record.name).toBe((raw.data as { name: string }).name);
  });

  it('reports a failing migration as damaged, keeping the original', () => {
    const failing: Migration[] = [
      {
        from: 1,
        describe: 'fails',
        up: () => {
          throw new Error('kan inte');
        },
      },
    ];
    const record = readRecord('scenario:x', raw, failing);
    expect(record.kind).toBe('damaged');
    expect(record.kind !== 'scenario' && record.message).toMatch(/säkerhetskopia/);
  });

  it.each([
    ['not an object', 'text'],
    ['no revision', { ...raw, revision: undefined }],
    ['a text amount', { ...raw, data: { ...(raw.data as object), name: 42 } }],
  ])('reports %s as damaged', (_what, value) => {
    expect(readRecord('scenario:x', value).kind).toBe('damaged');
  });

  it('writes records as the envelope plus revision, through JSON', () => {
    const record = readRecord('scenario:x', raw);
    if (record.kind !== 'scenario') throw new Error('fixture unreadable');
    const written = toRecord(
      { ...record.document, changes: { ...record.document.changes, frameChanges: [] } },
      4,
      undefined,
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(Object.keys(written).sort()).toEqual(
      ['appVersion', 'data', 'format', 'revision', 'savedAt', 'schemaVersion'].sort(),
    );
    expect(written.schemaVersion).toBe(CURRENT_SCENARIO_SCHEMA_VERSION);
    expect(written.savedAt).toBe('2026-11-25T12:00:00.000Z');
  });
});
