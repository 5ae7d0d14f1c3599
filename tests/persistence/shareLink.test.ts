import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import {
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  MAX_SHARE_FRAGMENT,
  shareLinkFor,
} from '../../src/persistence/shareLink';
import { changesArbitrary } from '../arbitraries';

const example = readFileSync('fixtures/scenarios/skatt-plus-10-ore.json', 'utf8');
const document = (JSON.parse(example) as { data: ScenarioDocument }).data;
const now = new Date('2026-11-25T13:00:00.000Z');
/** An independent encoder (Node's zlib), so the decoder is not only tested against itself. */
const fragmentOf = (text: string, version = 1) =>
  `#s=${version}.${deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url')}`;

describe('share links', () => {
  it('carries a scenario in the fragment and reads it back', async () => {
    const link = await shareLinkFor('https://example.org/app/?x=1#gammal', document, now);
    expect(link).toMatch(/^https:\/\/example\.org\/app\/\?x=1#s=1\.[A-Za-z0-9_-]+$/);
    const result = await decodeShareFragment(new URL(link).hash);
    expect(result.ok && result.scenario).toEqual(document);
  });

  it('compresses: the example fits in a short link', async () => {
    const fragment = await encodeShareFragment(document, now);
    expect(fragment.length).toBeLessThan(JSON.stringify(document).length);
  });

  it('reads a link packed by another deflate implementation', async () => {
    const result = await decodeShareFragment(fragmentOf(example));
    expect(result.ok && result.scenario.changes.inputs.skattesats?.['2025']).toBe(11.44);
  });

  it('tells share fragments from other fragments', () => {
    expect(isShareFragment('#s=1.abc')).toBe(true);
    expect(isShareFragment('#vy')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });

  it.each([
    ['no scenario', '#vy', /inget scenario/],
    ['a newer link version', fragmentOf(example, 2), /nyare version/],
    ['an unknown version', '#s=x.abc', /okänd version/],
    ['characters outside base64url', '#s=1.ab$cd', /skadad/],
    ['an empty payload', '#s=1.', /skadad/],
    [
      'bytes that are not deflate',
      `#s=1.${Buffer.from('inte komprimerat alls').toString('base64url')}`,
      /skadad/,
    ],
    ['a truncated link', fragmentOf(example).slice(0, 60), /skadad|avklippt/],
    [
      'JSON that is not a scenario',
      fragmentOf('{"format":"x","schemaVersion":1,"appVersion":"1","savedAt":"","data":{}}'),
      /^Länken är av formatet "x"/,
    ],
    ['not JSON', fragmentOf('hej'), /^Länken är inte giltig JSON/],
    [
      'a prototype payload',
      fragmentOf(example.replace('"notes": {', '"notes": {"__proto__": {"polluted": "ja"},')),
      /otillåtna nyckeln/,
    ],
    ['an oversized fragment', `#s=1.${'A'.repeat(MAX_SHARE_FRAGMENT)}`, /för lång/],
    ['a decompression bomb', fragmentOf(`{"a":"${'x'.repeat(3_000_000)}"}`), /för stort/],
  ])('refuses %s with a Swedish message', async (_what, hash, message) => {
    const result = await decodeShareFragment(hash);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws and never pollutes, whatever the fragment', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string().map((s) => `#s=1.${s}`),
          fc.base64String().map((s) => `#s=1.${s.replace(/=/g, '')}`),
          fc
            .uint8Array({ maxLength: 200 })
            .map((bytes) => `#s=1.${Buffer.from(bytes).toString('base64url')}`),
          fc.json().map((json) => fragmentOf(json)),
          fc.string(),
        ),
        async (hash) => {
          const result = await decodeShareFragment(hash);
          expect(typeof result.ok).toBe('boolean');
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('round-trips any scenario changes', async () => {
    await fc.assert(
      fc.asyncProperty(changesArbitrary, async (changes) => {
        const original = { ...document, changes };
        const result = await decodeShareFragment(await encodeShareFragment(original, now));
        expect(result.ok && result.scenario.changes).toEqual(JSON.parse(JSON.stringify(changes)));
      }),
      { numRuns: 40 },
    );
  });
});
