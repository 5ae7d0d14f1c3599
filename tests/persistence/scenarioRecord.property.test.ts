import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readRecord, SCENARIO_KEY_PREFIX } from '../../src/persistence/scenarioRecord';
import { scenarioDataV2 } from '../../src/persistence/scenarioSchemaV2';
import { fuzzReport, FUZZ_RUNS, FUZZ_TIMEOUT_MS, isSwedishMessage, mutated, timing } from '../mutations';

const record = JSON.parse(readFileSync('fixtures/persisted/v1/skatt-och-ramar.json', 'utf8')) as {
  data: { id: string };
};

/**
 * What IndexedDB can hand back: any structured-clone value (Dates, Maps, BigInts, typed arrays, objects
 * without a prototype), and saved records with a few things changed, under their own key or another.
 */
const raws: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withSparseArray: true,
  }),
  mutated(record),
  mutated(record, fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true })),
);
const keys = fc.oneof(
  fc.constant(`${SCENARIO_KEY_PREFIX}${record.data.id}`),
  fc.constantFrom('scenario:annat-id', 'scenario:', 'scenario:inte ett id', 'journal'),
  fc.string({ maxLength: 20 }).map((text) => `${SCENARIO_KEY_PREFIX}${text}`),
);

describe('the IndexedDB record reader under 10 000 generated records', () => {
  it(
    'never throws or hangs, explains in Swedish, and reads only valid scenarios under their key’s id',
    async () => {
      const clock = timing();
      const counts = { accepted: 0, refused: 0 };
      fc.assert(
        fc.property(keys, raws, (key, raw) => {
          const read = clock.time(() => readRecord(key, raw));
          expect(read.key).toBe(key);
          if (read.kind === 'scenario') {
            counts.accepted += 1;
            expect(v.safeParse(scenarioDataV2, read.document).success).toBe(true);
            if (key.startsWith(SCENARIO_KEY_PREFIX))
              expect(`${SCENARIO_KEY_PREFIX}${read.document.id}`).toBe(key);
            return;
          }
          counts.refused += 1;
          expect(['newer', 'damaged']).toContain(read.kind);
          for (const line of [read.message, ...read.problems])
            expect(isSwedishMessage(line), line).toBe(true);
        }),
        { numRuns: FUZZ_RUNS },
      );
      const hangs = await clock.hangs();
      console.info(fuzzReport('readRecord', counts, clock.slowest(), hangs));
      expect(hangs).toBe(0);
      expect(counts.accepted).toBeGreaterThan(100);
    },
    FUZZ_TIMEOUT_MS,
  );

  it('describes a cyclic record (structured clone keeps cycles) instead of throwing', () => {
    const cyclic: Record<string, unknown> = { ...record };
    cyclic.extra = cyclic;
    const read = readRecord(`${SCENARIO_KEY_PREFIX}${record.data.id}`, cyclic);
    expect(read).toMatchObject({ kind: 'damaged', problems: ['extra: okänt fält'] });
    const data: Record<string, unknown> = { ...record.data };
    data.name = data;
    expect(readRecord(`${SCENARIO_KEY_PREFIX}${record.data.id}`, { ...record, data })).toMatchObject({
      kind: 'damaged',
      problems: ['name: text väntades (fick ett objekt)'],
    });
  });
});
