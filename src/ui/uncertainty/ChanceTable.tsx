import { Fragment } from 'react';
import { percentText } from '../../format/chanceText';
import { goalDefinitions, type GoalDefinition } from '../../model/goals';
import type { Probability } from '../../model/uncertainty/summary';
import type { Year } from '../../model/years';
import type { SimulatedPair } from '../../scenarios/useSimulation';
import { YearHead } from '../balanskrav/YearHead';
import { useScenario } from '../../scenarios/useScenario';

type Line = {
  readonly key: string;
  readonly label: string;
  readonly requirement?: string;
  /** A goal judged over a period: its one chance spans the period's years. */
  readonly period?: readonly Year[];
  readonly plan?: ReadonlyMap<Year, Probability>;
  readonly scenario: ReadonlyMap<Year, Probability>;
};

const byYear = (entries: readonly { year: Year; chance: Probability }[]) =>
  new Map(entries.map((entry) => [entry.year, entry.chance]));

/** The law's balanskrav first; a goal that is the balanskrav itself would only repeat that line. */
const linesOf = (pair: SimulatedPair, definitions: readonly GoalDefinition[]): Line[] => [
  {
    key: 'balanskrav',
    label: 'Balanskravet klaras',
    plan: new Map(pair.plan.years.map((y) => [y.year, y.balanskrav])),
    scenario: new Map(pair.scenario.years.map((y) => [y.year, y.balanskrav])),
  },
  ...pair.scenario.goals.flatMap((goal) => {
    const definition = definitions.find((d) => d.id === goal.goalId);
    if (definition?.kind === 'balanskrav') return [];
    const planGoal = pair.plan.goals.find((g) => g.goalId === goal.goalId);
    return {
      key: `mal-${goal.goalId}`,
      label: `Målet nås: ${goal.label}`,
      ...(definition ? { requirement: definition.requirement } : {}),
      ...(definition?.period ? { period: definition.period } : {}),
      scenario: byYear(goal.years),
      ...(planGoal ? { plan: byYear(planGoal.years) } : {}),
    };
  }),
];

const Cells = ({
  years,
  values,
  period,
}: {
  years: readonly Year[];
  values?: ReadonlyMap<Year, Probability>;
  period?: readonly Year[];
}) => {
  const spanned = period ? years.filter((year) => period.includes(year)) : [];
  return years.flatMap((year) => {
    if (!spanned.includes(year)) {
      const chance = values?.get(year);
      return [
        <td key={year} data-year={year}>
          {chance ? percentText(chance.p) : '–'}
        </td>,
      ];
    }
    if (year !== spanned[0]) return [];
    // One chance for the whole period, whichever of its years the summary files it under.
    const chance = spanned.map((y) => values?.get(y)).find((found) => found !== undefined);
    const first = spanned[0] ?? year;
    const last = spanned.at(-1) ?? year;
    return [
      <td key={year} colSpan={spanned.length} className="sim-period" data-period={`${first}–${last}`}>
        {chance ? percentText(chance.p) : '–'}
        <span className="sim-period-label"> för genomsnittet {`${first}–${last}`}</span>
      </td>,
    ];
  });
};

/**
 * Per year: the chance that the balanskrav holds and that each goal is met, with the plan and with the
 * scenario, and the chance that the scenario gives the better balanskravsresultat.
 */
export const ChanceTable = ({ pair }: { pair: SimulatedPair }) => {
  const definitions = useScenario((state) => goalDefinitions(state.plan));
  const years = pair.scenario.years.map((y) => y.year);
  return (
    <table className="sim-table" data-testid="sim-table">
      <caption>Sannolikhet per år, med planen och med scenariot</caption>
      <YearHead years={years} corner="Vad" />
      <tbody>
        {linesOf(pair, definitions).map((line) => (
          <Fragment key={line.key}>
            <tr className="sim-group" data-line={line.key}>
              <th scope="colgroup" colSpan={years.length + 1}>
                {line.label}
                {line.requirement ? <span className="sim-requirement"> ({line.requirement})</span> : null}
              </th>
            </tr>
            <tr data-line={line.key} data-who="plan">
              <th scope="row">med planen</th>
              <Cells
                years={years}
                {...(line.plan ? { values: line.plan } : {})}
                {...(line.period ? { period: line.period } : {})}
              />
            </tr>
            <tr data-line={line.key} data-who="scenario">
              <th scope="row">med scenariot</th>
              <Cells years={years} values={line.scenario} {...(line.period ? { period: line.period } : {})} />
            </tr>
          </Fragment>
        ))}
        <tr className="sim-group">
          <th scope="colgroup" colSpan={years.length + 1}>
            Scenariot ger bättre balanskravsresultat än planen
          </th>
        </tr>
        <tr data-line="battre" data-who="scenario">
          <th scope="row">på samma utfall</th>
          <Cells years={years} values={byYear(pair.scenarioBetter)} />
        </tr>
      </tbody>
    </table>
  );
};
