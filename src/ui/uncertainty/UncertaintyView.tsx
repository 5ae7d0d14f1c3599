import { useMemo } from 'react';
import type { FanData } from '../../charts/fanChartOptions';
import { LazyFanChart } from '../../charts/LazyChart';
import { headlineText } from '../../format/uncertaintyText';
import type { Probability } from '../../model/uncertainty/summary';
import { simulatedPair, type SimulatedPair } from '../../scenarios/useSimulation';
import { useScenario } from '../../scenarios/useScenario';
import { ChanceTable } from './ChanceTable';
import { SensitivityTable } from './SensitivityTable';
import { SimulationControls } from './SimulationControls';
import { TwoWayTable } from './TwoWayTable';
import { useSimulationRun } from './SimulationContext';
import { UncertaintyAssumptions } from './UncertaintyAssumptions';
import '../analysis/analysis.css';
import './uncertainty.css';

/** Every probability the view shows: the largest sampling error among them is the view's margin. */
const chancesOf = (pair: SimulatedPair): Probability[] => [
  ...[pair.plan, pair.scenario].flatMap((chances) => [
    ...chances.years.map((year) => year.balanskrav),
    ...chances.goals.flatMap((goal) => goal.years.map((year) => year.chance)),
  ]),
  ...pair.scenarioBetter.map((year) => year.chance),
];

/** The headline for the plan's last budget year. */
export const SimulationHeadline = ({ pair }: { pair: SimulatedPair }) => {
  const lastBudgetYear = useScenario((state) => state.workbook.layout.budgetYears.at(-1));
  const plan = pair.plan.years.find((y) => y.year === lastBudgetYear);
  const scenario = pair.scenario.years.find((y) => y.year === lastBudgetYear);
  if (!plan || !scenario || lastBudgetYear === undefined) return null;
  return (
    <p className="sim-headline" data-testid="sim-headline">
      {headlineText(lastBudgetYear, plan.balanskrav.p, scenario.balanskrav.p)}
    </p>
  );
};

const Fans = ({ pair }: { pair: SimulatedPair }) => {
  const rows = useScenario((state) => state.workbook.rows);
  const fans = useMemo((): FanData[] => {
    const years = pair.scenario.years.map((y) => y.year);
    return [
      {
        title: `${rows.byId.get('balanskravsresultat')?.label ?? 'Balanskravsresultat'} med scenariot`,
        years,
        spreads: pair.scenario.years.map((y) => y.balanskravsresultat),
        zeroLabel: 'Balanskravet: 0 mnkr',
      },
      {
        title: `${rows.byId.get('arets_resultat')?.label ?? 'Årets resultat'} med scenariot`,
        years,
        spreads: pair.scenario.years.map((y) => y.aretsResultat),
        zeroLabel: '0 mnkr',
      },
    ];
  }, [pair, rows]);
  return (
    <div className="sim-fans">
      {fans.map((fan) => (
        <LazyFanChart key={fan.title} fan={fan} />
      ))}
    </div>
  );
};

/**
 * "Hur säkert?": how likely the plan and the open scenario are to meet the balanskrav and each goal when
 * the forecasts miss as much as they usually do. The simulation runs in a worker; this view only shows it.
 */
export const UncertaintyView = () => {
  const { state, stale, assumptionsChanged } = useSimulationRun();
  const pair = useMemo(() => (state.status === 'done' ? simulatedPair(state.summary) : undefined), [state]);
  const chances = useMemo(() => (pair ? chancesOf(pair) : []), [pair]);
  return (
    <section className="analysis uncertainty" aria-labelledby="osakerhet-rubrik">
      <h2 id="osakerhet-rubrik">Hur säkert?</h2>
      <p className="analysis-intro">
        Skatteunderlaget, prisindex, befolkningen och pensionsportföljens avkastning blir sällan som i
        prognosen. Här dras de tusentals gånger lika mycket fel som prognoserna brukar slå fel, och för varje
        utfall räknas budgeten om, med planen som den beslutades och med scenariot.
      </p>
      <SimulationControls />
      {pair ? (
        <div className={stale || assumptionsChanged ? 'sim-result sim-result-stale' : 'sim-result'}>
          <SimulationHeadline pair={pair} />
          {state.status === 'done' && state.model ? (
            <p className="sim-edited-note" data-testid="sim-edited">
              Räknat med egna antaganden om osäkerheten (egen bedömning i stället för källornas värden, se
              Antaganden om osäkerhet nedan).
            </p>
          ) : null}
          <ChanceTable pair={pair} />
          <Fans pair={pair} />
        </div>
      ) : null}
      <SensitivityTable />
      <TwoWayTable />
      <UncertaintyAssumptions {...(pair ? { draws: pair.draws } : {})} chances={chances} />
    </section>
  );
};
