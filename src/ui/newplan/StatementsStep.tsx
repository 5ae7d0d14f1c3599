import { useState } from 'react';
import { STATEMENT_NAMES, type DraftCheck } from '../../format/planDraftCheck';
import { pasteBlock, type PasteGrid, type PasteOutcome } from '../../format/planDraftPaste';
import { emptyStatement, type DraftYears, type PlanDraft } from '../../model/planDraft';
import { STATEMENT_KINDS, type StatementKind } from '../../model/planSchema';
import { DraftGrid } from './DraftGrid';
import type { UpdateDraft } from './NewPlanPage';
import { PendingRows } from './PendingRows';

const withCell = (
  draft: PlanDraft,
  kind: StatementKind,
  rowId: string,
  year: number,
  text: string,
): PlanDraft => {
  const statement = draft.statements[kind] ?? emptyStatement();
  const cells = { ...statement.cells, [rowId]: { ...statement.cells[rowId], [String(year)]: text } };
  return { ...draft, statements: { ...draft.statements, [kind]: { ...statement, cells } } };
};

/** Step 2: the statements, resultatbudget first; balansbudget and finansieringsbudget when added. */
export const StatementsStep = ({
  draft,
  years,
  update,
  check,
}: {
  draft: PlanDraft;
  years: Extract<DraftYears, { ok: true }>;
  update: UpdateDraft;
  check: DraftCheck;
}) => {
  const [note, setNote] = useState<string | undefined>();
  const pasted = (kind: StatementKind) => (block: string[][], grid: PasteGrid) => {
    let n = 0;
    while (draft.pending.some((p) => p.key.startsWith(`${kind}-${n}-`))) n += 1;
    const statement = draft.statements[kind] ?? emptyStatement();
    const outcome: PasteOutcome = pasteBlock(statement, block, grid, `${kind}-${n}`);
    update((d) => ({
      ...d,
      statements: { ...d.statements, [kind]: outcome.statement },
      pending: [...d.pending, ...outcome.pending],
    }));
    const waiting = outcome.pending.length;
    setNote(
      [
        `${outcome.placed} ${outcome.placed === 1 ? 'rad' : 'rader'} inklistrade i ${STATEMENT_NAMES[kind].toLowerCase()}.`,
        waiting > 0 ? `${waiting} ${waiting === 1 ? 'rad' : 'rader'} väntar på ditt beslut nedan.` : '',
        ...outcome.leftOut,
      ]
        .filter(Boolean)
        .join(' '),
    );
  };
  const missing = STATEMENT_KINDS.filter((kind) => !draft.statements[kind]);
  return (
    <section className="np-step" aria-labelledby="np-steg-2">
      <h2 id="np-steg-2">2. Tabellerna</h2>
      <p className="np-hint">
        Skriv in siffrorna, eller kopiera hela tabellen i Excel (med radrubrikerna i första kolumnen och gärna
        rubrikraden med åren) och klistra in i valfri cell. Rader som planen inte har lämnas tomma.
      </p>
      <p role="status" className="np-note">
        {note}
      </p>
      {STATEMENT_KINDS.map((kind) => {
        const statement = draft.statements[kind];
        if (!statement) return null;
        return (
          <div key={kind} className="np-statement">
            <h3>{STATEMENT_NAMES[kind]}</h3>
            <div className="np-grid-scroll">
              <DraftGrid
                kind={kind}
                statement={statement}
                years={years.columns}
                yearKind={(year) =>
                  years.history.includes(year)
                    ? 'historik'
                    : years.budget.includes(year)
                      ? 'budget'
                      : 'kalkyl'
                }
                mismatches={check.mismatches}
                onCell={(rowId, year, text) => update((d) => withCell(d, kind, rowId, year, text))}
                onPaste={pasted(kind)}
              />
            </div>
            <PendingRows draft={draft} kind={kind} update={update} />
          </div>
        );
      })}
      {missing.map((kind) => (
        <button
          key={kind}
          type="button"
          onClick={() => update((d) => ({ ...d, statements: { ...d.statements, [kind]: emptyStatement() } }))}
        >
          Lägg till {STATEMENT_NAMES[kind].toLowerCase()}
        </button>
      ))}
    </section>
  );
};
