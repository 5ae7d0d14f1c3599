import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { inWords, percentText } from '../../src/format/chanceText';
import { loadBuiltInPlans } from '../../src/model/builtInPlans';
import { modelRows } from '../../src/model/modelRows';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import {
  DEFAULT_MODEL,
  drawErrors,
  setupDraws,
  type UncertaintyModel,
} from '../../src/model/uncertainty/draws';
import {
  CITED,
  DEFAULT_UNCERTAINTY,
  sampleSd,
  sdAt,
  sdFromMeanAbsoluteError,
  type UncertaintyId,
} from '../../src/model/uncertainty/parameters';
import { seededRandom } from '../../src/model/uncertainty/random';
import { plan } from '../helpers';

const driver = (id: UncertaintyId) => {
  const found = DEFAULT_UNCERTAINTY.find((d) => d.id === id);
  if (!found) throw new Error(id);
  return found;
};

const moments = (values: readonly number[]) => {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const kurtosis = values.reduce((a, b) => a + (b - mean) ** 4, 0) / n / variance ** 2;
  return { mean, sd: Math.sqrt(variance), kurtosis };
};

const correlation = (a: readonly number[], b: readonly number[]) => {
  const ma = moments(a);
  const mb = moments(b);
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += ((a[i] ?? 0) - ma.mean) * ((b[i] ?? 0) - mb.mean);
  return sum / (a.length - 1) / ma.sd / mb.sd;
};

describe('the error model’s parameters, derived from their cited figures', () => {
  it('skatteunderlag in the current year: SKL’s largest average miss 0,44 pp as a normal’s sd, 0,44·√(π/2) = 0,55', () => {
    expect(CITED.skatteunderlagMae).toEqual([0.44, 0.44, 0.27, 0.2]);
    expect(sdFromMeanAbsoluteError(0.44)).toBeCloseTo(0.5515, 4);
    expect(driver('skatteunderlag').sd[0]).toBe(0.55);
    expect(driver('skatteunderlag').basis).toBe('bedömning'); // the later horizons are judgement
  });

  it('the pension portfolio: the sample sd of seven cited AP-fund years (mean 7,94 %) is 9,56 → 9,6 pp', () => {
    // (8,8 + 0,6 + 17,4 + 8,5 + 20,2 − 8,0 + 8,1) / 7 = 7,943; Σ(x − 7,943)² / 6 = 91,47; √ = 9,564.
    expect(sampleSd(CITED.pensionReturns)).toBeCloseTo(9.564, 3);
    expect(driver('pensionsavkastning').sd).toEqual([9.56]);
  });

  it('grows with the horizon: a rate keeps its last sd, a level adds its last step', () => {
    expect([0, 1, 2, 3, 6].map((h) => sdAt(driver('skatteunderlag'), h))).toEqual([0.55, 1, 1.3, 1.5, 1.5]);
    expect(sdAt(driver('befolkning'), 5)).toBeCloseTo(1.2, 10);
    for (const d of DEFAULT_UNCERTAINTY) expect(d.source.length).toBeGreaterThan(80);
  });
});

describe('the draws', () => {
  const N = 20_000;
  const years = [2025, 2026, 2027, 2028];
  const setup = setupDraws(DEFAULT_MODEL, 2024, years, () => true);
  const random = seededRandom(7);
  const draws = Array.from({ length: N }, () => drawErrors(setup, random));
  const series = (id: UncertaintyId, y: number) => draws.map((draw) => draw.get(id)?.[y] ?? Number.NaN);
  /** Sampling error of a sample sd is about sd/√(2N); of a mean sd/√N: four of them is the tolerance. */
  const close = (actual: { mean: number; sd: number }, sd: number) => {
    expect(Math.abs(actual.mean)).toBeLessThan((4 * sd) / Math.sqrt(N));
    expect(Math.abs(actual.sd - sd)).toBeLessThan((4 * sd) / Math.sqrt(2 * N) + 0.01 * sd);
  };

  it('have the stated spread at each horizon, mean zero', () => {
    // The first year also carries the base year's own error: √(0,55² + 1,0²) = 1,141.
    close(moments(series('skatteunderlag', 0)), 1.1413);
    close(moments(series('skatteunderlag', 1)), 1.3);
    close(moments(series('skatteunderlag', 3)), 1.5);
    close(moments(series('prisindex', 2)), 1.2);
    // Befolkning is counted the year before: 2025's count is at h = 0 (0,2 %), 2028's at h = 3 (0,8 %).
    close(moments(series('befolkning', 0)), 0.2);
    close(moments(series('befolkning', 3)), 0.8);
  });

  it('keep a level’s error from year to year, and draw a rate anew', () => {
    // A random walk: corr(e_2027, e_2028) = sd_2027 / sd_2028 = 0,6 / 0,8.
    expect(correlation(series('befolkning', 2), series('befolkning', 3))).toBeCloseTo(0.75, 1);
    expect(Math.abs(correlation(series('skatteunderlag', 1), series('skatteunderlag', 2)))).toBeLessThan(
      0.03,
    );
  });

  it('are correlated within a year as the model states, and the returns have fat tails', () => {
    expect(correlation(series('skatteunderlag', 2), series('prisindex', 2))).toBeCloseTo(0.4, 1);
    expect(Math.abs(correlation(series('befolkning', 2), series('prisindex', 2)))).toBeLessThan(0.03);
    const returns = moments(series('pensionsavkastning', 1));
    close(returns, 9.56);
    expect(returns.kurtosis).toBeGreaterThan(4); // a normal has 3; Student's t with 5 df has 9
  });

  it('are the same for the same seed and differ for another', () => {
    const again = seededRandom(7);
    const first = drawErrors(setup, again);
    expect(first).toEqual(draws[0]);
    expect(
      drawErrors(
        setupDraws(DEFAULT_MODEL, 2024, years, () => true),
        seededRandom(8),
      ),
    ).not.toEqual(draws[0]);
  });
});

describe('the simulation of a plan', () => {
  const still: UncertaintyModel = {
    drivers: DEFAULT_UNCERTAINTY.map((d) => ({ ...d, sd: [0], includeBaseYear: false })),
    correlations: [],
  };

  it('with no uncertainty gives the plan’s own verdict: Norrbotten’s balanskravsresultat −35, 148, 28, 5, −71, −131', () => {
    const summary = simulate(plan, [NO_CHANGES], { draws: 20, seed: 1, model: still });
    expect(summary?.scenarios[0]?.years.map((y) => y.balanskrav.p)).toEqual([0, 1, 1, 1, 0, 0]);
    expect(summary?.scenarios[0]?.years.map((y) => Math.round(y.balanskravsresultat.p50))).toEqual([
      -36, 149, 28, 5, -71, -130,
    ]);
  });

  it('is reproducible by seed, and ten öre more skatt in the budget years is better in every draw of those years', () => {
    const more: ScenarioChanges = {
      inputs: { skattesats: { 2025: 11.44, 2026: 11.44, 2027: 11.44 } },
      frameChanges: [],
    };
    const options = { draws: 400, seed: 42 };
    const summary = simulate(plan, [NO_CHANGES, more], options);
    expect(simulate(plan, [NO_CHANGES, more], options)).toEqual(summary);
    expect(summary?.secondBetter?.map((y) => y.chance.p)).toEqual([1, 1, 1, 0, 0, 0]);
    const [b, a] = summary?.scenarios ?? [];
    a?.years.forEach((year, i) =>
      expect(year.balanskrav.p).toBeGreaterThanOrEqual(b?.years[i]?.balanskrav.p ?? 1),
    );
    expect(a?.goals.map((g) => g.label)).toContain('Balanskravet');
  });

  it('draws only the drivers a plan has', async () => {
    for (const other of await loadBuiltInPlans()) {
      const rows = modelRows(other);
      const setup = setupDraws(
        DEFAULT_MODEL,
        other.years.base,
        other.years.budget,
        (id) => rows.byId.get(id)?.kind === 'input',
      );
      expect(setup.drivers.some((d) => d.id === 'pensionsavkastning')).toBe(
        other.drivers.pensionsportfolj !== undefined,
      );
      expect(setup.drivers.some((d) => d.id === 'befolkning')).toBe(other.drivers.befolkning !== undefined);
    }
  });
});

describe('probabilities in words', () => {
  it('says a probability in plain Swedish and as a whole percent', () => {
    expect(inWords(0.7)).toBe('i 7 fall av 10');
    expect(inWords(0.62)).toBe('i 6 fall av 10');
    expect(inWords(0.5)).toBe('i ungefär hälften av fallen');
    expect(inWords(0.999)).toBe('i nästan alla fall');
    expect(inWords(0.02)).toBe('i färre än 1 fall av 20');
    expect(percentText(0.623)).toBe('62 %');
    expect(percentText(0.004)).toBe('under 1 %');
    expect(percentText(0)).toBe('0 %');
  });
});
