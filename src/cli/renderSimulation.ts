import { inWords, percentText } from '../format/chanceText';
import { formatNumber } from '../format/formatNumber';
import type { Plan } from '../model/planSchema';
import { DEFAULT_UNCERTAINTY } from '../model/uncertainty/parameters';
import type { Probability, ScenarioChances, SimulationSummary, Spread } from '../model/uncertainty/summary';

const LABEL_WIDTH = 52;
const COLUMN_WIDTH = 9;
const pad = (text: string, width: number) =>
  text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

const line = (label: string, cells: readonly string[]) =>
  `${pad(label, LABEL_WIDTH)}${cells.map((cell) => cell.padStart(COLUMN_WIDTH)).join('')}`;

const chances = (label: string, values: readonly Probability[]) =>
  line(
    label,
    values.map((v) => percentText(v.p)),
  );
const spread = (label: string, values: readonly Spread[], decimals: number) => [
  line(
    `${label}, median`,
    values.map((v) => formatNumber(v.p50, decimals)),
  ),
  line(
    '  5 % av utfallen under',
    values.map((v) => formatNumber(v.p5, decimals)),
  ),
  line(
    '  5 % av utfallen över',
    values.map((v) => formatNumber(v.p95, decimals)),
  ),
];

const scenarioLines = (name: string, chancesOf: ScenarioChances, decimals: number): string[] => {
  const years = chancesOf.years.map((y) => y.year);
  return [
    chances(
      `Balanskravsresultat minst 0, ${name}`,
      chancesOf.years.map((y) => y.balanskrav),
    ),
    ...spread(
      `Balanskravsresultat (mnkr), ${name}`,
      chancesOf.years.map((y) => y.balanskravsresultat),
      decimals,
    ),
    ...spread(
      `Årets resultat (mnkr), ${name}`,
      chancesOf.years.map((y) => y.aretsResultat),
      decimals,
    ),
    // A goal judged in some years only (the balance years, a period) leaves the other columns empty.
    ...chancesOf.goals.map((goal) =>
      line(
        `Målet ${goal.label.toLowerCase()} nås, ${name}`,
        years.map((year) => {
          const judged = goal.years.find((y) => y.year === year);
          return judged ? percentText(judged.chance.p) : '';
        }),
      ),
    ),
  ];
};

/**
 * The simulation as a terminal report, sv-SE: per year the chance that the balanskrav holds and each goal is
 * met, the spread of balanskravsresultat and årets resultat, the comparison and the assumptions with sources.
 */
export const renderSimulation = (
  plan: Plan,
  summary: SimulationSummary,
  scenarioName: string | null,
): string => {
  const [planChances, scenarioChances] = summary.scenarios;
  if (!planChances) return '';
  const years = planChances.years.map((y) => String(y.year));
  const lastBudget = plan.years.budget.at(-1);
  const headline = (chancesOf: ScenarioChances | undefined, name: string) => {
    const year = chancesOf?.years.find((y) => y.year === lastBudget);
    return year
      ? `Sannolikheten att balanskravet klaras ${year.year} är ${percentText(year.balanskrav.p)} ${name}: ${inWords(year.balanskrav.p)}.`
      : '';
  };
  const worst = Math.max(...summary.scenarios.flatMap((s) => s.years.map((y) => y.balanskrav.standardError)));
  const lines = [
    `${plan.organisation.name}: ${plan.name}`,
    `Osäkerhet: ${formatNumber(summary.draws, 0)} dragningar med startvärde ${summary.seed} (samma startvärde ger samma siffror).`,
    headline(planChances, 'med planen'),
    ...(scenarioChances ? [headline(scenarioChances, `med scenariot ${scenarioName ?? ''}`.trim())] : []),
    '',
    line('', years),
    ...scenarioLines('planen', planChances, 0),
    ...(scenarioChances ? scenarioLines('scenariot', scenarioChances, 0) : []),
    ...(summary.secondBetter
      ? [
          chances(
            'Scenariot ger bättre balanskravsresultat',
            summary.secondBetter.map((y) => y.chance),
          ),
        ]
      : []),
    '',
    `Felmarginal (ett medelfel): högst ±${formatNumber(worst * 100, 1)} procentenheter.`,
    '',
    'Antaganden om osäkerhet (standardavvikelse per år framåt från planens beslutsår):',
    ...DEFAULT_UNCERTAINTY.map(
      (d) =>
        `  ${d.label}: ${d.sd.map((sd) => formatNumber(sd, 2)).join(' / ')} (${d.basis === 'publicerat' ? 'publicerat' : 'bedömning'}). ${d.source}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
};
