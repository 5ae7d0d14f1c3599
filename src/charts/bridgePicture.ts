import { formatNumber, formatSigned } from '../format/formatNumber';
import { roundBridgeRow, type BridgeRow } from '../model/revisions/bridge';
import type { BridgeCause } from '../model/revisions/bridgeCauses';
import { roundStepRow, type ScenarioStep } from '../model/revisions/scenarioStep';

/** One bar of the bridge picture: a plan's figure (from zero), a cause's step, or where a scenario lands. */
export type BridgeBar = {
  readonly label: string;
  readonly kind: 'total' | 'up' | 'down' | 'scenario';
  readonly low: number;
  readonly high: number;
  /** The number written at the bar: a level, or a step signed. */
  readonly text: string;
  /** For a scenario: its figure on the old plan (a marker). */
  readonly onOld?: number;
  /** For a scenario: whether it lands above or below the new plan. */
  readonly direction?: 'up' | 'down';
};

export type BridgePicture = {
  readonly title: string;
  readonly unit: 'mnkr' | 'procent';
  readonly decimals: number;
  readonly bars: readonly BridgeBar[];
};

const UNIT_TEXT = { mnkr: 'mnkr', procent: '%' } as const;

export const unitText = (unit: BridgePicture['unit']): string => UNIT_TEXT[unit];

const stepBar = (label: string, start: number, step: number, decimals: number): BridgeBar => ({
  label,
  kind: step < 0 ? 'down' : 'up',
  low: Math.min(start, start + step),
  high: Math.max(start, start + step),
  text: formatSigned(step, decimals),
});

/**
 * The bridge of one figure in one year as bars, in the rounded figures the table shows (so every step adds
 * up on screen): the old plan, each cause (and "Övrigt" for the rest), the new plan, then each scenario
 * from the new plan to where it lands on it, with where it stood on the old plan.
 *
 * @example
 *   bridgePicture(row, causes, steps.map((s) => ({ step: s, row: s.rows[k] })), 'Beslutet', 'Prognosen');
 */
export const bridgePicture = (
  row: BridgeRow,
  causes: readonly BridgeCause[],
  scenarios: readonly { readonly step: ScenarioStep; readonly k: number }[],
  fromLabel: string,
  toLabel: string,
): BridgePicture => {
  const { decimals, unit } = row.figure;
  const shown = roundBridgeRow(row, decimals);
  const total = (label: string, value: number): BridgeBar => ({
    label,
    kind: 'total',
    low: Math.min(0, value),
    high: Math.max(0, value),
    text: formatNumber(value, decimals),
  });
  const bars: BridgeBar[] = [];
  if (shown.old !== undefined) {
    bars.push(total(fromLabel, shown.old));
    let level = shown.old;
    shown.parts.forEach((part, i) => {
      bars.push(stepBar(causes[i]?.label ?? '', level, part, decimals));
      level += part;
    });
    if (shown.rest !== 0) bars.push(stepBar('Övrigt', level, shown.rest, decimals));
  }
  bars.push(total(toLabel, shown.new));
  scenarios.forEach(({ step, k }) => {
    const stepRow = step.rows[k];
    if (!stepRow) return;
    const landed = roundStepRow(stepRow, decimals);
    if (landed.onNew === undefined) return;
    bars.push({
      label: step.name,
      kind: 'scenario',
      low: Math.min(landed.from, landed.onNew),
      high: Math.max(landed.from, landed.onNew),
      text: `${formatNumber(landed.onNew, decimals)} (${formatSigned(landed.onNew - landed.from, decimals)})`,
      ...(landed.onOld === undefined ? {} : { onOld: landed.onOld }),
      direction: landed.onNew < landed.from ? 'down' : 'up',
    });
  });
  return { title: `${row.figure.label} ${row.figure.year}, ${UNIT_TEXT[unit]}`, unit, decimals, bars };
};
