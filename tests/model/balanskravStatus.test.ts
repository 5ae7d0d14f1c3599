import { describe, expect, it } from 'vitest';
import norrbottenJson from '../../fixtures/plans/norrbotten-2025-2027.json';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { balanskravStatus, synnerligaSkalNoteKey } from '../../src/model/balanskravStatus';
import { parsePlan, PlanError } from '../../src/model/parsePlan';
import type { Plan } from '../../src/model/planSchema';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { applyCommand } from '../../src/scenarios/applyCommand';
import { newScenario } from '../../src/scenarios/newScenario';
import { valueOf } from '../helpers';

const sjobo = parsePlan(sjoboJson);
const statusOf = (plan: Plan, changes: ScenarioChanges = NO_CHANGES, notes: Record<string, string> = {}) => {
  const { workbook, results } = calculateOnce(plan, changes);
  const status = balanskravStatus(workbook, results, notes);
  if (!status) throw new Error('ingen balanskravsutredning');
  return { status, results };
};
const changes = (inputs: ScenarioChanges['inputs']): ScenarioChanges => ({ inputs, frameChanges: [] });
const yearOf = (status: ReturnType<typeof statusOf>['status'], year: number) => {
  const found = status.years.find((y) => y.year === year);
  if (!found) throw new Error(`inget år ${year}`);
  return found;
};

describe('Sjöbo kommun as decided: the ledger by hand', () => {
  // Published balanskravsresultat: 59,7 (2022), −4,8 (2023), −18,6 (2024), 40,0, 44,0, 38,0.
  const { status } = statusOf(sjobo);
  it('carries 2023 and 2024 as deficits due 2026 and 2027, restored together by 2025’s surplus', () => {
    expect(yearOf(status, 2023).left.toNumber()).toBeCloseTo(4.8, 9);
    expect(yearOf(status, 2024).left.toNumber()).toBeCloseTo(4.8 + 18.6, 9);
    expect(yearOf(status, 2024).deficits.map((d) => d.deadline)).toEqual([2026, 2027]);
    expect(yearOf(status, 2024).atgardsplanKravs).toBe(true);
    expect(yearOf(status, 2025).restoredThisYear.toNumber()).toBeCloseTo(23.4, 9);
    expect(yearOf(status, 2025).left.toNumber()).toBe(0);
    expect(yearOf(status, 2025).atgardsplanKravs).toBe(false);
  });
  it('answers the revisor: balanskrav not met in 2024, restored in time, reserve within the rules', () => {
    const [balanskrav, aterstallande, reserv] = status.answers;
    expect(balanskrav).toMatchObject({
      ok: false,
      answer: 'Nej, negativt balanskravsresultat 2024 (−18,6\u00a0mnkr).',
    });
    expect(aterstallande).toMatchObject({ ok: true, answer: 'Ja, varje underskott återställs inom tre år.' });
    expect(reserv?.ok).toBe(true);
  });
  it('says how much of the reserve 2024 needs: 26,1 mnkr for zero, 84,8 mnkr held, 7,5 mnkr used', () => {
    expect(yearOf(status, 2024).reserveNeed?.text).toBe(
      '2024: 26,1\u00a0mnkr ur reserverna ger ett balanskravsresultat på noll; 84,8\u00a0mnkr finns vid årets början, 7,5\u00a0mnkr används',
    );
    expect(yearOf(status, 2025).reserveNeed).toBeUndefined();
  });
  it('marks only the budget years as modelled', () => {
    expect(status.years.filter((y) => y.modelled).map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
  });
});

describe('Sjöbo kommun in scenarios: återställs inte i tid, synnerliga skäl, a refused reservation', () => {
  // A realisationsvinst of 60 mnkr a year from 2025 is taken out of the balanskravsresultat:
  // 40 − 60 = −20 (2025), 44 − 60 = −16 (2026), 38 − 60 = −22 (2027).
  const gains = changes({ realisationsvinster_grund: { 2025: -60, 2026: -60, 2027: -60 } });
  it('flags 2023’s deficit as not restored in time at the end of 2026, its deadline', () => {
    const { status, results } = statusOf(sjobo, gains);
    expect(valueOf(results, 'balanskravsresultat', 2025)).toBeCloseTo(-20, 9);
    expect(yearOf(status, 2025).aterstallsInteITid).toBe(false);
    expect(yearOf(status, 2026).aterstallsInteITid).toBe(true);
    expect(yearOf(status, 2026).messages).toContain(
      'Underskottet 2023 återställs inte i tid: 4,8\u00a0mnkr återstår efter 2026',
    );
    // 4,8 + 18,6 + 20 + 16 + 22 = 81,4 left after 2027, the same as the workbook's chain.
    expect(yearOf(status, 2027).left.toNumber()).toBeCloseTo(81.4, 9);
    expect(valueOf(results, 'kvar_att_aterstalla', 2027)).toBeCloseTo(81.4, 9);
    expect(status.answers[1]).toMatchObject({ ok: false });
    expect(status.answers[1]?.answer).toContain('Underskottet 2023 återställs inte i tid');
  });
  it('lifts the part fullmäktige decides not to restore for synnerliga skäl, with its reason', () => {
    const base = newScenario(sjobo, 'Test', 'test', new Date('2026-12-01T12:00:00Z'));
    const document = applyCommand(base, {
      type: 'scenario/setSynnerligaSkal',
      year: 2024,
      amount: 10,
      reason: 'Pandemins kostnader',
    });
    expect(document.notes[synnerligaSkalNoteKey(2024)]).toBe('Pandemins kostnader');
    const { status, results } = statusOf(sjobo, document.changes, document.notes);
    // 4,8 (2023) + 18,6 − 10 (2024) = 13,4
    expect(valueOf(results, 'kvar_att_aterstalla', 2024)).toBeCloseTo(13.4, 9);
    expect(yearOf(status, 2024).left.toNumber()).toBeCloseTo(13.4, 9);
    expect(status.decisions).toEqual([
      { year: 2024, amount: 10, reason: 'Pandemins kostnader', fromPlan: false },
    ]);
    expect(yearOf(status, 2024).messages.join(' ')).toContain(
      '10,0\u00a0mnkr återställs inte av synnerliga skäl (Pandemins kostnader)',
    );
    const withdrawn = applyCommand(document, {
      type: 'scenario/setSynnerligaSkal',
      year: 2024,
      amount: undefined,
      reason: '',
    });
    expect(withdrawn.notes).toEqual({});
    expect(withdrawn.changes.inputs).toEqual({});
  });
  it('takes no more than the year’s deficit for synnerliga skäl', () => {
    const { results } = statusOf(sjobo, changes({ synnerliga_skal: { 2024: 500 } }));
    expect(valueOf(results, 'kvar_att_aterstalla', 2024)).toBeCloseTo(4.8, 9);
  });
  it('cuts a planned reservation to what the law allows while deficits wait, and says so', () => {
    // 2025: min(40, 40) − 1 % × (1 042,8 + 324,4) − 23,4 waiting = 40 − 13,672 − 23,4 = 2,928 mnkr.
    const { status, results } = statusOf(sjobo, changes({ reservation_resultatreserv_grund: { 2025: -50 } }));
    expect(valueOf(results, 'tillaten_reservation', 2025)).toBeCloseTo(2.928, 9);
    expect(valueOf(results, 'reservation_resultatreserv', 2025)).toBeCloseTo(-2.928, 9);
    expect(valueOf(results, 'balanskravsresultat', 2025)).toBeCloseTo(40 - 2.928, 9);
    expect(valueOf(results, 'saldo_resultatreserv', 2025)).toBeCloseTo(2.928, 9);
    expect(status.answers[2]).toMatchObject({ ok: false });
    expect(status.answers[2]?.answer).toContain(
      '2025: planerad reservering till resultatreserven 50,0\u00a0mnkr; lagen tillåter 2,9\u00a0mnkr',
    );
  });
});

describe('a resultatbudget printed alone, with uses of a reserve whose balance it does not state', () => {
  const json = sjoboJson as unknown as { statements: Record<string, unknown> };
  const { balansbudget: _b, finansieringsbudget: _f, ...statements } = json.statements;
  const plan = parsePlan({ ...json, statements });
  it('keeps its printed balanskravsresultat: the balance is at least what the plan uses (7,5 mnkr in 2024)', () => {
    const { results } = statusOf(plan);
    expect(valueOf(results, 'balanskravsresultat', 2024)).toBeCloseTo(-18.6, 9);
    expect(valueOf(results, 'saldo_resultatutjamningsreserv', 2024)).toBeCloseTo(0, 9);
  });
  it('cuts a larger use to that balance', () => {
    const { results } = statusOf(plan, changes({ anvandning_resultatutjamningsreserv_grund: { 2024: 20 } }));
    expect(valueOf(results, 'anvandning_resultatutjamningsreserv', 2024)).toBeCloseTo(7.5, 9);
  });
});

describe('the plan’s balanskrav block', () => {
  const norrbotten = norrbottenJson as unknown as Record<string, unknown>;
  const withBlock = (block: unknown) => parsePlan({ ...norrbotten, balanskrav: block });
  const source = { kind: 'entered' as const };
  // Norrbotten's balanskravsresultat as computed from its plan: −36 (2025), 149, 28, 5, −71, −130 (2030).
  it('carries an earlier deficit into the first year and restores it, oldest first, from the first surplus', () => {
    const plan = withBlock({ earlierDeficits: [{ year: 2024, amount: 30, source }] });
    const { status, results } = statusOf(plan);
    expect(valueOf(results, 'kvar_att_aterstalla', 2025)).toBeCloseTo(30 + 36, 6);
    expect(yearOf(status, 2025).deficits.map((d) => [d.year, d.deadline])).toEqual([
      [2024, 2027],
      [2025, 2028],
    ]);
    expect(yearOf(status, 2026).restoredThisYear.toNumber()).toBeCloseTo(66, 6);
    expect(valueOf(results, 'kvar_att_aterstalla', 2026)).toBe(0);
  });
  it('opens a reserve the balansbudget does not print, used only within the riktlinjer', () => {
    const plan = withBlock({
      reserves: { resultatreserv: { value: 100, source } },
      riktlinjer: { source, maxUsePerYear: 5, useYears: [2025] },
    });
    const planned = changes({ planerad_anvandning_resultatreserv: { 2025: 50, 2026: 50, 2029: 50 } });
    const { status, results } = statusOf(plan, planned);
    // 2025: min(50 planned, 100 saldo, 36 to zero, 5 riktlinjer) = 5; 2026 is positive; 2029 no use year.
    expect(valueOf(results, 'anvandning_resultatreserv', 2025)).toBe(5);
    expect(valueOf(results, 'balanskravsresultat', 2025)).toBeCloseTo(-31, 6);
    expect(valueOf(results, 'anvandning_resultatreserv', 2026)).toBe(0);
    expect(valueOf(results, 'anvandning_resultatreserv', 2029)).toBe(0);
    expect(valueOf(results, 'saldo_resultatreserv', 2030)).toBe(95);
    expect(status.answers[2]?.ok).toBe(false);
    expect(status.answers[2]?.answer).toContain(
      '2025: planerad användning av resultatreserven 50 mnkr; 5 mnkr tas',
    );
  });
  it('allows no reservation where the riktlinjer forbid it', () => {
    const plan = withBlock({ riktlinjer: { source, reservationAllowed: false } });
    const { status, results } = statusOf(plan, changes({ planerad_reservation: { 2026: 10 } }));
    expect(valueOf(results, 'tillaten_reservation', 2026)).toBe(0);
    expect(valueOf(results, 'reservation_resultatreserv', 2026)).toBe(0);
    expect(status.answers[2]?.answer).toContain(
      '2026: planerad reservering till resultatreserven 10\u00a0mnkr; riktlinjerna tillåter ingen reservering',
    );
  });
  it('as decided: the kalkyl years’ deficits wait past the plan, named with what is left and by when', () => {
    const { status } = statusOf(parsePlan(norrbottenJson));
    expect(status.answers[1]).toEqual({
      id: 'aterstallande',
      question: 'Återställs underskotten i tid?',
      ok: true,
      answer:
        'Hittills ja. Efter 2030 återstår 71\u00a0mnkr av underskottet 2029, att återställa senast 2032; 130\u00a0mnkr av underskottet 2030, att återställa senast 2033. Åtgärdsplan krävs.',
    });
  });
  it('refuses an earlier deficit inside the plan’s years and a reserve stated twice', () => {
    expect(() => withBlock({ earlierDeficits: [{ year: 2025, amount: 3, source }] })).toThrow(PlanError);
    expect(() => withBlock({ synnerligaSkal: [{ year: 2020, amount: 3, reason: 'x', source }] })).toThrow(
      /inget budget- eller kalkylår/,
    );
    expect(() =>
      parsePlan({
        ...(sjoboJson as object),
        balanskrav: { reserves: { resultatutjamningsreserv: { value: 1, source } } },
      }),
    ).toThrow(/anger redan reservens saldo/);
  });
});
