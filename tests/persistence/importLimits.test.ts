import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../src/persistence/parseScenarioFile';
import { MAX_DEPTH, MAX_IMPORT_BYTES, parseSafeJson, utf8Length } from '../../src/persistence/safeJson';
import { decodeShareFragment, MAX_SHARE_FRAGMENT } from '../../src/persistence/shareLink';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { readScenarioFile, readScenarioText } from '../../src/scenarios/transfer';
import { plan } from '../helpers';

const example = readFileSync('fixtures/scenarios/skatt-plus-10-ore.json', 'utf8');
const context = { plan, workbook: compileWorkbook(plan, NO_CHANGES) };
const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * The example file with a name of two-byte letters, padded with spaces (JSON allows them) to exactly `size`
 * bytes of UTF-8: more bytes than characters, so a limit counted in characters would let it through.
 */
const fileOfBytes = (size: number): string => {
  const text = example.replace('"name": "Skatt +10 öre"', `"name": "Skatt ${'ö'.repeat(190)}"`);
  const padded = `${text}${' '.repeat(size - bytes(text) - 1)}\n`;
  expect(bytes(padded)).toBe(size);
  return padded;
};
const atLimit = fileOfBytes(MAX_IMPORT_BYTES);
const overLimit = fileOfBytes(MAX_IMPORT_BYTES + 1);
const fragmentOf = (text: string) =>
  `#s=1.${deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url')}`;

/** `levels` lists nested in one another: `[[]]` is two levels. */
const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
/** A scenario file whose note holds lists nested so that the deepest is at `levels` in the whole file. */
const fileOfDepth = (levels: number) =>
  // envelope (1) → data (2) → notes (3) → the note: levels 4 and on.
  example.replace('"notes": {', `"notes": {"djup": ${nested(levels - 3)},`);

describe('2 MB means 2 000 000 bytes of UTF-8, on every path', () => {
  it('counts UTF-8 bytes as TextEncoder writes them, lone surrogates included', () => {
    expect(utf8Length('Nämnd')).toBe(6);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\ud800')).toBe(3);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => utf8Length(text) === bytes(text)),
      { numRuns: 10_000 },
    );
  });

  it('takes a text of exactly 2 000 000 bytes and refuses 2 000 001 (parseSafeJson)', () => {
    expect(atLimit.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(parseSafeJson(atLimit).ok).toBe(true);
    expect(parseSafeJson(overLimit)).toEqual({
      ok: false,
      message: 'Filen är för stor (2\u00a0000\u00a0001 byte): högst 2\u00a0000\u00a0000 byte (2 MB).',
    });
  });

  it('takes a scenario file of exactly 2 000 000 bytes and refuses one byte more', () => {
    expect(parseScenarioFile(atLimit).ok).toBe(true);
    expect(parseScenarioFile(overLimit).ok).toBe(false);
  });

  it('does the same for a pasted or dropped text, through the plan check', () => {
    const taken = readScenarioText(atLimit, context);
    expect(taken.ok && taken.documents[0]?.name).toBe(`Skatt ${'ö'.repeat(190)}`);
    expect(readScenarioText(overLimit, context)).toMatchObject({ ok: false, message: /för stor/ });
  });

  it('does the same for a chosen or dropped file, by its size in bytes', async () => {
    expect((await readScenarioFile(new Blob([atLimit]), context)).ok).toBe(true);
    expect(await readScenarioFile(new Blob([overLimit]), context)).toEqual({
      ok: false,
      message: 'Filen är för stor (2\u00a0000\u00a0001 byte): högst 2\u00a0000\u00a0000 byte (2 MB).',
      problems: [],
    });
  });

  it('does the same for a share link once it is inflated, and says “länken”', async () => {
    expect((await decodeShareFragment(fragmentOf(atLimit))).ok).toBe(true);
    const refused = await decodeShareFragment(fragmentOf(overLimit));
    expect(refused).toMatchObject({ ok: false, message: /länken.*högst 2\u00a0000\u00a0000 byte \(2 MB\)/ });
  });
});

describe('12 levels means 12', () => {
  it('takes 12 levels of nesting and refuses 13 (parseSafeJson)', () => {
    expect(MAX_DEPTH).toBe(12);
    expect(parseSafeJson(nested(12)).ok).toBe(true);
    expect(parseSafeJson(nested(13))).toEqual({
      ok: false,
      message: 'Filen är för djupt nästlad (högst 12 nivåer).',
    });
    expect(parseSafeJson('{"a":{"b":[1,{"c":{}}]}}').ok).toBe(true);
    expect(parseSafeJson('1').ok).toBe(true);
  });

  it('counts the levels of a whole scenario file', () => {
    // 12 levels pass the depth check and fail only the schema (a note is text).
    expect(parseScenarioFile(fileOfDepth(12))).toMatchObject({ ok: false, message: /felaktigt/ });
    expect(parseScenarioFile(fileOfDepth(13))).toMatchObject({ ok: false, message: /för djupt/ });
  });

  it('counts them the same in a share link, and says “länken”', async () => {
    expect(await decodeShareFragment(fragmentOf(fileOfDepth(12)))).toMatchObject({
      ok: false,
      message: 'Scenariot i länken är felaktigt och kan inte öppnas.',
    });
    expect(await decodeShareFragment(fragmentOf(fileOfDepth(13)))).toMatchObject({
      ok: false,
      message: 'Länken är för djupt nästlad (högst 12 nivåer).',
    });
  });
});

describe('a share link of 100 000 characters', () => {
  const fragment = (length: number) => `s=1.${'A'.repeat(length - 4)}`;

  it('reads a fragment of exactly 100 000 characters after # and refuses 100 001', async () => {
    expect(MAX_SHARE_FRAGMENT).toBe(100_000);
    for (const hash of [fragment(100_000), `#${fragment(100_000)}`]) {
      const result = await decodeShareFragment(hash);
      // Read, and refused only for what it holds (these characters are no deflate stream).
      expect(result.ok ? '' : result.message).toBe(
        'Länken är skadad eller avklippt och kan inte packas upp. Be om en ny länk.',
      );
    }
    for (const hash of [fragment(100_001), `#${fragment(100_001)}`])
      expect(await decodeShareFragment(hash)).toMatchObject({ ok: false, message: /för lång/ });
  });
});

describe('a share link speaks of a link, never of a file', () => {
  it.each([
    ['not JSON', '{"format": '],
    ['not a scenario', '[1,2]'],
    ['another format', '{"format":"x","schemaVersion":1,"appVersion":"1","savedAt":"","data":{}}'],
    ['a newer version', example.replace('"schemaVersion": 2', '"schemaVersion": 99')],
    ['a prototype key', example.replace('"notes": {', '"notes": {"__proto__": {},')],
    ['a wrong field', example.replace('"2025": 11.44', '"2025": "11,44"')],
    ['a whole envelope wrong', '{"format":1}'],
  ])('%s', async (_, text) => {
    const result = await decodeShareFragment(fragmentOf(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const words = [result.message, ...result.problems].join(' ');
    expect(words).not.toMatch(/fil/i);
    expect(words).toMatch(/länk/i);
  });
});
