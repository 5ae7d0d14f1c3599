import { describe, expect, it } from 'vitest';
import { buildChartOption, type ChartOption, type ChartSeriesInput } from '../../src/charts/chartOptions';
import { describeChart } from '../../src/charts/chartText';
import { niceScale } from '../../src/charts/chartScale';
import { chartSpecsFor } from '../../src/charts/chartSpecs';
import type { Results } from '../../src/model/results';
import { BUDGET_YEARS, compute, inputs, plan, planResults, valueOf, YEARS } from '../helpers';

type Series = {
  id?: string;
  name?: string;
  data?: (number | null)[];
  lineStyle?: { color?: string; type?: unknown; width?: number };
  symbol?: string;
  markLine?: { data?: { yAxis?: number }[]; label?: { formatter?: string } };
};
type Axis = { axisLabel?: { formatter?: (value: number) => string; fontSize?: number }; data?: string[] };

const chart = (id: string) => {
  const found = chartSpecsFor(plan).find((spec) => spec.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
};
const goalMin = (id: string): number => {
  const goal = plan.goals.find((g) => g.id === id);
  return goal && 'min' in goal && goal.min !== undefined ? goal.min : Number.NaN;
};
const seriesOf = (option: ChartOption) => option.series as Series[];
const byId = (option: ChartOption, id: string): Series => {
  const found = seriesOf(option).find((s) => s.id === id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
};
const yAxes = (option: ChartOption) => option.yAxis as Axis[];
const xAxes = (option: ChartOption) => option.xAxis as Axis[];

/** +10 öre on the 2025 tax: skatteintäkter rise by skatteunderlag × 0,10 / 100 (DOMAIN.md §4). */
const scenario = compute(inputs({ skattesats: { '2025': valueOf(planResults, 'skattesats', 2025) + 0.1 } }));
const lowerTax = compute(inputs({ skattesats: { '2026': 11.0 } }));
const fewer = compute(inputs({ befolkning: { '2025': 240000 } }));
const two: ChartSeriesInput[] = [
  { name: 'Plan', results: planResults, role: 'plan' },
  { name: 'Skatt +10 öre', results: scenario, role: 'scenario' },
];
const valuesOf = (results: Results, id: string, years: readonly number[]) =>
  years.map((year) => valueOf(results, id, year));

describe('buildChartOption', () => {
  it('draws årets resultat and balanskravsresultat 2025–2030 for plan and scenario from the results', () => {
    const option = buildChartOption(chart('resultat'), two);
    expect(xAxes(option)[0]?.data).toEqual(YEARS.map(String));
    ['arets_resultat', 'balanskravsresultat'].forEach((row, panel) => {
      expect(byId(option, `${panel}|line|Plan`).data).toEqual(valuesOf(planResults, row, YEARS));
      expect(byId(option, `${panel}|line|Skatt +10 öre`).data).toEqual(valuesOf(scenario, row, YEARS));
    });
    const gain = (valueOf(planResults, 'skatteunderlag', 2025) * 0.1) / 100;
    const plan2025 = byId(option, '1|line|Plan').data?.[0] ?? Number.NaN;
    const scenario2025 = byId(option, '1|line|Skatt +10 öre').data?.[0] ?? Number.NaN;
    expect(scenario2025 - plan2025).toBeCloseTo(gain, 6);
    expect(plan2025).toBeLessThan(0);
    expect(scenario2025).toBeGreaterThan(0);
  });

  it('draws the 1 % requirement of the scenario and the balanskrav line at the plan goal', () => {
    const option = buildChartOption(chart('resultat'), two);
    const krav = byId(option, '1|reference');
    expect(krav.name).toBe('Krav 1 %');
    expect(krav.data).toHaveLength(YEARS.length);
    YEARS.forEach((year, i) => {
      const value = krav.data?.[i];
      const base =
        valueOf(scenario, 'skatteintakter', year) + valueOf(scenario, 'generella_statsbidrag', year);
      expect(value).toBeCloseTo((base * (plan.resultatkrav?.percent ?? Number.NaN)) / 100, 6);
    });
    expect(byId(option, '1|goal').markLine?.data).toEqual([{ yAxis: goalMin('balanskrav') }]);
  });

  it('draws soliditet in both models per budget year with the 16 % line', () => {
    const option = buildChartOption(chart('mal-soliditet'), two);
    expect(xAxes(option)[0]?.data).toEqual(BUDGET_YEARS.map(String));
    ['soliditet_fullfondering', 'soliditet_blandmodell'].forEach((row, panel) => {
      expect(byId(option, `${panel}|line|Plan`).data).toEqual(valuesOf(planResults, row, BUDGET_YEARS));
      expect(byId(option, `${panel}|line|Skatt +10 öre`).data).toEqual(valuesOf(scenario, row, BUDGET_YEARS));
    });
    const goal = byId(option, '0|goal').markLine;
    expect(goal?.data).toEqual([{ yAxis: goalMin('soliditet') }]);
    expect(goal?.label?.formatter).toBe('Mål 16\u00a0%');
    const scale = yAxes(option)[0] as { min: number; max: number };
    expect(scale.min).toBeLessThanOrEqual(goalMin('soliditet'));
  });

  it('draws självfinansieringsgrad per year, the plan period as its own point, and the 60 % line', () => {
    const option = buildChartOption(chart('mal-sjalvfinansiering'), two);
    expect(xAxes(option)[0]?.data).toEqual([...BUDGET_YEARS.map(String), '2025–2027']);
    expect(byId(option, '0|line|Plan').data).toEqual([
      ...valuesOf(planResults, 'mal_sjalvfinansiering_per_ar', BUDGET_YEARS),
      null,
    ]);
    expect(byId(option, '0|period|Skatt +10 öre').data).toEqual([
      null,
      null,
      null,
      valueOf(scenario, 'mal_sjalvfinansiering', 2025),
    ]);
    expect(byId(option, '0|goal').markLine?.data).toEqual([{ yAxis: goalMin('sjalvfinansiering') }]);
  });

  it('formats axis labels and tooltips the Swedish way', () => {
    const resultat = buildChartOption(chart('resultat'), two);
    expect(yAxes(resultat)[0]?.axisLabel?.formatter?.(-1234)).toBe('\u22121\u00a0234');
    const soliditet = buildChartOption(chart('mal-soliditet'), two);
    expect(yAxes(soliditet)[0]?.axisLabel?.formatter?.(18)).toMatch(/^18(,0+)?\u00a0%$/);
    const tooltip = soliditet.tooltip as { formatter: (params: unknown) => string };
    const text = tooltip.formatter([
      { seriesName: 'Plan <b>', value: 17.992, marker: '', axisValueLabel: '2025' },
      { seriesName: 'Mål', value: null, marker: '', axisValueLabel: '2025' },
    ]);
    expect(text).toContain('18,0\u00a0%');
    expect(text).toContain('Plan &#60;b&#62;');
    expect(text).not.toContain('Mål');
    const mnkr = (resultat.tooltip as { formatter: (params: unknown) => string }).formatter([
      { seriesName: 'Plan', value: -35.6, marker: '', axisValueLabel: '2025' },
    ]);
    expect(mnkr).toContain('\u221236\u00a0mnkr');
  });

  it('tells four and five series apart by colour, dash and symbol', () => {
    for (const count of [4, 5]) {
      const others = [scenario, lowerTax, fewer, scenario].slice(0, count - 1);
      const series: ChartSeriesInput[] = [
        { name: 'Plan', results: planResults, role: 'plan' },
        ...others.map((results, i) => ({ name: `Förslag ${i + 1}`, results, role: 'compare' as const })),
      ];
      for (const spec of chartSpecsFor(plan)) {
        const lines = seriesOf(buildChartOption(spec, series)).filter((s) => s.id?.startsWith('0|line|'));
        expect(lines).toHaveLength(count);
        expect(new Set(lines.map((s) => s.lineStyle?.color)).size).toBe(count);
        expect(new Set(lines.map((s) => JSON.stringify(s.lineStyle?.type))).size).toBe(count);
        expect(new Set(lines.map((s) => s.symbol)).size).toBe(count);
      }
      const legend = buildChartOption(chart('resultat'), series).legend as { data: string[] };
      expect(legend.data).toEqual([...series.map((s) => s.name), 'Krav 1 %']);
    }
  });

  it('draws the plan grey and dashed and the scenario solid', () => {
    const option = buildChartOption(chart('resultat'), two);
    expect(byId(option, '0|line|Plan').lineStyle?.type).toBe('dashed');
    expect(byId(option, '0|line|Skatt +10 öre').lineStyle?.type).toBe('solid');
  });

  it('uses large type and thick lines on the projector', () => {
    const normal = buildChartOption(chart('resultat'), two);
    const big = buildChartOption(chart('resultat'), two, { projector: true });
    for (const axis of [...xAxes(big), ...yAxes(big)])
      expect(axis.axisLabel?.fontSize).toBeGreaterThanOrEqual(24);
    for (const title of big.title as { textStyle: { fontSize: number } }[])
      expect(title.textStyle.fontSize).toBeGreaterThanOrEqual(24);
    expect(byId(big, '0|line|Plan').lineStyle?.width).toBeGreaterThan(
      byId(normal, '0|line|Plan').lineStyle?.width ?? 0,
    );
  });

  it('sets every text on the projector at 24 px or more, and only there (issue 12 §6)', () => {
    const sizes = (value: unknown): number[] =>
      Array.isArray(value)
        ? value.flatMap(sizes)
        : value !== null && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, inner]) =>
              key === 'fontSize' && typeof inner === 'number' ? [inner] : sizes(inner),
            )
          : [];
    for (const spec of chartSpecsFor(plan)) {
      const projector = sizes(buildChartOption(spec, two, { projector: true }));
      expect(projector.length).toBeGreaterThan(4);
      expect(Math.min(...projector)).toBeGreaterThanOrEqual(24);
      expect(Math.min(...sizes(buildChartOption(spec, two)))).toBeLessThan(24);
    }
  });

  it("gives the projector's legend the rows its long names need at the chart's width", () => {
    const named = (name: string): ChartSeriesInput[] => [
      { name: 'Plan', results: planResults, role: 'plan' },
      { name, results: scenario, role: 'scenario' },
    ];
    const panelTop = (option: ChartOption) =>
      (option.title as { top: number }[]).map((title) => title.top)[0] ?? 0;
    const short = buildChartOption(chart('resultat'), named('A'), { projector: true, width: 700 });
    const long = buildChartOption(chart('resultat'), named('Budgetförslag med satsningar'), {
      projector: true,
      width: 700,
    });
    // Entries of 62 px symbol + 15 px gaps + 14,4 px per character: Plan 135, "A" 92, "Krav 1 %" 193 fit
    // one row of 700 px; the 28-character name (480) leaves Krav for a second row.
    expect(panelTop(long) - panelTop(short)).toBe(34);
  });

  it('gives the same name twice a number, so legend entries stay apart', () => {
    const option = buildChartOption(chart('mal-soliditet'), [
      { name: 'Förslag', results: scenario, role: 'compare' },
      { name: 'Förslag', results: lowerTax, role: 'compare' },
    ]);
    expect((option.legend as { data: string[] }).data).toEqual(['Förslag', 'Förslag (2)']);
  });
});

describe('describeChart', () => {
  it('names every value for screen readers', () => {
    const text = describeChart(chart('resultat'), two);
    const row = text.rows.find((r) => r.header === 'Balanskravsresultat, Skatt +10 öre');
    const expected = Math.round(valueOf(scenario, 'balanskravsresultat', 2025));
    expect(row?.values[0]).toBe(`${expected}\u00a0mnkr`);
    expect(text.label).toContain('Balanskravsresultat, Plan: 2025 \u221236\u00a0mnkr');
  });
});

describe('niceScale', () => {
  it('contains every value with round steps', () => {
    const values = [-36.2, 149, 395.4, 109.7];
    const scale = niceScale(values);
    expect(scale.min).toBeLessThanOrEqual(Math.min(...values));
    expect(scale.max).toBeGreaterThanOrEqual(Math.max(...values));
    expect([1, 2, 2.5, 5]).toContain(scale.interval / 10 ** Math.floor(Math.log10(scale.interval)));
    expect(Number.isInteger(Math.round((scale.max - scale.min) / scale.interval))).toBe(true);
  });
});
