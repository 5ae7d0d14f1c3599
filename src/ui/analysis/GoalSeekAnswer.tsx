import { formatNumber } from '../../format/formatNumber';
import type { GoalStatus } from '../../model/goals';
import type { GoalSeekResult } from '../../scenarios/analysis';
import { useScenario } from '../../scenarios/useScenario';
import { answerText, scopeText } from './goalSeekText';
import { YearHeaderCells } from '../YearHeaderCells';

const verdict = (met: boolean | undefined) =>
  met === undefined ? '–' : met ? '✓ uppfyllt' : '✗ ej uppfyllt';

/** Before → after for each goal and judged year, in words and symbols, not colour alone. */
const GoalEffects = ({ before, after }: { before: readonly GoalStatus[]; after: readonly GoalStatus[] }) => {
  const years = before[0]?.years.map((y) => y.year) ?? [];
  return (
    <table className="seek-goals">
      <caption>Vad svaret gör med målen (före → efter)</caption>
      <thead>
        <tr>
          <th scope="col">Mål</th>
          <YearHeaderCells years={years} />
        </tr>
      </thead>
      <tbody>
        {before.map((goal, g) => (
          <tr key={goal.id}>
            <th scope="row">{goal.label}</th>
            {goal.years.map((year, i) => {
              const next = after[g]?.years[i]?.met;
              if (year.met === undefined) return <td key={year.year}>–</td>;
              const changed = next !== year.met;
              return (
                <td key={year.year} className={next ? 'met' : 'unmet'} data-changed={changed || undefined}>
                  {changed ? `${verdict(year.met)} → ${verdict(next)}` : verdict(next)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

type Props = {
  result: GoalSeekResult;
  stale: boolean;
  applied: boolean;
  onApply: () => void;
};

/** The answer, what it does to the goals, and "Tillämpa" (one command, so one undo takes it back). */
export const GoalSeekAnswer = ({ result, stale, applied, onApply }: Props) => {
  const rows = useScenario((state) => state.workbook.rows);
  const lastYear = useScenario((state) => state.workbook.layout.years.at(-1) ?? 0);
  const found = result.kind === 'found';
  return (
    <div className={`seek-answer ${result.kind}`}>
      <p className="seek-sentence">{answerText(result, rows)}</p>
      {found && result.command ? <p>{scopeText(result.instrument, lastYear, result.namnd)}</p> : null}
      {found && !result.monotone ? (
        <p className="seek-warning">
          Obs: målet ändras inte jämnt med parametern. Svaret är det närmaste värdet från scenariots nivå.
        </p>
      ) : null}
      {found && result.goalsAfter ? (
        <GoalEffects before={result.goalsBefore} after={result.goalsAfter} />
      ) : null}
      {found ? (
        <div className="seek-actions">
          <button
            type="button"
            className="primary"
            disabled={!result.command || stale || applied}
            onClick={onApply}
          >
            Tillämpa
          </button>
          <span aria-live="polite">
            {applied
              ? 'Tillämpat i scenariot. Ångra med Ctrl+Z.'
              : stale
                ? 'Scenariot har ändrats sedan beräkningen. Beräkna igen.'
                : result.command
                  ? 'Läggs in som en ändring; en ångra tar tillbaka den.'
                  : 'Ingen ändring behövs.'}
          </span>
        </div>
      ) : null}
      <p className="seek-meta">
        {result.evaluations} beräkningar av hela budgeten på {formatNumber(result.ms / 1000, 2)} s.
      </p>
    </div>
  );
};
