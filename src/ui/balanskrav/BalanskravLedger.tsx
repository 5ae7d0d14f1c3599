import { formatRowValue } from '../../format/formatValue';
import type { BalanskravYear } from '../../model/balanskravStatus';
import type { RowSpec } from '../../model/rowSpec';
import { useScenario } from '../../scenarios/useScenario';
import { YearHead } from './YearHead';

/** How a year's återställande reads in one line: the law's flags, or that nothing is left. */
const flagsOf = (year: BalanskravYear): string[] => {
  const flags = [
    ...(year.atgardsplanKravs ? ['Åtgärdsplan krävs'] : []),
    ...(year.aterstallsInteITid ? ['Återställs inte i tid'] : []),
  ];
  return flags.length > 0 ? flags : ['Inget kvar'];
};

type Line = { readonly label: string; readonly rowId: string; readonly value: (y: BalanskravYear) => number };

const LINES: readonly Line[] = [
  {
    label: 'Balanskravsresultat',
    rowId: 'balanskravsresultat',
    value: (y) => y.balanskravsresultat.toNumber(),
  },
  { label: 'Återställt i år', rowId: 'kvar_att_aterstalla', value: (y) => y.restoredThisYear.toNumber() },
  { label: 'Kvar att återställa', rowId: 'kvar_att_aterstalla', value: (y) => y.left.toNumber() },
];

const MNKR: Pick<RowSpec, 'unit' | 'decimals'> = { unit: 'mnkr' };

/**
 * Each deficit once, as the last year of the ledger that carries it tells it (restored, due, or not restored
 * in time): the ledger repeats every waiting deficit in every year, which reads as noise in a list.
 */
const latestStories = (years: readonly BalanskravYear[]) => {
  const latest = new Map<number, string>();
  for (const year of years) for (const deficit of year.deficits) latest.set(deficit.year, deficit.text);
  return [...latest.entries()]
    .sort(([a], [b]) => a - b)
    .map(([deficitYear, text]) => ({ deficitYear, text }));
};

/**
 * The återställande ledger per year (kommunallagen 11 kap. 12 §): the balanskravsresultat, what it restored,
 * what is left and the year's flags, with the earlier published years marked as the grid marks them. With
 * `notes`, each deficit in words below the table, as the ledger leaves it.
 */
export const BalanskravLedger = ({
  years,
  notes = true,
}: {
  years: readonly BalanskravYear[];
  notes?: boolean;
}) => {
  const rows = useScenario((state) => state.workbook.rows);
  const layout = useScenario((state) => state.workbook.layout);
  const stories = notes ? latestStories(years) : [];
  return (
    <>
      <table className="balanskrav-table ledger">
        <YearHead years={years.map((year) => year.year)} />
        <tbody>
          {LINES.map((line) => (
            <tr key={line.label}>
              <th scope="row">{line.label}</th>
              {years.map((year) => (
                <td key={year.year} className={layout.kindOf(year.year)} data-year={year.year}>
                  {formatRowValue(line.value(year), rows.byId.get(line.rowId) ?? MNKR)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="ledger-status">
            <th scope="row">Status</th>
            {years.map((year) => (
              <td
                key={year.year}
                className={`${layout.kindOf(year.year)}${year.atgardsplanKravs ? ' flagged' : ''}`}
                data-year={year.year}
              >
                {flagsOf(year).map((flag) => (
                  <span key={flag} className="ledger-flag">
                    {flag}
                  </span>
                ))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {stories.length > 0 ? (
        <ul className="ledger-notes" aria-label="Underskotten">
          {stories.map((story) => (
            <li key={story.deficitYear} data-deficit={story.deficitYear}>
              {story.text}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
};
