import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import {
  allScenariosFileName,
  allScenariosFileText,
  importScenarios,
  scenarioFileName,
  scenarioFileText,
} from '../../src/persistence/scenarioFiles';
import { changesArbitrary } from '../arbitraries';

const example = readFileSync('fixtures/scenarios/skatt-plus-10-ore.json', 'utf8');
const now = new Date('2026-11-25T13:00:00.000Z');
let counter = 0;
const options = { now, newId: () => `kopia-${++counter}` };

const documentArbitrary: fc.Arbitrary<ScenarioDocument> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  name: fc.string({ minLength: 1, maxLength: 200 }),
  plan: fc.constant({
    id: 'norrbotten-2025-2027',
    version: 1,
    name: 'Strategisk plan 2025–2027',
    organisation: 'Region Norrbotten',
  }),
  changes: changesArbitrary,
  // Notes are keyed by input ids; the keys safeJson refuses everywhere (__proto__, prototype, constructor)
  // are never ids.
  notes: fc.dictionary(
    fc
      .stringMatching(/^[a-z0-9_]{1,64}$/)
      .filter((key) => !['__proto__', 'prototype', 'constructor'].includes(key)),
    fc.string({ maxLength: 200 }),
    { maxKeys: 5 },
  ),
  createdAt: fc.constant('2026-01-02T03:04:05.000Z'),
  updatedAt: fc.constant('2026-01-02T03:04:05.000Z'),
});

describe('scenario files', () => {
  it('imports the example as a copy with a new id and new times, the same changes and notes', () => {
    const result = importScenarios(example, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const original = (JSON.parse(example) as { data: ScenarioDocument }).data;
    expect(result.documents).toHaveLength(1);
    const [copy] = result.documents;
    expect(copy?.id).not.toBe(original.id);
    expect(copy?.createdAt).toBe(now.toISOString());
    expect(copy?.changes).toEqual(original.changes);
    expect(copy?.notes).toEqual(original.notes);
    expect(copy?.name).toBe(original.name);
  });

  it('exports one scenario as the envelope the app stores', () => {
    const original = (JSON.parse(example) as { data: ScenarioDocument }).data;
    const file = JSON.parse(scenarioFileText(original, now)) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'budgetverkstad.scenario',
      schemaVersion: 4,
      savedAt: now.toISOString(),
    });
    expect(file.data).toEqual(original);
  });

  it('exports all scenarios in one file and imports them all as copies, in order', () => {
    const original = (JSON.parse(example) as { data: ScenarioDocument }).data;
    const second = { ...original, id: 'andra', name: 'Andra', notes: {} };
    const text = allScenariosFileText([original, second], now);
    expect(JSON.parse(text)).toMatchObject({
      format: 'budgetverkstad.scenarios',
      data: { scenarios: [{}, {}] },
    });
    const result = importScenarios(text, options);
    expect(result.ok && result.documents.map((d) => d.name)).toEqual(['Skatt +10 öre', 'Andra']);
    expect(result.ok && new Set(result.documents.map((d) => d.id)).size).toBe(2);
  });

  it('refuses a list with one bad scenario as a whole, naming which one', () => {
    const original = (JSON.parse(example) as { data: ScenarioDocument }).data;
    const text = allScenariosFileText([original, { ...original, name: '' }], now);
    const result = importScenarios(text, options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/Scenario 2 .*inget av scenarierna/);
      expect(result.problems.join()).toMatch(/name: namnet får inte vara tomt/);
    }
  });

  it.each([
    [
      'an empty list',
      JSON.stringify({
        format: 'budgetverkstad.scenarios',
        schemaVersion: 2,
        appVersion: '0.1.0',
        savedAt: '',
        data: { scenarios: [] },
      }),
      /inga scenarier/,
    ],
    [
      'a list that is not a list',
      JSON.stringify({
        format: 'budgetverkstad.scenarios',
        schemaVersion: 2,
        appVersion: '0.1.0',
        savedAt: '',
        data: { scenarios: 'x' },
      }),
      /felaktig/,
    ],
    [
      'a newer list',
      JSON.stringify({
        format: 'budgetverkstad.scenarios',
        schemaVersion: 7,
        appVersion: '9.0.0',
        savedAt: '',
        data: { scenarios: [] },
      }),
      /nyare version/,
    ],
    [
      'a plan file',
      JSON.stringify({
        format: 'budgetverkstad.plan',
        schemaVersion: 2,
        appVersion: '0.1.0',
        savedAt: '',
        data: {},
      }),
      /formatet "budgetverkstad.plan"/,
    ],
  ])('refuses %s with a Swedish message', (_what, text, message) => {
    const result = importScenarios(text, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('names files after the scenario and the day', () => {
    expect(scenarioFileName('Skatt +10 öre', now)).toBe('budgetverkstad-skatt-10-ore-2026-11-25.json');
    expect(scenarioFileName('!!!', now, 'xlsx')).toBe('budgetverkstad-scenario-2026-11-25.xlsx');
    expect(allScenariosFileName(now)).toBe('budgetverkstad-alla-scenarier-2026-11-25.json');
  });

  it('dates a file by the Swedish day: 00:30 in Stockholm is already the next day in the name', () => {
    // 23:30 UTC on 25 November is 00:30 CET on the 26th; 22:30 UTC on 30 June is 00:30 CEST on 1 July.
    expect(scenarioFileName('Skatt', new Date('2026-11-25T23:30:00.000Z'))).toBe(
      'budgetverkstad-skatt-2026-11-26.json',
    );
    expect(allScenariosFileName(new Date('2026-06-30T22:30:00.000Z'))).toBe(
      'budgetverkstad-alla-scenarier-2026-07-01.json',
    );
  });
});

describe('scenario files, properties', () => {
  it('export → import round-trips every scenario: same changes and notes, a new id', () => {
    fc.assert(
      fc.property(fc.array(documentArbitrary, { minLength: 1, maxLength: 4 }), (documents) => {
        const single = importScenarios(scenarioFileText(documents[0] as ScenarioDocument, now), options);
        const all = importScenarios(allScenariosFileText(documents, now), options);
        for (const [result, expected] of [
          [single, documents.slice(0, 1)],
          [all, documents],
        ] as const) {
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.documents.map((d) => [d.name, d.changes, d.notes])).toEqual(
            // JSON has no −0; a budget figure of −0 and 0 is the same
            JSON.parse(JSON.stringify(expected.map((d) => [d.name, d.changes, d.notes]))),
          );
          result.documents.forEach((d, i) => expect(d.id).not.toBe(expected[i]?.id));
        }
      }),
      { numRuns: 60 },
    );
  });

  const pollution = fc.constantFrom(
    '{"__proto__": {"polluted": "ja"}}',
    '{"constructor": {"prototype": {"polluted": "ja"}}}',
    '{"format": "budgetverkstad.scenarios", "schemaVersion": 1, "appVersion": "0", "savedAt": "", "data": {"scenarios": [{"__proto__": {"polluted": "ja"}}]}}',
    example.replace('"changes": {', '"changes": {"constructor": {"prototype": {"polluted": "ja"}},'),
    example.replace('"inputs": {', '"inputs": {"__proto__": {"2025": 1},'),
  );
  const listOf = (value: unknown) =>
    JSON.stringify({
      format: 'budgetverkstad.scenarios',
      schemaVersion: 2,
      appVersion: '0',
      savedAt: '',
      data: value,
    });

  it('never throws and never pollutes Object.prototype, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map(listOf),
          fc.jsonValue().map((value) => listOf({ scenarios: [value] })),
          pollution,
        ),
        (text) => {
          const result = importScenarios(text, options);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.message).toMatch(/[a-zåäö]/);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses every prototype payload', () => {
    fc.assert(
      fc.property(pollution, (text) => {
        expect(importScenarios(text, options).ok).toBe(false);
      }),
    );
  });
});
