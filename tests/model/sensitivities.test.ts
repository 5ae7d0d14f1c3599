import { describe, expect, it } from 'vitest';
import { compute, deltaOf, frameChange, inputs, plan, planResults, valueOf, YEARS } from '../helpers';

/** Hand calculations from DOMAIN.md §4: what must move when a driver changes, and what must not. */

const unchanged = (results: ReturnType<typeof compute>, ids: readonly string[], years: readonly number[]) => {
  for (const id of ids)
    for (const year of years) expect(deltaOf(results, id, year), `${id} ${year}`).toBeCloseTo(0, 9);
};

describe('skattesats', () => {
  it('one öre in 2025 moves skatteintäkter 2025 by 7 926 / 1 134 mnkr, and nothing in utjämning or later years', () => {
    const results = compute(inputs({ skattesats: { 2025: 11.35 } }));
    const ore = 7926 / 1134;
    expect(deltaOf(results, 'skatteintakter', 2025)).toBeCloseTo(ore, 9);
    expect(deltaOf(results, 'arets_resultat', 2025)).toBeCloseTo(ore, 9);
    expect(deltaOf(results, 'balanskravsresultat', 2025)).toBeCloseTo(ore, 9);
    expect(deltaOf(results, 'resultatkrav', 2025)).toBeCloseTo(ore / 100, 9);
    expect(deltaOf(results, 'likvida_medel_slut', 2025)).toBeCloseTo(ore, 9);
    expect(deltaOf(results, 'eget_kapital_ingaende', 2026)).toBeCloseTo(ore, 9);
    unchanged(results, ['generella_statsbidrag'], YEARS);
    unchanged(results, ['skatteintakter', 'arets_resultat'], [2026, 2027, 2028, 2029, 2030]);
    unchanged(results, ['verksamhetens_kostnader', 'avskrivningar', 'finansiella_intakter'], YEARS);
  });

  it('+10 öre gives +69,9, +72,3 and +74,8 mnkr in 2025–2027 and turns balanskravsresultat 2025 positive', () => {
    const results = compute(inputs({ skattesats: { 2025: 11.44, 2026: 11.44, 2027: 11.44 } }));
    expect(deltaOf(results, 'skatteintakter', 2025)).toBeCloseTo(69.894, 2);
    expect(deltaOf(results, 'skatteintakter', 2026)).toBeCloseTo(72.284, 2);
    expect(deltaOf(results, 'skatteintakter', 2027)).toBeCloseTo(74.806, 2);
    expect(valueOf(results, 'balanskravsresultat', 2025)).toBeGreaterThan(33);
    expect(results.cells.mal_balanskrav_uppfyllt?.[2025]).toBe(true);
    expect(planResults.cells.mal_balanskrav_uppfyllt?.[2025]).toBe(false);
  });
});

describe('befolkning', () => {
  it('100 more inhabitants in 2025 give 4,0 mnkr skatt and statsbidrag, split as the plan splits them', () => {
    const results = compute(inputs({ befolkning: { 2025: 248_203 } }));
    const skatt = deltaOf(results, 'skatteintakter', 2025);
    const bidrag = deltaOf(results, 'generella_statsbidrag', 2025);
    expect(skatt + bidrag).toBeCloseTo(4.0, 9);
    expect(skatt).toBeCloseTo((4 * 7926) / 10974, 9);
    unchanged(results, ['skatteintakter', 'generella_statsbidrag'], [2026, 2027]);
  });

  it("SCB's forecast (−2 361 inhabitants in 2025) costs about 94 mnkr in 2025", () => {
    const scb = plan.drivers.befolkning?.alternatives?.find((a) => a.id === 'scb_prognos')?.values ?? {};
    const results = compute(inputs({ befolkning: Object.fromEntries(YEARS.map((y) => [y, scb[y] ?? 0])) }));
    const total = deltaOf(results, 'skatteintakter', 2025) + deltaOf(results, 'generella_statsbidrag', 2025);
    expect(total).toBeCloseTo(-94.44, 2);
    const total2027 =
      deltaOf(results, 'skatteintakter', 2027) + deltaOf(results, 'generella_statsbidrag', 2027);
    expect(total2027).toBeCloseTo(-4496 * 0.04, 6);
  });

  it('the per-100-inhabitants parameter is editable and scales the effect', () => {
    const results = compute(inputs({ befolkning: { 2025: 248_203 }, intakt_per_100_invanare: { 2025: 5 } }));
    expect(deltaOf(results, 'skatt_och_statsbidrag', 2025)).toBeCloseTo(5, 9);
  });
});

describe('LPIK (prisindex)', () => {
  it('+1 procentenhet in 2025 raises costs by 1 % of the 2024 frames (10 778,1) and compounds', () => {
    const results = compute(inputs({ prisindex: { 2025: -0.3 } }));
    expect(deltaOf(results, 'verksamhetens_kostnader', 2025)).toBeCloseTo(-107.781, 6);
    expect(deltaOf(results, 'verksamhetens_kostnader', 2026)).toBeCloseTo(-107.781 * 1.008, 6);
    expect(deltaOf(results, 'verksamhetens_kostnader', 2027)).toBeCloseTo(-107.781 * 1.008 * 1.033, 6);
    unchanged(results, ['skatteintakter', 'generella_statsbidrag', 'avskrivningar'], YEARS);
  });

  it('+0,1 procentenhet in 2026 alone is 0,1 % of the 2025 frames (10 841,5)', () => {
    const results = compute(inputs({ prisindex: { 2026: 0.9 } }));
    expect(deltaOf(results, 'verksamhetens_kostnader', 2025)).toBeCloseTo(0, 9);
    expect(deltaOf(results, 'verksamhetens_kostnader', 2026)).toBeCloseTo(-10.8415, 6);
  });
});

describe('investeringar', () => {
  it('+100 mnkr materiella 2025 is depreciated over 20 years from 2026 and moves assets and cash', () => {
    const results = compute(inputs({ investeringar_materiella: { 2025: 967 } }));
    expect(deltaOf(results, 'avskrivningar', 2025)).toBeCloseTo(0, 9);
    for (const year of [2026, 2027, 2028, 2029, 2030])
      expect(deltaOf(results, 'avskrivningar', year)).toBeCloseTo(-5, 9);
    expect(deltaOf(results, 'anlaggningstillgangar', 2025)).toBeCloseTo(100, 9);
    expect(deltaOf(results, 'anlaggningstillgangar', 2026)).toBeCloseTo(95, 9);
    expect(deltaOf(results, 'anlaggningstillgangar', 2027)).toBeCloseTo(90, 9);
    expect(deltaOf(results, 'kassaflode_investering', 2025)).toBeCloseTo(-100, 9);
    expect(deltaOf(results, 'likvida_medel_slut', 2025)).toBeCloseTo(-100, 9);
    // Depreciation lowers the result but is not cash: the cash flow from operations is unchanged.
    expect(deltaOf(results, 'kassaflode_lopande', 2026)).toBeCloseTo(0, 9);
    expect(deltaOf(results, 'likvida_medel_slut', 2026)).toBeCloseTo(-100, 9);
    expect(deltaOf(results, 'eget_kapital_ingaende', 2027)).toBeCloseTo(-5, 9);
  });

  it('a shorter avskrivningstid ends the depreciation sooner', () => {
    const results = compute(
      inputs({ investeringar_materiella: { 2025: 967 }, avskrivningstid: { 2025: 2 } }),
    );
    expect(deltaOf(results, 'avskrivningar', 2026)).toBeCloseTo(-50, 9);
    expect(deltaOf(results, 'avskrivningar', 2027)).toBeCloseTo(-50, 9);
    expect(deltaOf(results, 'avskrivningar', 2028)).toBeCloseTo(0, 9);
  });

  it('financial investments move cash and assets but are not depreciated', () => {
    const results = compute(inputs({ investeringar_finansiella: { 2026: 51 } }));
    unchanged(results, ['avskrivningar'], YEARS);
    expect(deltaOf(results, 'likvida_medel_slut', 2026)).toBeCloseTo(-50, 9);
    expect(deltaOf(results, 'anlaggningstillgangar', 2027)).toBeCloseTo(50, 9);
  });
});

describe('pensionsportföljens avkastning', () => {
  it('3 % instead of 5 % lowers årets resultat but not balanskravsresultat or cash', () => {
    const results = compute(inputs({ pensionsavkastning: Object.fromEntries(YEARS.map((y) => [y, 3])) }));
    expect(deltaOf(results, 'arets_resultat', 2025)).toBeCloseTo(-241 * 0.4, 9);
    expect(deltaOf(results, 'arets_resultat', 2026)).toBeCloseTo(-246 * 0.4, 9);
    unchanged(
      results,
      ['balanskravsresultat', 'kassaflode_lopande', 'likvida_medel_slut'],
      [2025, 2026, 2027],
    );
    expect(deltaOf(results, 'omsattningstillgangar', 2026)).toBeCloseTo(-(241 + 246) * 0.4, 9);
    expect(deltaOf(results, 'eget_kapital_ingaende', 2027)).toBeCloseTo(-(241 + 246) * 0.4, 9);
  });
});

describe('skatteunderlagstillväxt', () => {
  it('+1 procentenhet in 2025 raises skatt and inkomstutjämning by the same factor from 2025 on', () => {
    const results = compute(inputs({ skatteunderlagstillvaxt: { 2025: 5.8 } }));
    const factor = 1.058 / 1.048 - 1;
    expect(deltaOf(results, 'skatteintakter', 2025)).toBeCloseTo(7926 * factor, 6);
    expect(deltaOf(results, 'generella_statsbidrag', 2025)).toBeCloseTo(937 * factor, 6);
    expect(deltaOf(results, 'skatteintakter', 2027)).toBeCloseTo(8483 * factor, 6);
    expect(deltaOf(results, 'generella_statsbidrag', 2028)).toBeCloseTo(((3279 * 1071) / 3204) * factor, 6);
  });
});

describe('ramförändringar and other levels', () => {
  it('a cost of +50 mnkr a year lowers every result by 50; switched off it does nothing', () => {
    const amounts = Object.fromEntries(YEARS.map((y) => [y, 50]));
    const on = compute({ inputs: {}, frameChanges: [frameChange({ amounts })] });
    const off = compute({ inputs: {}, frameChanges: [frameChange({ amounts, active: false })] });
    for (const year of YEARS) {
      expect(deltaOf(on, 'verksamhetens_kostnader', year)).toBeCloseTo(-50, 9);
      expect(deltaOf(on, 'balanskravsresultat', year)).toBeCloseTo(-50, 9);
    }
    unchanged(off, ['verksamhetens_kostnader', 'balanskravsresultat'], YEARS);
  });

  it('an income change of −11 mnkr (avgiftssänkning) lowers verksamhetens intäkter', () => {
    const results = compute({
      inputs: {},
      frameChanges: [frameChange({ name: 'Avgiftssänkning', kind: 'intakt', amounts: { 2026: -11 } })],
    });
    expect(deltaOf(results, 'verksamhetens_intakter', 2026)).toBeCloseTo(-11, 9);
    unchanged(results, ['verksamhetens_kostnader'], YEARS);
  });

  it('a larger ansvarsförbindelse lowers soliditet with fullfondering only', () => {
    const results = compute(inputs({ ansvarsforbindelse: { 2025: 4801 } }));
    const assets = valueOf(planResults, 'summa_tillgangar', 2025);
    expect(deltaOf(results, 'soliditet_fullfondering', 2025)).toBeCloseTo((-1000 / assets) * 100, 9);
    unchanged(results, ['soliditet_blandmodell', 'arets_resultat'], [2025]);
  });
});
