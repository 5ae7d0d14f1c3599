import { formatNumber, formatSigned } from '../../format/formatNumber';
import type { Waterfall } from '../../scenarios/waterfall';

const NBSP = '\u00a0';
const KIND: Readonly<Record<number, string>> = { [-1]: 'down', 1: 'up' };
const SYMBOL: Readonly<Record<number, string>> = { [-1]: '▼', 1: '▲' };
/** The sign as shown: a part that rounds to 0,0 gets no arrow. */
const signOf = (value: number) => (Math.abs(value) < 0.05 ? 0 : Math.sign(value));

/** Left edge and width of a bar from `a` to `b` on the waterfall's scale, in percent of the track. */
const span = (waterfall: Waterfall, a: number, b: number) => {
  const range = waterfall.high - waterfall.low || 1;
  return {
    left: `${((Math.min(a, b) - waterfall.low) / range) * 100}%`,
    width: `max(3px, ${(Math.abs(b - a) / range) * 100}%)`,
  };
};

type BarProps = { waterfall: Waterfall; label: string; from: number; to: number; kind: string; text: string };

const Bar = ({ waterfall, label, from, to, kind, text }: BarProps) => (
  <li className={`wf-row wf-${kind}`}>
    <span className="wf-label">{label}</span>
    <span className="wf-track" aria-hidden="true">
      <span className="wf-axis" style={{ left: span(waterfall, 0, 0).left }} />
      <span className="wf-bar" style={span(waterfall, from, to)} />
    </span>
    <span className="wf-value">{text}</span>
  </li>
);

/**
 * A waterfall as CSS bars: the base's figure, each change with its sign (▲/▼ and +/− as well as colour and a
 * hatched fill for decreases), and the scenario's figure. The table beside it carries the same numbers.
 */
export const WaterfallChart = ({
  waterfall,
  title,
  baseName,
  targetName,
}: {
  waterfall: Waterfall;
  title: string;
  baseName: string;
  targetName: string;
}) => (
  <figure className="waterfall" data-testid="waterfall">
    <figcaption>{title}</figcaption>
    <ol className="wf-list">
      <Bar
        waterfall={waterfall}
        label={baseName}
        from={0}
        to={waterfall.start}
        kind="total"
        text={`${formatNumber(waterfall.start, 1)}${NBSP}mnkr`}
      />
      {waterfall.steps.map((step) => (
        <Bar
          key={step.key}
          waterfall={waterfall}
          label={step.label}
          from={step.from}
          to={step.to}
          kind={KIND[signOf(step.value)] ?? 'zero'}
          text={`${SYMBOL[signOf(step.value)] ?? ''} ${formatSigned(step.value, 1)}`.trim()}
        />
      ))}
      <Bar
        waterfall={waterfall}
        label={targetName}
        from={0}
        to={waterfall.end}
        kind="total"
        text={`${formatNumber(waterfall.end, 1)}${NBSP}mnkr`}
      />
    </ol>
    <p className="wf-sum">
      Skillnad: <strong>{formatSigned(waterfall.total, 1)}</strong>
      {NBSP}mnkr, lika med summan av delarna.
    </p>
  </figure>
);
