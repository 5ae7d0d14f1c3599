import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { implausibleLine } from '../../format/describeValue';
import type { Command } from '../../scenarios/commands';
import { defaultDriversFor, projectorDriversFor, shownDriverRange } from '../../scenarios/projectorDrivers';
import { selectGoals, selectPlanGoals } from '../../scenarios/selectors';
import { useScenario, useScenarioStore } from '../../scenarios/useScenario';
import { QuestionBox } from '../QuestionBox';
import { StepValuesCompact } from '../StepValues';
import { DriverControl } from './DriverControl';
import { ProjectorBalanskrav } from './ProjectorBalanskrav';
import { ProjectorGoals } from './ProjectorGoals';
import './projector.css';

/**
 * The workshop screen: the four goals across the whole width (six years of figures need it at 1280 px),
 * below them a few drivers as large controls and one chart, in type a room can read (at least 24 px at
 * 1280×720). Everything is a button; nothing needs hover; nothing scrolls sideways.
 */
export const ProjectorView = ({
  chart,
  compare,
  onCompare,
  onLeave,
}: {
  chart: (compare: boolean) => ReactNode;
  compare: boolean;
  onCompare: (compare: boolean) => void;
  onLeave: () => void;
}) => {
  const name = useScenario((state) => state.document.name);
  const goals = useScenario(selectGoals);
  const planGoals = useScenario(selectPlanGoals);
  const years = useScenario((state) => state.workbook.layout.years);
  const budgetYears = useScenario((state) => state.workbook.layout.budgetYears);
  const plan = useScenario((state) => state.plan);
  const rows = useScenario((state) => state.workbook.rows);
  const drivers = useMemo(() => projectorDriversFor(plan, (id) => rows.byId.has(id)), [plan, rows]);
  const [chosen, setChosen] = useState<readonly string[]>(() => defaultDriversFor(drivers));
  const range = shownDriverRange(drivers);
  const [choosing, setChoosing] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const [question, setQuestion] = useState<{ lines: string[]; command: Command } | undefined>();
  const store = useScenarioStore();
  const answer = (take: boolean) => {
    if (take && question) store.dispatch(question.command);
    setQuestion(undefined);
  };

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(undefined), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  const toggle = (id: string) =>
    setChosen((current) => {
      if (current.includes(id)) return current.length > range.min ? current.filter((d) => d !== id) : current;
      return current.length < range.max ? [...current, id] : current;
    });

  return (
    <div className="projector">
      <header className="projector-bar">
        <h1>{name}</h1>
        <button type="button" aria-pressed={compare} onClick={() => onCompare(!compare)}>
          {compare ? '✓ ' : ''}Jämför med planen
        </button>
        <button type="button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          Välj drivare
        </button>
        <button type="button" className="leave" onClick={onLeave}>
          Lämna projektorläget
        </button>
      </header>
      {choosing ? (
        <fieldset className="projector-choice">
          <legend>Visa {range.min === range.max ? range.max : `${range.min}–${range.max}`} drivare</legend>
          {drivers.map((driver) => (
            <label key={driver.id}>
              <input
                type="checkbox"
                checked={chosen.includes(driver.id)}
                onChange={() => toggle(driver.id)}
              />
              {driver.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {message ? (
        <p className="projector-message" role="alert">
          {message}
        </p>
      ) : null}
      <ProjectorGoals
        goals={goals}
        planGoals={planGoals}
        years={years}
        budgetYears={budgetYears}
        compare={compare}
      />
      {question ? (
        <QuestionBox
          className="projector-question"
          question={question.lines.map((line) => `${line} – stämmer det?`)}
          reason={undefined}
          choices={[
            { label: 'Ja, ta steget', onChoose: () => answer(true) },
            { label: 'Avbryt', onChoose: () => answer(false) },
          ]}
          focusFirst
          onDismiss={() => answer(false)}
        />
      ) : null}
      <div className="projector-body">
        <div className="projector-drivers">
          {/* Above the drivers, not the chart: the drivers' column scrolls, the chart keeps its height. */}
          <ProjectorBalanskrav />
          {drivers
            .filter((driver) => chosen.includes(driver.id))
            .map((driver) => (
              <DriverControl
                key={driver.id}
                driver={driver}
                onRefused={setMessage}
                onAsk={(ask, command) => setQuestion({ lines: ask.map(implausibleLine), command })}
              />
            ))}
          <StepValuesCompact />
        </div>
        <div className="projector-chart">{chart(compare)}</div>
      </div>
    </div>
  );
};
