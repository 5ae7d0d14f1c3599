import { useState } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { parseSvNumber } from '../../format/parseSvNumber';
import { FRAME_AMOUNT_BOUNDS, isFrameAmountAllowed } from '../../model/checkChanges';
import type { FrameChange } from '../../model/scenarioChanges';
import { useScenarioStore } from '../../scenarios/useScenario';

/** One frame change as a table row; amounts are typed the Swedish way and checked on Enter or leaving the field. */
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
  const [error, setError] = useState<{ year: number; text: string; message: string } | undefined>();
  const update = (patch: Partial<FrameChange>) =>
    store.dispatch({ type: 'scenario/updateFrameChange', change: { ...change, ...patch } });

  const commitAmount = (year: number, text: string) => {
    const key = String(year);
    if (text.trim() === '') {
      const { [key]: _removed, ...rest } = change.amounts;
      setError(undefined);
      if (key in change.amounts) update({ amounts: rest });
      return;
    }
    const parsed = parseSvNumber(text);
    if (!parsed.ok || parsed.percent || parsed.relativeKronor !== undefined) {
      setError({
        year,
        text,
        message: parsed.ok ? 'Skriv beloppet i mnkr, till exempel 50 eller −11.' : parsed.message,
      });
      return;
    }
    if (!isFrameAmountAllowed(parsed.value)) {
      const { min, max } = FRAME_AMOUNT_BOUNDS;
      const message = `Beloppet ska ligga mellan ${formatNumber(min, 0)} och ${formatNumber(max, 0)} mnkr.`;
      setError({ year, text, message });
      return;
    }
    setError(undefined);
    if (change.amounts[key] !== parsed.value) update({ amounts: { ...change.amounts, [key]: parsed.value } });
  };

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
      {years.map((year) => {
        const amount = change.amounts[String(year)];
        const failed = error?.year === year;
        return (
          <td key={year} className="number">
            <input
              type="text"
              inputMode="decimal"
              key={`${year}-${amount ?? ''}`}
              defaultValue={
                failed ? error.text : amount === undefined ? '' : formatNumber(amount, 1).replace(/,0$/, '')
              }
              aria-label={label(`Belopp ${year}`)}
              aria-invalid={failed || undefined}
              onBlur={(e) => commitAmount(year, e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && commitAmount(year, e.currentTarget.value)}
            />
            {failed ? (
              <div className="cell-error" role="alert">
                {error.message}
              </div>
            ) : null}
          </td>
        );
      })}
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
