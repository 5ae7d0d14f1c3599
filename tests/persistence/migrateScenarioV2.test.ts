import { describe, expect, it } from 'vitest';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import { migrate } from '../../src/persistence/migrations';
import { migrateScenarioV2 } from '../../src/persistence/migrateScenarioV2';
import { parsePlan } from '../../src/model/parsePlan';
import { modelRows } from '../../src/model/modelRows';

const sjoboScenario = (inputs: Record<string, Record<string, number>>, notes?: Record<string, string>) =>
  Object.freeze({
    id: 'x',
    plan: Object.freeze({
      id: 'sjobo-2024-2027',
      version: 1,
      name: 'Budget 2024',
      organisation: 'Sjöbo kommun',
    }),
    changes: Object.freeze({ inputs: Object.freeze(inputs), frameChanges: [] }),
    ...(notes ? { notes: Object.freeze(notes) } : {}),
  });

describe('scenario data v2 → v3', () => {
  it('moves a changed Sjöbo reserve use to the row of the resultatutjämningsreserv, its value and its note', () => {
    const raw = sjoboScenario(
      { anvandning_resultatreserv_grund: { '2025': 5 } },
      { anvandning_resultatreserv_grund: 'KF' },
    );
    const migrated = migrate(raw, 2) as ReturnType<typeof sjoboScenario>;
    expect(migrated.changes.inputs).toEqual({ anvandning_resultatutjamningsreserv_grund: { '2025': 5 } });
    expect(migrated.notes).toEqual({ anvandning_resultatutjamningsreserv_grund: 'KF' });
    expect(raw.changes.inputs).toHaveProperty('anvandning_resultatreserv_grund');
  });

  it('names an input the Sjöbo plan has today', () => {
    const ids = new Set(modelRows(parsePlan(sjoboJson)).inputs.map((row) => row.id));
    expect(ids.has('anvandning_resultatutjamningsreserv_grund')).toBe(true);
    expect(ids.has('anvandning_resultatreserv_grund')).toBe(false);
  });

  it('leaves other plans’ scenarios as they are', () => {
    const other = {
      ...sjoboScenario({ anvandning_resultatreserv_grund: { '2025': 5 } }),
      plan: { id: 'egen-plan' },
    };
    expect(migrateScenarioV2(other)).toBe(other);
  });
});
