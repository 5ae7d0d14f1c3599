import type { Rebased } from '../../model/revisions/rebase';

/** What a move could not carry (each with its reason) and the carried values the new plan forecasts anew. */
export const RebaseLists = ({ rebased }: { readonly rebased: Rebased }) => (
  <>
    {rebased.notCarried.length > 0 ? (
      <>
        <h4>Kan inte flyttas ({rebased.notCarried.length})</h4>
        <ul className="rebase-list rebase-not-carried">
          {rebased.notCarried.map((item) => (
            <li key={`${item.kind}|${item.id}|${item.year ?? ''}`}>
              <strong>{item.what}</strong>: {item.reason}
            </li>
          ))}
        </ul>
      </>
    ) : (
      <p className="rebase-all">Alla ändringar kan flyttas.</p>
    )}
    {rebased.planMoved.length > 0 ? (
      <>
        <h4>Planens värde har ändrats ({rebased.planMoved.length})</h4>
        <ul className="rebase-list">
          {rebased.planMoved.map((item) => (
            <li key={`${item.id}|${item.year}`}>{item.text}</li>
          ))}
        </ul>
      </>
    ) : null}
  </>
);
