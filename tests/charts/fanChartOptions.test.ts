import { describe, expect, it } from 'vitest';
import { buildFanChartOption, FAN_NAMES, fanYearText, type FanData } from '../../src/charts/fanChartOptions';

type Series = {
  id?: string;
  name?: string;
  stack?: string;
  stackStrategy?: string;
  data?: number[];
  areaStyle?: object;
  markLine?: {
    data?: { yAxis?: number }[];
    label?: { formatter?: string; position?: string; fontSize?: number; distance?: number };
  };
};

const NBSP = '\u00a0';
const fan: FanData = {
  title: 'Balanskravsresultat med scenariot',
  years: [2025, 2026],
  spreads: [
    { p5: -200, p25: -100, p50: -40, p75: 30, p95: 150 },
    { p5: -120, p25: 35, p50: 145, p75: 260, p95: 420 },
  ],
  zeroLabel: 'Balanskravet: 0 mnkr',
};

describe('the fan chart', () => {
  const option = buildFanChartOption(fan);
  const series = option.series as Series[];
  const byId = (id: string) => series.find((s) => s.id === id);

  it('fills the 5–95 and 25–75 bands as a base plus a width, stacked across zero', () => {
    expect(byId('outer|base')?.data).toEqual([-200, -120]);
    // 150 − (−200) = 350 and 420 − (−120) = 540.
    expect(byId('outer|band')?.data).toEqual([350, 540]);
    expect(byId('inner|base')?.data).toEqual([-100, 35]);
    // 30 − (−100) = 130 and 260 − 35 = 225.
    expect(byId('inner|band')?.data).toEqual([130, 225]);
    for (const id of ['outer|base', 'outer|band', 'inner|base', 'inner|band'])
      expect(byId(id)?.stackStrategy, id).toBe('all');
    expect(byId('outer|band')?.areaStyle).toBeDefined();
    expect(byId('outer|base')?.areaStyle).toBeUndefined();
  });

  it('draws the median and the zero line with its label', () => {
    expect(byId('median')?.data).toEqual([-40, 145]);
    expect(byId('median')?.markLine?.data).toEqual([{ yAxis: 0 }]);
    expect(byId('median')?.markLine?.label?.formatter).toBe('Balanskravet:\n0 mnkr');
    expect(option.title).toMatchObject({ text: 'Balanskravsresultat med scenariot, mnkr' });
  });

  it('puts the zero line’s label beyond the grid’s end, in a margin wide enough for its longest line', () => {
    const label = byId('median')?.markLine?.label ?? {};
    // 'end' is past the line's end, outside the grid; an inside position would lie on the bands.
    expect(label.position).toBe('end');
    const grid = option.grid as { right?: number };
    // "Balanskravet:" is 13 characters; at 12 px a character is at most about 0,6 em = 7,2 px: 94 px + the gap.
    const longest = Math.max(...(label.formatter ?? '').split('\n').map((line) => line.length));
    expect(longest).toBe(13);
    expect(grid.right).toBeGreaterThanOrEqual(longest * (label.fontSize ?? 12) * 0.6 + (label.distance ?? 0));
  });

  it('keeps zero and every band inside the axis', () => {
    const axis = option.yAxis as { min: number; max: number };
    expect(axis.min).toBeLessThanOrEqual(-200);
    expect(axis.max).toBeGreaterThanOrEqual(420);
  });

  it('says each year in sv-SE words, without percentile jargon', () => {
    expect(fanYearText(2025, fan.spreads[0] ?? { p5: 0, p25: 0, p50: 0, p75: 0, p95: 0 })).toEqual([
      '2025',
      `${FAN_NAMES.median}: \u221240${NBSP}mnkr`,
      `${FAN_NAMES.inner}: \u2212100${NBSP}mnkr till 30${NBSP}mnkr`,
      `${FAN_NAMES.outer}: \u2212200${NBSP}mnkr till 150${NBSP}mnkr`,
    ]);
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 1 }]);
    expect(tooltip).toBe(
      `2026<br>${FAN_NAMES.median}: 145${NBSP}mnkr<br>${FAN_NAMES.inner}: 35${NBSP}mnkr till 260${NBSP}mnkr<br>${FAN_NAMES.outer}: \u2212120${NBSP}mnkr till 420${NBSP}mnkr`,
    );
    expect(JSON.stringify(series)).not.toMatch(/p50|p95|percentil/i);
  });
});
