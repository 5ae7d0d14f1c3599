import type Decimal from 'decimal.js';
import type { BridgeFigure } from './bridgeCauses';
import { apportion, half } from './bridge';
import type { Rebased } from './rebase';

/** One change of the rebased scenario, as the last step's split names it: an input row or a frame change. */
export type StepPart = {
  readonly key: string;
  readonly kind: 'input' | 'frame';
  readonly id: string;
  readonly label: string;
};

/**
 * The scenario's last step in one figure: from the new plan (`from`) to the scenario on the new plan
 * (`onNew`), each change's Shapley part and what none reaches (`rest`: an error cell, float noise), and for
 * comparison the scenario on the old plan (`onOld`). `undefined` where a version has no number.
 */
export type StepRow = {
  readonly figure: BridgeFigure;
  readonly onOld: number | undefined;
  readonly from: number;
  readonly parts: readonly number[];
  readonly rest: number;
  readonly onNew: number | undefined;
};

/** A scenario through the bridge: its rebase, and per figure of the plan bridge its last step. */
export type ScenarioStep = {
  readonly id: string;
  readonly name: string;
  readonly rebased: Rebased;
  readonly parts: readonly StepPart[];
  /** `exact`: Shapley values over every change; `grouped`: over 12 groups (attribution.ts). */
  readonly method: 'exact' | 'grouped';
  readonly rows: readonly StepRow[];
};

export type RoundedStepRow = {
  readonly onOld: number | undefined;
  readonly from: number;
  readonly parts: readonly number[];
  readonly rest: number;
  readonly onNew: number | undefined;
};

/**
 * Rounds a step to `decimals` so that from + parts + rest = onNew exactly in the rounded figures, and `from`
 * rounds as the plan bridge's new plan does ({@link roundBridgeRow}), so the two pictures meet.
 *
 * @example
 *   roundStepRow({ from: 10.4, parts: [0.3, 0.3], rest: 0, onNew: 11, … }, 0); // { from: 10, parts: [1, 0], onNew: 11 }
 */
export const roundStepRow = (row: StepRow, decimals: number): RoundedStepRow => {
  const from = half(row.from, decimals);
  const onOld = row.onOld === undefined ? undefined : half(row.onOld, decimals).toNumber();
  if (row.onNew === undefined)
    return { onOld, from: from.toNumber(), parts: row.parts.map(() => 0), rest: 0, onNew: undefined };
  const onNew: Decimal = half(row.onNew, decimals);
  const shares = apportion([...row.parts, row.rest], onNew.minus(from), decimals).map((d) => d.toNumber());
  return {
    onOld,
    from: from.toNumber(),
    parts: shares.slice(0, -1),
    rest: shares.at(-1) ?? 0,
    onNew: onNew.toNumber(),
  };
};
