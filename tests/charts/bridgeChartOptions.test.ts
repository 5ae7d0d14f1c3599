import { describe, expect, it } from 'vitest';
import { barSentence, BRIDGE_COLORS, buildBridgeChartOption } from '../../src/charts/bridgeChartOptions';
import { bridgePicture } from '../../src/charts/bridgePicture';
import type { BridgeRow } from '../../src/model/revisions/bridge';
import type { BridgeCause } from '../../src/model/revisions/bridgeCauses';
import type { ScenarioStep } from '../../src/model/revisions/scenarioStep';

const MINUS = '\u2212';
const figure = {
  rowId: 'balanskravsresultat',
  year: 2026,
  label: 'Balanskravsresultat',
  unit: 'mnkr',
  decimals: 0,
} as const;
const cause = (key: string, label: string): BridgeCause => ({
  key,
  kind: 'driver',
  id: key,
  label,
  inputs: {},
});
// Old plan 10,4; the causes −88,7 and +0,4, rest +0,45; new plan −77,45. Shown: 10 and −77, so the steps
// must make −87: half-up gives −89, 0, 0, and the two units left go to the largest remainders (0,45, 0,4).
const row: BridgeRow = {
  figure,
  old: 10.4,
  parts: [-88.7, 0.4],
  rest: 0.45,
  new: -77.45,
  scenario: undefined,
  scenarioOnOld: undefined,
};
const step: ScenarioStep = {
  id: 'v',
  name: 'Förslag <V>',
  rebased: { changes: { inputs: {}, frameChanges: [] }, notCarried: [], planMoved: [] },
  parts: [{ key: 'input:skattesats', kind: 'input', id: 'skattesats', label: 'Skattesats' }],
  method: 'exact',
  rows: [{ figure, onOld: 82.6, from: -77.45, parts: [71.6], rest: 0, onNew: -5.85 }],
};
const picture = bridgePicture(
  row,
  [cause('a', 'Skatteunderlag'), cause('b', 'Befolkning')],
  [{ step, k: 0 }],
  'Beslutet',
  'Prognosen',
);

describe('the bridge picture', () => {
  it('walks from the old plan through each cause to the new plan in the rounded figures, then each scenario', () => {
    expect(picture.title).toBe('Balanskravsresultat 2026, mnkr');
    expect(picture.bars.map((b) => [b.label, b.kind, b.low, b.high, b.text])).toEqual([
      ['Beslutet', 'total', 0, 10, '10'],
      // 10 − 89 = −79; +1 → −78; Övrigt +1 → −77: each step starts where the one before ended.
      ['Skatteunderlag', 'down', -79, 10, `${MINUS}89`],
      ['Befolkning', 'up', -79, -78, '+1'],
      ['Övrigt', 'up', -78, -77, '+1'],
      ['Prognosen', 'total', -77, 0, `${MINUS}77`],
      ['Förslag <V>', 'scenario', -77, -6, `${MINUS}6 (+71)`],
    ]);
    expect(picture.bars.at(-1)?.onOld).toBe(83);
    expect(picture.bars.at(-1)?.direction).toBe('up');
  });

  it('has no Övrigt when nothing is left, and only the new plan in a year the old plan lacks', () => {
    const plain = bridgePicture(
      { ...row, parts: [-88.3, 0.45], rest: 0 },
      [cause('a', 'A'), cause('b', 'B')],
      [],
      'G',
      'N',
    );
    expect(plain.bars.map((b) => b.label)).toEqual(['G', 'A', 'B', 'N']);
    const newYear = bridgePicture({ ...row, old: undefined, parts: [], rest: 0 }, [], [], 'G', 'N');
    expect(newYear.bars.map((b) => b.label)).toEqual(['N']);
  });

  it('says every bar in words, the scenario on both plans', () => {
    const last = picture.bars.at(-1);
    if (!last) throw new Error('no scenario bar');
    expect(barSentence(last, picture)).toBe(
      `Förslag <V>: på nya planen ${MINUS}6 (+71) mnkr; på gamla planen 83 mnkr`,
    );
  });
});

const option = buildBridgeChartOption(picture);
type Series = { renderItem: (p: unknown, api: unknown) => unknown; data: unknown[] };
const series = (option.series as Series[])[0] ?? { renderItem: () => undefined, data: [] };

describe('the bridge chart option', () => {
  it('draws one bar per step, top to bottom, on a value axis that holds every bar and diamond', () => {
    expect(series.data).toEqual(picture.bars.map((b, i) => [i, b.low, b.high, b.onOld ?? NaN]));
    const y = option.yAxis as { data: string[]; inverse: boolean };
    expect(y.data).toEqual([
      'Beslutet',
      'Skatteunderlag',
      'Befolkning',
      'Övrigt',
      'Prognosen',
      'Förslag <V>',
    ]);
    expect(y.inverse).toBe(true);
    const x = option.xAxis as { min: number; max: number; axisLabel: { formatter: (v: number) => string } };
    expect(x.min).toBeLessThanOrEqual(-79);
    expect(x.max).toBeGreaterThanOrEqual(83);
    expect(x.axisLabel.formatter(-50)).toBe(`${MINUS}50`);
  });

  it('renders a bar from low to high with its number after the bar and the diamond', () => {
    // A fake coordinate system: 1 mnkr = 2 px from x = 300, each category 40 px tall.
    const api = (i: number) => ({
      value: (d: number) => [i, picture.bars[i]?.low, picture.bars[i]?.high][d],
      coord: ([v, c]: [number, number]) => [300 + 2 * v, 20 + 40 * c],
      size: () => [0, 40],
    });
    const drawn = series.renderItem(undefined, api(5)) as {
      children: {
        type: string;
        shape?: { x: number; width: number };
        style: { x?: number; text?: string; fill?: string; stroke?: string };
      }[];
    };
    const [rect, text, diamond] = drawn.children;
    expect(rect?.shape).toMatchObject({ x: 300 - 154, width: 142 });
    expect(rect?.style.stroke).toBe(BRIDGE_COLORS.up);
    expect(diamond?.type).toBe('polygon');
    // The diamond stands at 83 mnkr (466 px), its half-height 12,4 px; the number follows it.
    expect(text?.style.text).toBe(`${MINUS}6 (+71)`);
    expect(text?.style.x).toBeCloseTo(466 + 12.4 + 8, 6);
    const total = series.renderItem(undefined, api(0)) as typeof drawn;
    expect(total.children).toHaveLength(2);
    expect(total.children[0]?.style.fill).toBe(BRIDGE_COLORS.total);
  });

  it('escapes a scenario name in the tooltip', () => {
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ dataIndex: 5 })).toContain('Förslag &#60;V&#62;');
  });
});
