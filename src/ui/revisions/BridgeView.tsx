import { useMemo, useState } from 'react';
import { LazyBridgeChart } from '../../charts/LazyChart';
import { BRIDGE_COLORS } from '../../charts/bridgeChartOptions';
import { bridgePicture } from '../../charts/bridgePicture';
import { formatNumber } from '../../format/formatNumber';
import type { Plan } from '../../model/planSchema';
import type { ScenarioChanges } from '../../model/scenarioChanges';
import { usePlanBridge, type PlanBridgeState } from '../../scenarios/usePlanBridge';
import { BridgeTable } from './BridgeTable';
import { figureChoices, type FigureChoice } from './bridgeFigureChoice';
import { ScenarioStepDetails } from './ScenarioStepDetails';
import './bridge.css';

export type BridgeViewProps = {
  readonly from: Plan;
  readonly fromLabel: string;
  readonly to: Plan;
  readonly toLabel: string;
  readonly scenarios: readonly { id: string; name: string; changes: ScenarioChanges }[];
};

/**
 * "Vad gör den nya prognosen?" (issue 16): one picture from the old plan through each cause to the new
 * plan, and beside it where every scenario lands on the old plan and on the new; below, the figure for every
 * year and per scenario its last step, change by change, with what could not be moved. Computed off the
 * main thread; the view only renders.
 */
export const BridgeView = ({ from, fromLabel, to, toLabel, scenarios }: BridgeViewProps) => {
  const state = usePlanBridge(from, to, scenarios);
  return (
    <section className="bridge-view" aria-labelledby="brygga-rubrik">
      <h2 id="brygga-rubrik">
        Från {fromLabel} till {toLabel}
      </h2>
      {state.status === 'running' ? (
        <p className="bridge-status" role="status">
          Räknar bryggan … {formatNumber(state.share * 100, 0)} %
          <progress max={1} value={state.share} />
        </p>
      ) : state.status === 'error' ? (
        <p className="bridge-status" role="alert">
          Bryggan kunde inte visas. {state.message}
        </p>
      ) : (
        <BridgeContents bridges={state.bridges} fromLabel={fromLabel} toLabel={toLabel} />
      )}
    </section>
  );
};

type PlanBridges = Extract<PlanBridgeState, { status: 'done' }>['bridges'];

type ContentsProps = {
  readonly bridges: PlanBridges;
  readonly fromLabel: string;
  readonly toLabel: string;
};

const BridgeContents = ({ bridges, fromLabel, toLabel }: ContentsProps) => {
  const choices = useMemo(() => figureChoices(bridges.bridge), [bridges]);
  const [figureKey, setFigureKey] = useState<string>();
  const [year, setYear] = useState<number>();
  const figure: FigureChoice | undefined = choices.find((c) => c.key === figureKey) ?? choices[0];
  // The first year the old plan has a figure for: where the forecast's bridge has something to say.
  const chosen =
    figure?.rows.find((r) => r.year === year) ??
    figure?.rows.find((r) => r.row.old !== undefined) ??
    figure?.rows[0];
  const picture = useMemo(
    () =>
      chosen
        ? bridgePicture(
            chosen.row,
            bridges.bridge.causes,
            bridges.scenarios.map((step) => ({ step, k: chosen.k })),
            fromLabel,
            toLabel,
          )
        : undefined,
    [chosen, bridges, fromLabel, toLabel],
  );
  if (!figure || !chosen || !picture)
    return <p className="bridge-status">Planerna har inga gemensamma siffror att jämföra.</p>;
  return (
    <>
      <div className="bridge-choice">
        <label>
          Siffra{' '}
          <select value={figure.key} onChange={(e) => setFigureKey(e.target.value)}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          År{' '}
          <select value={chosen.year} onChange={(e) => setYear(Number(e.target.value))}>
            {figure.rows.map((r) => (
              <option key={r.year} value={r.year}>
                {r.year}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h3 className="bridge-title">{picture.title}</h3>
      <LazyBridgeChart picture={picture} />
      <BridgeKey scenarios={bridges.scenarios.length > 0} fromLabel={fromLabel} toLabel={toLabel} />
      <BridgeTable
        figure={figure}
        causes={bridges.bridge.causes}
        scenarios={bridges.scenarios}
        fromLabel={fromLabel}
        toLabel={toLabel}
      />
      {bridges.scenarios.map((step, index) => (
        <ScenarioStepDetails
          key={step.id}
          step={step}
          index={index}
          figure={figure}
          year={chosen.year}
          toLabel={toLabel}
        />
      ))}
    </>
  );
};

/** What the colours and the diamond mean, in words next to swatches (not colour alone). */
const BridgeKey = ({
  scenarios,
  fromLabel,
  toLabel,
}: {
  readonly scenarios: boolean;
  readonly fromLabel: string;
  readonly toLabel: string;
}) => (
  <ul className="bridge-key">
    <li>
      <span className="bridge-swatch" style={{ background: BRIDGE_COLORS.total }} /> planens siffra
    </li>
    <li>
      <span className="bridge-swatch" style={{ background: BRIDGE_COLORS.up }} /> höjer
    </li>
    <li>
      <span className="bridge-swatch" style={{ background: BRIDGE_COLORS.down }} /> sänker
    </li>
    {scenarios ? (
      <>
        <li>
          <span className="bridge-swatch bridge-swatch-light" /> förslaget: från {toLabel} till förslaget på
          den
        </li>
        <li>
          <span className="bridge-diamond" aria-hidden="true">
            ◇
          </span>{' '}
          förslaget på {fromLabel}
        </li>
      </>
    ) : null}
  </ul>
);
