import { afterAll, describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { applyInstrument, seekGoal } from '../../src/model/goalSeek';
import { targetMargin, type GoalSeekTarget } from '../../src/model/goalSeekTarget';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { BUDGET_YEARS, engineEvaluator, frameChange, plan, planResults, valueOf } from '../helpers';

const workbook = compileWorkbook(plan, NO_CHANGES);
const { evaluate, destroy } = engineEvaluator(workbook);
afterAll(destroy);
const balanskrav: GoalSeekTarget = { kind: 'goal', goalId: 'balanskrav', years: BUDGET_YEARS };
const planRate = Math.round(valueOf(planResults, 'skattesats', 2025) * 100);

/** Öre one whole öre on the rate is worth in a year: skatteunderlag × 0,01 / 100 (DOMAIN.md §4). */
const orePerYear = (year: number) => (valueOf(planResults, 'skatteunderlag', year) * 0.01) / 100;

describe('goal seek with the skattesats', { timeout: 30_000 }, () => {
  it('finds the öre that lifts balanskravsresultat to zero in every budget year, from the fixture', () => {
    const needed = Math.max(
      ...BUDGET_YEARS.map(
        (y) => planRate + Math.ceil(-valueOf(planResults, 'balanskravsresultat', y) / orePerYear(y)),
      ),
    );
    // The plan's 2025 deficit (about −35 mnkr) needs about 6 öre at about 6,99 mnkr each.
    expect(needed - planRate).toBeGreaterThanOrEqual(1);
    const answer = seekGoal({
      workbook,
      base: NO_CHANGES,
      target: balanskrav,
      instrument: { kind: 'skattesats', fromYear: 2025 },
      evaluate,
    });
    expect(answer.kind).toBe('found');
    if (answer.kind !== 'found') return;
    expect(answer.value).toBe(needed);
    expect(answer.monotone).toBe(true);
    expect(answer.margin).toBeGreaterThanOrEqual(0);
    const oneLess = evaluate(
      applyInstrument(workbook, NO_CHANGES, { kind: 'skattesats', fromYear: 2025 }, needed - 1),
    );
    expect(targetMargin(workbook, balanskrav, oneLess)).toBeLessThan(0);
    expect(answer.evaluations).toBeLessThan(30);
  });

  it('keeps balanskravsresultat 2025 where the plan had it under a party proposal costing 50 mnkr a year', () => {
    const proposal: ScenarioChanges = {
      inputs: {},
      frameChanges: [frameChange({ amounts: { 2025: 50, 2026: 50, 2027: 50 } })],
    };
    const target: GoalSeekTarget = {
      kind: 'value',
      rowId: 'balanskravsresultat',
      year: 2025,
      value: valueOf(planResults, 'balanskravsresultat', 2025),
      direction: 'minst',
    };
    const answer = seekGoal({
      workbook,
      base: proposal,
      target,
      instrument: { kind: 'skattesats', fromYear: 2025 },
      evaluate,
    });
    expect(answer.kind === 'found' && answer.value).toBe(planRate + Math.ceil(50 / orePerYear(2025)));
  });

  it('answers "out of bounds" when even 14,00 kr cannot reach the target', () => {
    const target: GoalSeekTarget = {
      kind: 'value',
      rowId: 'balanskravsresultat',
      year: 2025,
      value: 100_000,
      direction: 'minst',
    };
    const answer = seekGoal({
      workbook,
      base: NO_CHANGES,
      target,
      instrument: { kind: 'skattesats', fromYear: 2025 },
      evaluate,
    });
    expect(answer.kind).toBe('outOfBounds');
  });

  it('answers "no effect" when the rate from 2026 cannot touch 2025', () => {
    const target: GoalSeekTarget = { kind: 'goal', goalId: 'balanskrav', years: [2025] };
    const answer = seekGoal({
      workbook,
      base: NO_CHANGES,
      target,
      instrument: { kind: 'skattesats', fromYear: 2026 },
      evaluate,
    });
    expect(answer.kind).toBe('noEffect');
  });
});

describe('goal seek with an efficiency requirement', { timeout: 30_000 }, () => {
  it('needs the largest shortfall against the 1 % requirement, rounded up to whole mnkr', () => {
    const target: GoalSeekTarget = { kind: 'resultatkrav', years: BUDGET_YEARS };
    // Less cost does not move the requirement (1 % of skatt and statsbidrag), so the need is the plan's
    // "behov av åtgärder" in its worst budget year.
    const needed = Math.max(
      0,
      ...BUDGET_YEARS.map((y) => Math.ceil(valueOf(planResults, 'behov_av_atgarder', y) - 1e-9)),
    );
    const answer = seekGoal({
      workbook,
      base: NO_CHANGES,
      target,
      instrument: { kind: 'effektivisering', fromYear: 2025 },
      evaluate,
    });
    expect(answer.kind === 'found' && answer.value).toBe(needed);
    if (answer.kind === 'found') expect(answer.changes.frameChanges[0]?.amounts['2026']).toBe(-needed);
  });

  it('reaches verksamhetens resultat 1 % where the plan already does: zero at the lower bound', () => {
    const target: GoalSeekTarget = { kind: 'goal', goalId: 'resultat', years: [2025] };
    const answer = seekGoal({
      workbook,
      base: NO_CHANGES,
      target,
      instrument: { kind: 'effektivisering', fromYear: 2025 },
      evaluate,
    });
    expect(answer.kind === 'found' && answer.value).toBe(0);
    expect(answer.kind === 'found' && answer.atBound).toBe(true);
  });
});

describe('goal seek with the investment level', { timeout: 30_000 }, () => {
  it('finds the largest investment level that gives självfinansieringsgrad 60 %, searching downwards', () => {
    const target: GoalSeekTarget = { kind: 'goal', goalId: 'sjalvfinansiering', years: [] };
    const answer = seekGoal({
      workbook,
      base: NO_CHANGES,
      target,
      instrument: { kind: 'investeringar' },
      evaluate,
    });
    expect(answer.kind).toBe('found');
    if (answer.kind !== 'found') return;
    const at = (percent: number) =>
      targetMargin(
        workbook,
        target,
        evaluate(applyInstrument(workbook, NO_CHANGES, { kind: 'investeringar' }, percent)),
      );
    expect(at(answer.value)).toBeGreaterThanOrEqual(0);
    expect(at(answer.value + 1)).toBeLessThan(0);
    // Plan: 846 / 2 332 = 36 %; 60 % needs investments of about 846 / 0,6 = 1 410, i.e. about −40 %.
    expect(answer.value).toBeLessThan(-30);
    expect(answer.value).toBeGreaterThan(-50);
  });
});
