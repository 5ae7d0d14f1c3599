import type { DraftCheck, DraftMismatch } from '../../format/planDraftCheck';

/** The grid cell a mismatch is about (the skatt and utjämning notes' check is about the resultatbudget row). */
const cellId = (m: DraftMismatch) =>
  `np-${m.statement === 'skatt och utjämning' ? 'resultatbudget' : m.statement}-${m.rowId}-${m.year}`;

/** The live reconciliation beside the steps: subtotals that do not add up, cells that are not numbers, what saving would refuse. */
export const Reconciliation = ({
  check,
  current,
  status,
  onSave,
  onConfirm,
}: {
  onConfirm: (key: string) => void;
  check: DraftCheck;
  current: boolean;
  status: { busy: boolean; text: string } | undefined;
  onSave: () => void;
}) => {
  const clean =
    check.mismatches.length === 0 &&
    check.cells.length === 0 &&
    check.refused.length === 0 &&
    check.questions.length === 0;
  return (
    <aside className="np-check" aria-labelledby="np-avstamning" aria-busy={!current}>
      <h2 id="np-avstamning">Avstämning</h2>
      <section aria-label="Summor som inte stämmer">
        {check.mismatches.length === 0 ? (
          <p className="np-ok">Alla delsummor stämmer med sina delar.</p>
        ) : (
          <>
            <h3>Summor som inte stämmer ({check.mismatches.length})</h3>
            <ul className="np-mismatches">
              {check.mismatches.map((m) => (
                <li key={`${m.statement}-${m.rowId}-${m.year}`}>
                  <button
                    type="button"
                    className="np-link"
                    title="Gå till cellen"
                    onClick={() => document.getElementById(cellId(m))?.focus()}
                  >
                    {m.text}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {check.cells.length > 0 && (
        <section aria-label="Celler som inte är tal">
          <h3>Celler som inte är tal ({check.cells.length})</h3>
          <ul>
            {check.cells.slice(0, 12).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      {check.questions.length > 0 && (
        <section aria-label="Stämmer det här?">
          <h3>Stämmer det här?</h3>
          <ul className="np-questions">
            {check.questions.map((q) => (
              <li key={q.key}>
                {q.text}{' '}
                <button type="button" onClick={() => onConfirm(q.key)}>
                  Ja, det stämmer
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {check.refused.length > 0 && (
        <section aria-label="Det här saknas innan planen kan sparas">
          <h3>Innan planen kan sparas</h3>
          <ul className="np-refused">
            {check.refused.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      {clean && <p className="np-ok">Planen kan sparas.</p>}
      {check.mismatches.length > 0 && check.plan && (
        <p className="np-hint">Planen kan sparas ändå; avstämningen visar skillnaderna även efteråt.</p>
      )}
      <button
        type="button"
        className="np-save"
        disabled={!check.plan || !current || status?.busy === true}
        onClick={onSave}
      >
        Spara planen
      </button>
      <p role="status">{status?.text}</p>
    </aside>
  );
};
