import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import planJson from '../../fixtures/plans/norrbotten-2025-2027.json';
import { modelRows } from '../../src/model/modelRows';
import { parsePlan, PlanError } from '../../src/model/parsePlan';
import { fuzzReport, FUZZ_RUNS, FUZZ_TIMEOUT_MS, isSwedishMessage, mutated, timing } from '../mutations';

/** Whatever a plan file or a caller could hand over: any value, and the plan with a few things changed. */
const inputs: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true }) },
  { weight: 3, arbitrary: mutated(planJson) },
  { weight: 1, arbitrary: mutated(planJson, fc.anything({ maxDepth: 2, withBigInt: true })) },
);

describe('parsePlan under 10 000 generated inputs', () => {
  it(
    'returns a plan the model can build, or throws its typed PlanError in Swedish, never anything else',
    async () => {
      const clock = timing();
      const counts = { accepted: 0, refused: 0 };
      fc.assert(
        fc.property(inputs, (input) => {
          let outcome: unknown;
          try {
            outcome = clock.time(() => parsePlan(input));
          } catch (error) {
            expect(error).toBeInstanceOf(PlanError);
            const problems = (error as PlanError).problems;
            expect(problems.length).toBeGreaterThan(0);
            for (const problem of problems) expect(isSwedishMessage(problem), problem).toBe(true);
            counts.refused += 1;
            return;
          }
          counts.accepted += 1;
          expect(() => modelRows(outcome as ReturnType<typeof parsePlan>)).not.toThrow();
        }),
        { numRuns: FUZZ_RUNS },
      );
      const hangs = await clock.hangs();
      console.info(fuzzReport('parsePlan', counts, clock.slowest(), hangs));
      expect(hangs).toBe(0);
      expect(counts.accepted).toBeGreaterThan(100);
    },
    FUZZ_TIMEOUT_MS,
  );
});
