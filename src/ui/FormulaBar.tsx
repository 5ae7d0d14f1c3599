import { memo, useMemo, useState } from 'react';
import { formatRowValue } from '../format/formatValue';
import { nameIndex, readableFormula } from '../model/formulaText';
import { cellAt } from '../model/results';
import { useDeferredScenario, useScenario, useScenarioStore } from '../scenarios/useScenario';
import type { CellSelection } from './grid/StatementGrid';

/**
 * The selected cell's formula in words (row names, Swedish function names), its value, definition and
 * source; every cell the formula uses is a button that goes there. Like the selection it is given (see
 * StatementView), its figures follow an edit right after the edit's own frame.
 */
export const FormulaBar = memo(function FormulaBar({
  selection,
  onNavigate,
  onNoteDone,
}: {
  selection: CellSelection | undefined;
  onNavigate: (rowId: string, year: number) => void;
  /** Enter or Esc in the note: back to the grid at the note's cell, one row down after Enter. */
  onNoteDone: (cell: CellSelection, moveDown: boolean) => void;
}) {
  const store = useScenarioStore();
  const workbook = useScenario((state) => state.workbook);
  const results = useDeferredScenario((state) => state.results);
  const planResults = useScenario((state) => state.planResults); // the plan's figures do not move on an edit
  // The note field is bound to the cell shown when it got the focus, for as long as it has it: a selection
  // that moves meanwhile (an earlier edit's Enter, a deferred render) never carries the note along.
  const [bound, setBound] = useState<CellSelection | undefined>();
  const noteCell = bound ?? selection;
  const note = useScenario((state) => (noteCell ? state.document.notes[noteCell.rowId] : undefined));
  const index = useMemo(() => nameIndex(workbook.rows, workbook.layout), [workbook]);
  const row = selection ? workbook.rows.byId.get(selection.rowId) : undefined;
  if (!selection || !row)
    return (
      <section className="formula-bar empty" aria-label="Formel">
        <div className="formula-line">Välj en cell för att se dess formel, definition och källa.</div>
        <p className="formula-definition">
          Skriv ett värde i en antagandecell och tryck Enter. Piltangenter, Tab och Enter flyttar, F2
          redigerar, Delete återställer till planen, Ctrl+Z ångrar och Ctrl+V klistrar in en rad från Excel.
        </p>
      </section>
    );

  const value = formatRowValue(cellAt(results, row.id, selection.year), row);
  const plan = formatRowValue(cellAt(planResults, row.id, selection.year), row);
  const formula = row.kind === 'formula' ? store.formulaOf(row.id, selection.year) : undefined;
  const where = row.span === 'scalar' ? row.label : `${row.label} ${selection.year}`;
  return (
    <section className="formula-bar" aria-label="Formel" aria-live="polite">
      <div className="formula-line">
        <span className="formula-cell">{where}</span>
        <span className="formula-text">
          {formula ? (
            readableFormula(formula, index).map((token, i) =>
              token.kind === 'ref' ? (
                <button
                  key={i}
                  type="button"
                  className="formula-ref"
                  onClick={() => onNavigate(token.id, token.year)}
                >
                  {token.text}
                </button>
              ) : (
                <span key={i} className={token.kind === 'function' ? 'formula-function' : undefined}>
                  {token.text}
                </span>
              ),
            )
          ) : (
            <span className="formula-input">
              {row.kind === 'input' ? 'Antagande: skriv ett nytt värde i cellen' : 'Värde från planen'}
            </span>
          )}
        </span>
        <span className="formula-value">
          {value}
          {row.kind === 'input' && plan !== value ? (
            <span className="formula-plan"> (planen: {plan})</span>
          ) : null}
        </span>
      </div>
      <p className="formula-definition" title={`${row.definition} Källa: ${row.source}`}>
        {row.definition} <span className="formula-source">Källa: {row.source}</span>
      </p>
      {row.kind === 'input' || bound ? (
        <label className="formula-note">
          Varför?
          {bound && bound.rowId !== row.id ? (
            <span className="formula-note-cell"> ({workbook.rows.byId.get(bound.rowId)?.label})</span>
          ) : null}
          <input
            type="text"
            value={note ?? ''}
            placeholder="Anteckning till ändringen, till exempel vilket förslag den kommer från"
            maxLength={2000}
            onFocus={() => setBound(selection)}
            onBlur={() => setBound(undefined)}
            onChange={(event) => {
              if (noteCell)
                store.dispatch({ type: 'scenario/setNote', key: noteCell.rowId, note: event.target.value });
            }}
            onKeyDown={(event) => {
              if ((event.key !== 'Enter' && event.key !== 'Escape') || !noteCell) return;
              event.preventDefault();
              onNoteDone(noteCell, event.key === 'Enter');
            }}
          />
        </label>
      ) : null}
    </section>
  );
});
