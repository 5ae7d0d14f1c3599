import { formatSigned } from '../../format/formatNumber';
import { defaultNamnd, planNamnder } from '../../model/namnder';
import type { FrameChange } from '../../model/scenarioChanges';
import { numberAt } from '../../model/results';
import { useScenario, useScenarioStore } from '../../scenarios/useScenario';
import { FrameChangeRow } from './FrameChangeRow';

/**
 * Ramförändringar: the form in which politicians write proposals. Add a named change per nämnd, kostnad or
 * intäkt, amounts per year; switch it on and off, edit, delete. Its effect shows in the statements and goals.
 */
export const FrameChangesView = () => {
  const store = useScenarioStore();
  const changes = useScenario((state) => state.document.changes.frameChanges);
  const plan = useScenario((state) => state.plan);
  const years = useScenario((state) => state.workbook.layout.years);
  const results = useScenario((state) => state.results);
  const effect = years.map(
    (year) =>
      (numberAt(results, 'ramforandringar_intakter', year) ?? 0) -
      (numberAt(results, 'ramforandringar_kostnader', year) ?? 0),
  );
  const namnder = planNamnder(plan);

  const add = () => {
    const change: FrameChange = {
      id: crypto.randomUUID(),
      name: `Ramförändring ${changes.length + 1}`,
      namnd: defaultNamnd(plan),
      kind: 'kostnad',
      active: true,
      amounts: {},
    };
    store.dispatch({ type: 'scenario/addFrameChange', change });
    // The default name selected, so that what is typed replaces it (issue 12 §3).
    requestAnimationFrame(() => {
      const name = document.getElementById(`ram-namn-${change.id}`);
      if (!(name instanceof HTMLInputElement)) return;
      name.focus();
      name.select();
    });
  };

  return (
    <section className="frame-changes" aria-labelledby="ramforandringar-rubrik">
      <div className="frame-head">
        <h2 id="ramforandringar-rubrik">Ramförändringar</h2>
        <p>
          Belopp i mnkr per år. En kostnad på +50 sänker resultatet med 50 mnkr; en intäkt på −11 (till
          exempel en avgiftssänkning) sänker det med 11.
        </p>
        <button type="button" className="primary" onClick={add}>
          Lägg till ramförändring
        </button>
      </div>
      {changes.length === 0 ? (
        <p className="empty">Scenariot har inga ramförändringar än.</p>
      ) : (
        <table className="frame-table">
          <thead>
            <tr>
              <th scope="col" className="frame-col-on">
                På
              </th>
              <th scope="col">Namn</th>
              <th scope="col">Nämnd</th>
              <th scope="col" className="frame-col-kind">
                Typ
              </th>
              {years.map((year) => (
                <th key={year} scope="col" className="number">
                  {year}
                </th>
              ))}
              <th scope="col" className="frame-col-actions">
                <span className="visually-hidden">Åtgärder</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <FrameChangeRow key={change.id} change={change} years={years} namnder={namnder} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                Effekt på resultatet (påslagna)
              </th>
              {effect.map((value, i) => (
                <td key={years[i]} className="number">
                  {formatSigned(value, 1)}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
};
