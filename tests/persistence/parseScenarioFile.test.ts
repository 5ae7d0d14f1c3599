import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../src/persistence/parseScenarioFile';

const example = readFileSync('fixtures/scenarios/skatt-plus-10-ore.json', 'utf8');
const withData = (patch: (data: Record<string, unknown>) => void) => {
  const file = JSON.parse(example) as { data: Record<string, unknown> };
  patch(file.data);
  return JSON.stringify(file);
};

describe('parseScenarioFile', () => {
  it('reads the example scenario', () => {
    const result = parseScenarioFile(example);
    expect(result.ok && result.scenario.changes.inputs.skattesats?.['2025']).toBe(11.44);
  });

  it.each([
    ['not JSON', '{"format": ', /inte giltig JSON/],
    ['an array', '[1,2,3]', /inte en scenariofil/],
    [
      'another format',
      JSON.stringify({ format: 'x', schemaVersion: 1, appVersion: '1', savedAt: '', data: {} }),
      /formatet "x"/,
    ],
    [
      'a newer version',
      example.replace('"schemaVersion": 2', '"schemaVersion": 99'),
      /nyare version.*har inte ändrats/,
    ],
    [
      'a prototype key',
      example.replace('"notes": {', '"notes": {"__proto__": {"polluted": "ja"},'),
      /otillåtna nyckeln "__proto__"/,
    ],
    ['a text amount', example.replace('"2025": 11.44', '"2025": "11,44"'), /felaktigt/],
    ['a huge file', `{"a":"${'x'.repeat(2_100_000)}"}`, /för stor/],
    ['a deep file', `${'['.repeat(40)}${']'.repeat(40)}`, /för djupt/],
  ])('refuses %s with a Swedish message', (_what, text, message) => {
    const result = parseScenarioFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('names the field that is wrong', () => {
    const result = parseScenarioFile(withData((data) => (data.name = '')));
    expect(!result.ok && result.problems).toEqual(['name: namnet får inte vara tomt (fick "")']);
  });

  it('never throws and never pollutes Object.prototype, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ data: v })),
        ),
        (text) => {
          const result = parseScenarioFile(text);
          expect(typeof result.ok).toBe('boolean');
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
    );
  });
});
