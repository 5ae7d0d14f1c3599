import { useState } from 'react';
import { defaultParent, draftGridRows, resolvePending } from '../../format/planDraftRows';
import { CATALOGUE } from '../../model/catalogue/catalogue';
import { emptyStatement, type PendingRow, type PlanDraft } from '../../model/planDraft';
import { isVarav, standardLabel } from '../../model/planDraftMatch';
import type { StatementKind } from '../../model/planSchema';
import type { UpdateDraft } from './NewPlanPage';

/** A pasted row the matching could not place: take the suggestion, add it as an own row, or skip it. */
const Pending = ({ row, draft, update }: { row: PendingRow; draft: PlanDraft; update: UpdateDraft }) => {
  const kind = row.statement;
  const sums = CATALOGUE[kind].filter((r) => r.kind === 'sum');
  const parents = draftGridRows(kind, draft.statements[kind] ?? emptyStatement()).filter((r) => !r.own);
  const [as, setAs] = useState<'varav' | 'line'>(isVarav(row.label) && row.after ? 'varav' : 'line');
  const [parent, setParent] = useState(as === 'varav' ? (row.after ?? '') : defaultParent(kind, row.after));
  const figures = Object.entries(row.cells)
    .map(([year, text]) => `${year}: ${text}`)
    .join(', ');
  const id = `np-vantar-${row.key}`;
  return (
    <li aria-labelledby={id}>
      <p id={id}>
        <strong>”{row.label}”</strong> <span className="np-hint">({figures})</span>
      </p>
      <div className="np-pending-actions">
        {row.suggestion && (
          <button
            type="button"
            onClick={() => update((d) => resolvePending(d, row.key, { take: 'suggestion' }))}
          >
            Ta som ”{standardLabel(kind, row.suggestion)}”
          </button>
        )}
        <label>
          som{' '}
          <select
            value={as}
            onChange={(event) => {
              const next = event.target.value as 'varav' | 'line';
              setAs(next);
              setParent(
                next === 'varav' ? (row.after ?? parents[0]?.id ?? '') : defaultParent(kind, row.after),
              );
            }}
          >
            <option value="varav">varav-rad under</option>
            <option value="line">egen rad i summan</option>
          </select>
        </label>
        <label>
          <span className="visually-hidden">rad</span>
          <select value={parent} onChange={(event) => setParent(event.target.value)}>
            {(as === 'varav' ? parents : sums).map((r) => (
              <option key={r.id} value={r.id}>
                {'own' in r ? r.label : standardLabel(kind, r.id)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={parent === ''}
          onClick={() => update((d) => resolvePending(d, row.key, { take: 'own', kind: as, parent }))}
        >
          Lägg till som egen rad
        </button>
        <button type="button" onClick={() => update((d) => resolvePending(d, row.key, { take: 'skip' }))}>
          Hoppa över
        </button>
      </div>
    </li>
  );
};

export const PendingRows = ({
  draft,
  kind,
  update,
}: {
  draft: PlanDraft;
  kind: StatementKind;
  update: UpdateDraft;
}) => {
  const rows = draft.pending.filter((p) => p.statement === kind);
  if (rows.length === 0) return null;
  return (
    <div className="np-pending" role="region" aria-label="Inklistrade rader som inte känns igen">
      <h4>Inklistrade rader som inte känns igen ({rows.length})</h4>
      <ul>
        {rows.map((row) => (
          <Pending key={row.key} row={row} draft={draft} update={update} />
        ))}
      </ul>
    </div>
  );
};
