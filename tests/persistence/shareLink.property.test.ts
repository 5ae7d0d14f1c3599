import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/model/checkChanges';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { decodeShareFragment } from '../../src/persistence/shareLink';
import { readShareLink } from '../../src/scenarios/transfer';
import { plan } from '../helpers';
import {
  fuzzReport,
  FUZZ_RUNS,
  FUZZ_TIMEOUT_MS,
  isSwedishMessage,
  mutated,
  mutatedText,
  timing,
} from '../mutations';

const example = readFileSync('fixtures/scenarios/skatt-plus-10-ore.json', 'utf8');
const exampleValue = JSON.parse(example) as Record<string, unknown>;
const context = { plan, workbook: compileWorkbook(plan, NO_CHANGES) };
const packed = (text: string) => deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');
const validFragment = `#s=1.${packed(example)}`;

/** Fragments as they arrive: noise, damaged links, and valid links to changed scenarios. */
const fragments: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ maxLength: 80 }).map((text) => `#s=1.${text}`),
  fc.base64String({ maxLength: 120 }).map((text) => `#s=1.${text.replace(/=/g, '')}`),
  mutatedText(validFragment),
  fc.json({ maxDepth: 3 }).map((text) => `#s=1.${packed(text)}`),
  mutatedText(example).map((text) => `#s=1.${packed(text)}`),
  mutated(exampleValue).map((value) => `#s=1.${packed(JSON.stringify(value) ?? '')}`),
);

describe('the share-link decoder under 10 000 generated links', () => {
  it(
    'never rejects, never hangs, speaks of the link, and opens only scenarios that fit the plan',
    async () => {
      const clock = timing();
      const counts = { accepted: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(fragments, async (hash) => {
          const decoded = await clock.timeAsync(() => decodeShareFragment(hash));
          const result = await (readShareLink(hash, context) ?? decodeShareFragment(hash));
          if (!decoded.ok) expect(result.ok).toBe(false);
          if (result.ok) {
            counts.accepted += 1;
            expect(checkScenario(plan, context.workbook.rows, result.scenario)).toEqual([]);
            return;
          }
          counts.refused += 1;
          for (const line of [result.message, ...result.problems]) {
            expect(isSwedishMessage(line), line).toBe(true);
            expect(line, 'a link is not a file').not.toMatch(/\bfil(en)?\b/i);
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
      const hangs = await clock.hangs();
      console.info(fuzzReport('decodeShareFragment', counts, clock.slowest(), hangs));
      expect(hangs).toBe(0);
      expect(counts.accepted).toBeGreaterThan(100);
    },
    FUZZ_TIMEOUT_MS,
  );
});
