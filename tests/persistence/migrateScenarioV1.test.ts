import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { migrateScenarioV1 } from '../../src/persistence/migrateScenarioV1';
import { CURRENT_SCENARIO_SCHEMA_VERSION, migrate } from '../../src/persistence/migrations';
import { readRecord } from '../../src/persistence/scenarioRecord';
import { scenarioDataV2 } from '../../src/persistence/scenarioSchemaV2';

const fixture = (name: string) =>
  JSON.parse(readFileSync(`fixtures/persisted/v1/${name}.json`, 'utf8')) as {
    data: Record<string, unknown>;
  };

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

describe('scenario data v1 → v2', () => {
  it('is the first of the migrations to today', () => {
    expect(CURRENT_SCENARIO_SCHEMA_VERSION).toBe(4);
  });

  it('names the plan and moves lpik to prisindex, its values and its note (frozen v1 fixture)', () => {
    const raw = deepFreeze(fixture('skatt-och-ramar'));
    const before = JSON.stringify(raw);
    const record = readRecord('scenario:7c2d9e40-1b5a-4f3c-8e27-6a4b1c9d0e22', raw);
    expect(JSON.stringify(raw)).toBe(before);
    expect(record.kind).toBe('scenario');
    if (record.kind !== 'scenario') return;
    expect(record.migratedFrom).toBe(1);
    expect(record.document.plan).toEqual({
      id: 'norrbotten-2025-2027',
      version: 1,
      name: 'Strategisk plan 2025–2027',
      organisation: 'Region Norrbotten',
    });
    expect(record.document.changes.inputs).toEqual({
      skattesats: { '2025': 11.44, '2026': 11.44 },
      befolkning: { '2025': 250103 },
      prisindex: { '2026': -0.5 },
    });
    expect(record.document.notes).toEqual({ skattesats: 'Finansierar kollektivtrafiken' });
  });

  it('renames statsbidrag_prognos and keeps the inputs plan v2 removed, in inputs and notes', () => {
    const data = deepFreeze({
      ...fixture('planen-som-beslutad').data,
      changes: {
        inputs: {
          statsbidrag_prognos: { '2025': 5200 },
          lpik: { '2025': 3.1 },
          avsattningar_grund: { '2025': 12 },
          minskning_langfristiga_fordringar: { '2026': 1 },
        },
        frameChanges: [],
      },
      notes: { statsbidrag_prognos: 'SKR:s prognos', lpik: 'Högre avtal', avsattningar_grund: 'Pensioner' },
    });
    const migrated = migrate(data, 1) as { changes: { inputs: object }; notes: object };
    expect(migrated.changes.inputs).toEqual({
      generella_statsbidrag_grund: { '2025': 5200 },
      prisindex: { '2025': 3.1 },
      avsattningar_grund: { '2025': 12 },
      minskning_langfristiga_fordringar: { '2026': 1 },
    });
    expect(migrated.notes).toEqual({
      generella_statsbidrag_grund: 'SKR:s prognos',
      prisindex: 'Högre avtal',
      avsattningar_grund: 'Pensioner',
    });
    expect(v.safeParse(scenarioDataV2, migrated).success).toBe(true);
  });

  it('names an unknown plan as unknown rather than inventing a name', () => {
    const data = { ...fixture('planen-som-beslutad').data, plan: { id: 'gotland-2025', version: 3 } };
    expect((migrateScenarioV1(data) as { plan: unknown }).plan).toEqual({
      id: 'gotland-2025',
      version: 3,
      name: 'Okänd plan',
      organisation: '',
    });
  });

  it('passes a shape it does not know on for the schema to describe', () => {
    expect(migrateScenarioV1('text')).toBe('text');
    expect(migrateScenarioV1({ plan: 'x' })).toEqual({ plan: 'x' });
  });
});
