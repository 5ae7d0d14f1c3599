import type { FrameChange } from '../../model/scenarioChanges';
import { useScenarioStore } from '../../scenarios/useScenario';
import { FrameAmountCell } from './FrameAmountCell';
import { useFrameAmountEntry } from './useFrameAmountEntry';

/** One frame change as a table row; amounts are typed or pasted the Swedish way (see useFrameAmountEntry). */
export const FrameChangeRow = ({
  change,
  years,
  namnder,
}: {
  change: FrameChange;
  years: readonly number[];
  namnder: readonly string[];
}) => {
  const store = useScenarioStore();
  const amounts = useFrameAmountEntry(change, years);
  const update = (patch: Partial<FrameChange>) =>
    store.dispatch({ type: 'scenario/updateFrameChange', change: { ...change, ...patch } });

  const label = (what: string) => `${what}, ${change.name}`;
  return (
    <tr className={change.active ? 'frame-on' : 'frame-off'} data-frame={change.id}>
      <td>
        <input
          type="checkbox"
          checked={change.active}
          aria-label={label('Påslagen')}
          onChange={(e) => update({ active: e.target.checked })}
        />
      </td>
      <td>
        <input
          id={`ram-namn-${change.id}`}
          type="text"
          defaultValue={change.name}
          aria-label={label('Namn')}
          maxLength={200}
          onBlur={(e) =>
            e.target.value.trim() && e.target.value !== change.name && update({ name: e.target.value.trim() })
          }
        />
      </td>
      <td>
        <select
          value={change.namnd}
          aria-label={label('Nämnd')}
          onChange={(e) => update({ namnd: e.target.value })}
        >
          {[...new Set([...namnder, change.namnd])].map((namnd) => (
            <option key={namnd}>{namnd}</option>
          ))}
        </select>
      </td>
      <td>
        <select
          value={change.kind}
          aria-label={label('Typ')}
          onChange={(e) => update({ kind: e.target.value === 'intakt' ? 'intakt' : 'kostnad' })}
        >
          <option value="kostnad">Kostnad</option>
          <option value="intakt">Intäkt</option>
        </select>
      </td>
      {years.map((year) => (
        <FrameAmountCell
          key={year}
          changeId={change.id}
          year={year}
          amount={change.amounts[String(year)]}
          label={label(`Belopp ${year}`)}
          problem={amounts.problem?.year === year ? amounts.problem : undefined}
          onCommit={(text, confirm) => amounts.commit(year, text, confirm)}
          onPaste={(text) => amounts.paste(year, text)}
          onAnswer={amounts.answer}
        />
      ))}
      <td>
        <button
          type="button"
          className="link"
          onClick={() => store.dispatch({ type: 'scenario/removeFrameChange', id: change.id })}
        >
          Ta bort<span className="visually-hidden"> {change.name}</span>
        </button>
      </td>
    </tr>
  );
};
