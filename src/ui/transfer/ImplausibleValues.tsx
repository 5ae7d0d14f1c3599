import { implausibleLine } from '../../format/describeValue';
import { implausibleValues } from '../../model/plausibility';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import type { ScenarioState } from '../../scenarios/scenarioStore';

const SHOWN = 8;

/** The lines to ask about for scenarios read from a file or a link: each value outside its plausible range. */
export const implausibleLinesOf = (
  state: Pick<ScenarioState, 'workbook'>,
  documents: readonly ScenarioDocument[],
): string[] => {
  const { rows, layout } = state.workbook;
  return documents.flatMap((document) =>
    implausibleValues(rows, layout.years, layout.budgetYears, document.changes).map((item) => {
      const line = implausibleLine(item);
      return documents.length > 1 ? `${document.name}: ${line}` : line;
    }),
  );
};

/** Values far from the plan in what is about to be taken in, named one by one (the first few). */
export const ImplausibleValues = ({ lines }: { lines: readonly string[] }) =>
  lines.length === 0 ? null : (
    <div className="implausible-values">
      <p>
        <strong>Kontrollera värdena.</strong>{' '}
        {lines.length === 1 ? 'Ett värde skiljer' : `${lines.length} värden skiljer`} sig mycket från planen:
      </p>
      <ul>
        {lines.slice(0, SHOWN).map((line) => (
          <li key={line}>{line}</li>
        ))}
        {lines.length > SHOWN ? <li>och {lines.length - SHOWN} till</li> : null}
      </ul>
    </div>
  );
