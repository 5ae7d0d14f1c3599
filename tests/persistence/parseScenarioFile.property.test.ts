import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/model/checkChanges';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { parseScenarioFile } from '../../src/persistence/parseScenarioFile';
import { scenarioDataV2 } from '../../src/persistence/scenarioSchemaV2';
import { readScenarioText } from '../../src/scenarios/transfer';
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
const listFile = {
  ...exampleValue,
  format: 'budgetverkstad.scenarios',
  data: { scenarios: [exampleValue.data, exampleValue.data] },
};
const context = { plan, workbook: compileWorkbook(plan, NO_CHANGES) };

/** Any text a person could hand the importer: noise, JSON, and valid files changed a little. */
const texts: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.json({ maxDepth: 4 }),
  mutatedText(example),
  mutated(exampleValue).map((value) => JSON.stringify(value) ?? ''),
  mutated(listFile).map((value) => JSON.stringify(value) ?? ''),
);

/** A failure as every importer must give it: a Swedish message, Swedish problems, never a thrown error. */
const expectSwedishFailure = (result: { message: string; problems: readonly string[] }) => {
  expect(isSwedishMessage(result.message), result.message).toBe(true);
  for (const problem of result.problems) expect(isSwedishMessage(problem), problem).toBe(true);
};

const tally = () => ({ accepted: 0, refused: 0 });

describe('parseScenarioFile under 10 000 generated inputs', () => {
  it(
    'never throws, never hangs, refuses in Swedish and accepts only valid scenarios (text inputs)',
    async () => {
      const clock = timing();
      const counts = tally();
      fc.assert(
        fc.property(texts, (text) => {
          const result = clock.time(() => parseScenarioFile(text));
          if (result.ok) {
            counts.accepted += 1;
            expect(v.safeParse(scenarioDataV2, result.scenario).success).toBe(true);
          } else {
            counts.refused += 1;
            expectSwedishFailure(result);
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
      const hangs = await clock.hangs();
      console.info(fuzzReport('parseScenarioFile (text)', counts, clock.slowest(), hangs));
      expect(hangs).toBe(0);
      expect(counts.accepted).toBeGreaterThan(100);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'imports only scenarios that pass the plan check, from mutated documents (object inputs)',
    async () => {
      const clock = timing();
      const counts = tally();
      const documents = fc.oneof(mutated(exampleValue), mutated(listFile), fc.jsonValue({ maxDepth: 3 }));
      fc.assert(
        fc.property(documents, (value) => {
          const text = JSON.stringify(value) ?? 'null';
          const result = clock.time(() => readScenarioText(text, context));
          if (result.ok) {
            counts.accepted += 1;
            for (const document of result.documents)
              expect(checkScenario(plan, context.workbook.rows, document)).toEqual([]);
          } else {
            counts.refused += 1;
            expectSwedishFailure(result);
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
      const hangs = await clock.hangs();
      console.info(fuzzReport('readScenarioText (objects)', counts, clock.slowest(), hangs));
      expect(hangs).toBe(0);
      expect(counts.accepted).toBeGreaterThan(100);
    },
    FUZZ_TIMEOUT_MS,
  );
});
