import type { ReactNode } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { formatRowValue } from '../../format/formatValue';
import { cellAt } from '../../model/results';
import { selectGoals, selectInputChanges } from '../../scenarios/selectors';
import { useScenario } from '../../scenarios/useScenario';
import { amountRuns } from './amountRuns';
import { BalanskravSummary } from './BalanskravSummary';
import { usePrinting } from './usePrinting';
import './summary.css';
import type { RowId } from '../../model/rowId';

const KEY_ROWS = [
  'skatteintakter',
  'generella_statsbidrag',
  'verksamhetens_nettokostnad',
  'verksamhetens_resultat',
  'arets_resultat',
  'balanskravsresultat',
  'likvida_medel_slut',
] as const satisfies readonly RowId[];

/**
 * The one-page summary for fullmäktige: the scenario's changes with their notes, the goals per year, the key
 * rows against the plan and a chart. Shown only when printing (print stylesheet); its text is rendered only
 * then, so an edit on screen does not pay for it. The chart stays mounted so its code is loaded in time.
 */
export const PrintSummary = ({ chart }: { chart: ReactNode }) => {
  const printing = usePrinting();
  return (
    <article className="print-summary" aria-label="Sammanfattning för utskrift">
      {printing ? <SummaryText printedAt={new Date()} /> : null}
      <section className="print-chart">{chart}</section>
    </article>
  );
};

/** The summary's text, for the open scenario; a goal the plan has no figures for says so. */
export const SummaryText = ({ printedAt }: { printedAt: Date }) => {
  const plan = useScenario((state) => state.plan);
  const document = useScenario((state) => state.document);
  const years = useScenario((state) => state.workbook.layout.years);
  const rows = useScenario((state) => state.workbook.rows);
  const results = useScenario((state) => state.results);
  const planResults = useScenario((state) => state.planResults);
  const inputChanges = useScenario(selectInputChanges);
  const goals = useScenario(selectGoals);
  const frames = document.changes.frameChanges;
  return (
    <>
      <header>
        <h1>{document.name}</h1>
        <p>
          {plan.organisation.name}, {plan.name}. Utskrift {printedAt.toLocaleDateString('sv-SE')}. Belopp i
          mnkr.
        </p>
      </header>
      <section>
        <h2>Ändringar mot planen</h2>
        {inputChanges.length === 0 && frames.length === 0 ? (
          <p>Inga ändringar: scenariot är lika med planen.</p>
        ) : null}
        <ul>
          {inputChanges.map((change) => (
            <li key={change.id}>
              <strong>{change.label}:</strong>{' '}
              {change.years
                .map(
                  (y) =>
                    `${y.year} ${formatRowValue(y.plan, change.row)} → ${formatRowValue(y.scenario, change.row)}`,
                )
                .join('; ')}
              {change.note ? <em> – {change.note}</em> : null}
            </li>
          ))}
          {frames.map((frame) => (
            <li key={frame.id}>
              <strong>
                {frame.name} ({frame.namnd}, {frame.kind === 'kostnad' ? 'kostnad' : 'intäkt'}
                {frame.active ? '' : ', avstängd'}):
              </strong>{' '}
              {amountRuns(frame.amounts, years)}
              {frame.note ? <em> – {frame.note}</em> : null}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>Mål och nyckelrader</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Rad</span>
              </th>
              {years.map((year) => (
                <th key={year} scope="col">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {goals.map((goal) => (
              <tr key={goal.id} className="goal-row">
                <th scope="row">
                  {goal.label} ({goal.valueUnit === 'mnkr' ? 'mnkr' : '%'})
                </th>
                {goal.missing ? <td colSpan={years.length}>{goal.missing}</td> : null}
                {years.map((year) => {
                  if (goal.missing) return null;
                  const status = goal.years.find((y) => y.year === year);
                  return (
                    <td key={year}>
                      {status?.met === undefined
                        ? ''
                        : `${status.met ? '✓' : '✗'} ${status.value === undefined ? '' : formatNumber(status.value, goal.valueDecimals)}`}
                    </td>
                  );
                })}
              </tr>
            ))}
            {KEY_ROWS.map((id) => {
              const row = rows.byId.get(id);
              if (!row) return null;
              return (
                <tr key={id}>
                  <th scope="row">{row.label}</th>
                  {years.map((year) => (
                    <td key={year}>
                      {formatRowValue(cellAt(results, id, year), row)}
                      <span className="plan">{formatRowValue(cellAt(planResults, id, year), row)}</span>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="legend">Under varje belopp: planens värde. ✓ uppfyllt, ✗ ej uppfyllt.</p>
      </section>
      <BalanskravSummary />
    </>
  );
};
