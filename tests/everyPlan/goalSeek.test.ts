import { afterAll, describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { seekGoal } from '../../src/model/goalSeek';
import { instrumentBounds, instrumentsOf } from '../../src/model/goalSeekBounds';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { firstTarget, targetChoices, valueRowsOf } from '../../src/ui/analysis/goalSeekChoices';
import { scopeText } from '../../src/ui/analysis/goalSeekText';
import { defaultNamnd } from '../../src/model/namnder';
import { engineEvaluator } from '../helpers';
import { otherOrganisations, planById } from './plans';

// From the plan files: each plan's skattesats (kr) in its first budget year, whether it has investments,
// and the goals it states (Sjöbo and Västernorrland only the balanskrav, Norrbotten four and a resultatkrav).
const EXPECTED = {
  'norrbotten-2025-2027': {
    rate: 11.34,
    investments: true,
    targets: [
      'goal:balanskrav',
      'goal:resultat',
      'goal:soliditet',
      'goal:sjalvfinansiering',
      'resultatkrav',
      'value',
    ],
    namnd: 'Regionstyrelsen',
  },
  'sjobo-2024-2027': {
    rate: 20.92,
    investments: false,
    targets: ['goal:balanskrav', 'value'],
    namnd: 'Sjöbo kommun',
  },
  'vasternorrland-2022-2024': {
    rate: 11.29,
    investments: false,
    targets: ['goal:balanskrav', 'value'],
    namnd: 'Region Västernorrland',
  },
} as const;

describe.each(Object.entries(EXPECTED))('goal seek on %s', (id, expected) => {
  const plan = planById(id);
  const workbook = compileWorkbook(plan, NO_CHANGES);
  const first = workbook.layout.budgetYears[0] ?? 0;

  it('searches the skattesats within ±3 kr of the plan’s own rate, out to whole kronor', () => {
    const ore = Math.round(expected.rate * 100);
    const { min, max } = instrumentBounds(workbook, { kind: 'skattesats', fromYear: first });
    expect(min).toBe(Math.floor((ore - 300) / 100) * 100);
    expect(max).toBe(Math.ceil((ore + 300) / 100) * 100);
    expect(min % 100).toBe(0);
    expect(max - min).toBeLessThanOrEqual(700);
  });

  it('offers the investment level only when the plan has investments', () => {
    expect(instrumentsOf(workbook)).toEqual(
      expected.investments
        ? ['skattesats', 'effektivisering', 'investeringar']
        : ['skattesats', 'effektivisering'],
    );
  });

  it('aims at the plan’s own goals, and at value rows the plan has', () => {
    expect(targetChoices(plan).map((choice) => choice.key)).toEqual(expected.targets);
    expect(firstTarget(plan)).toEqual({ target: 'goal', goalId: 'balanskrav' });
    for (const row of valueRowsOf(workbook.rows)) expect(workbook.rows.byId.has(row)).toBe(true);
    expect(valueRowsOf(workbook.rows)).toContain('balanskravsresultat');
  });

  it('lays an efficiency requirement on the plan’s own nämnd or organisation, naming no other', () => {
    const text = scopeText({ kind: 'effektivisering', fromYear: first }, 2030, defaultNamnd(plan));
    expect(text).toContain(expected.namnd);
    for (const other of otherOrganisations(plan)) expect(text).not.toContain(other);
    if (plan.organisation.kind === 'kommun') expect(text).not.toContain('Regionstyrelsen');
  });
});

describe('goal seek finds Sjöbo’s skattesats for the balanskrav 2024', { timeout: 30_000 }, () => {
  const plan = planById('sjobo-2024-2027');
  const workbook = compileWorkbook(plan, NO_CHANGES);
  const { evaluate, destroy } = engineEvaluator(workbook);
  afterAll(destroy);

  it('raises 20,92 kr by the öre that cover the published −18,6 mnkr at 995,3 / 2 092 mnkr per öre', () => {
    // Kommunalskatt 2024 is 995,3 mnkr at 20,92 kr (the skatt line follows underlag × sats), so one öre is
    // 995,3 / 2 092 = 0,4758 mnkr; the balanskravsresultat −18,6 needs ⌈18,6 / 0,4758⌉ = 40 öre: 21,32 kr.
    const answer = seekGoal({
      workbook,
      base: NO_CHANGES,
      target: { kind: 'goal', goalId: 'balanskrav', years: [2024] },
      instrument: { kind: 'skattesats', fromYear: 2024 },
      evaluate,
    });
    expect(answer.kind).toBe('found');
    if (answer.kind !== 'found') return;
    expect(answer.value).toBe(2132);
    expect(answer.atBound).toBe(false);
    expect(answer.monotone).toBe(true);
  });

  it('finds the öre that restore every deficit by 2024: the 2023 deficit too, without the reserve', () => {
    // Everything restored by 2024 needs a balanskravsresultat of +4,8 (the 2023 deficit) in 2024. Once the
    // result after balanskravsjusteringar is positive no reserve may be used (at most to zero), so the skatt
    // must cover 26,1 + 4,8 = 30,9 mnkr: ⌈30,9 / 0,4758⌉ = 65 öre, 21,57 kr.
    const answer = seekGoal({
      workbook,
      base: NO_CHANGES,
      target: { kind: 'aterstallt', year: 2024 },
      instrument: { kind: 'skattesats', fromYear: 2024 },
      evaluate,
    });
    expect(answer.kind).toBe('found');
    if (answer.kind !== 'found') return;
    expect(answer.value).toBe(2157);
  });
});
