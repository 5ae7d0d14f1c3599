import { formatNumber, formatSigned } from '../../format/formatNumber';
import type { Command } from '../../scenarios/commands';
import {
  driverValue,
  stepButtonLabel,
  stepDriver,
  stepGroupLabel,
  type ProjectorDriver,
  type StepQuestion,
} from '../../scenarios/projectorDrivers';
import { useScenario, useScenarioStore } from '../../scenarios/useScenario';

const UNIT: Record<ProjectorDriver['unit'], { decimals: number; suffix: string }> = {
  kr: { decimals: 2, suffix: 'kr' },
  invanare: { decimals: 0, suffix: '' },
  procent: { decimals: 1, suffix: '%' },
  mnkr: { decimals: 0, suffix: 'mnkr' },
};

/** A driver as a large control: its value, its change from the plan, and four step buttons. */
export const DriverControl = ({
  driver,
  onRefused,
  onAsk,
}: {
  driver: ProjectorDriver;
  onRefused: (message: string) => void;
  /** A step out of the plausible range: asked about before it is taken. */
  onAsk: (question: StepQuestion['ask'], command: Command) => void;
}) => {
  const store = useScenarioStore();
  const scenario = useScenario((state) => driverValue(state, driver).scenario);
  const plan = useScenario((state) => driverValue(state, driver).plan);
  const unit = UNIT[driver.unit];
  const change = scenario - plan;
  const changeText =
    driver.id === 'skattesats' ? `${formatSigned(change * 100, 0)} öre` : formatSigned(change, unit.decimals);
  const step = (delta: number) => {
    const result = stepDriver(store.getState(), driver, delta);
    if ('refused' in result) onRefused(result.refused);
    else if ('ask' in result) onAsk(result.ask, result.command);
    else store.dispatch(result);
  };
  const [small, large] = driver.steps;
  return (
    <section className="driver" aria-labelledby={`drivare-${driver.id}`}>
      <h2 id={`drivare-${driver.id}`}>
        {driver.label}
        <span className="driver-unit">, steg i {driver.stepUnit}</span>
      </h2>
      <p className="driver-change" aria-live="polite">
        {Math.abs(change) < 1e-9 ? 'som planen' : `${changeText} mot planen`}
      </p>
      <p className="driver-value">
        {formatNumber(scenario, unit.decimals)} {unit.suffix}
      </p>
      <div className="driver-steps" role="group" aria-label={stepGroupLabel(driver)}>
        {[-large, -small, small, large].map((delta) => (
          <button
            key={delta}
            type="button"
            aria-label={stepButtonLabel(driver, delta)}
            onClick={() => step(delta)}
          >
            {delta < 0 ? '−' : '+'}
            {driver.stepText(Math.abs(delta))}
          </button>
        ))}
      </div>
    </section>
  );
};
