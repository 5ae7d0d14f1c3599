import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { memoryBackend } from '../../src/persistence/memoryBackend';
import { readRecord, scenarioKey, toRecord } from '../../src/persistence/scenarioRecord';
import { createScenarioRepository } from '../../src/persistence/scenarioRepository';
import { newScenario } from '../../src/scenarios/newScenario';
import { plan } from '../helpers';

const AT = new Date('2026-11-25T12:00:00.000Z');
const scenario = (id: string, name: string): ScenarioDocument => newScenario(plan, name, id, AT);
const stored = (id: string, name: string) => toRecord(scenario(id, name), 3, undefined, AT);

describe('a record’s key always equals its id', () => {
  it('reads a record that claims another id with its key’s id, and says so', () => {
    const record = readRecord('scenario:a', stored('b', 'Budget B'));
    expect(record).toMatchObject({ kind: 'scenario', key: 'scenario:a', document: { id: 'a' }, revision: 3 });
    expect(record.kind === 'scenario' && record.repaired).toBe(
      '”Budget B” var sparat med en felaktig märkning och har rättats; inget annat scenario har ändrats.',
    );
  });

  it('reads a record under its own key as it is, without a word', () => {
    const record = readRecord(scenarioKey('b'), stored('b', 'Budget B'));
    expect(record.kind === 'scenario' && record.document.id).toBe('b');
    expect(record.kind === 'scenario' && 'repaired' in record).toBe(false);
  });

  it('refuses a record under a key no scenario can have', () => {
    const record = readRecord('scenario:inte ett id', stored('b', 'Budget B'));
    expect(record).toMatchObject({
      kind: 'damaged',
      message: 'Posten ligger på en plats som inget scenario kan ha och öppnas inte.',
    });
  });

  it('never lets two records claim one id, and saves a repaired one back under its key', async () => {
    const backend = memoryBackend([
      ['scenario:a', stored('b', 'Kopia som tror att den är B')],
      ['scenario:b', stored('b', 'Budget B')],
    ]);
    const repository = createScenarioRepository(backend);
    const { scenarios } = await repository.loadAll();
    expect(scenarios.map((s) => [s.key, s.document.id, s.document.name]).sort()).toEqual([
      ['scenario:a', 'a', 'Kopia som tror att den är B'],
      ['scenario:b', 'b', 'Budget B'],
    ]);
    const repaired = scenarios.find((s) => s.key === 'scenario:a');
    if (!repaired) throw new Error('scenario:a saknas');
    const saved = await repository.save(repaired.document, { expectedRevision: repaired.revision });
    expect(saved.ok && saved.saved.key).toBe('scenario:a');
    expect(await backend.get('scenario:a')).toMatchObject({ revision: 4, data: { id: 'a' } });
    expect(await backend.get('scenario:b')).toMatchObject({
      revision: 3,
      data: { id: 'b', name: 'Budget B' },
    });
  });
});
