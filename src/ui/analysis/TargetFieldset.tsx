import { useState } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { singlePastedCell } from '../../format/pastedCells';
import { parseSvNumber } from '../../format/parseSvNumber';
import { numberAt } from '../../model/results';
import { useScenario } from '../../scenarios/useScenario';
import { targetChoices, valueRowsOf, type GoalSeekForm } from './goalSeekChoices';

type Props = { form: GoalSeekForm; onChange: (patch: Partial<GoalSeekForm>) => void };

/** The target: four of the plan's goals, or one row in one year reaching a value (e.g. as the plan had it). */
export const TargetFieldset = ({ form, onChange }: Props) => {
  const rows = useScenario((state) => state.workbook.rows);
  const plan = useScenario((state) => state.plan);
  const years = useScenario((state) => state.workbook.layout.years);
  const budgetYears = useScenario((state) => state.workbook.layout.budgetYears);
  const planValue = useScenario((state) => numberAt(state.planResults, form.rowId, form.year));
  const [text, setText] = useState(form.value === undefined ? '' : formatNumber(form.value, 1));
  const [error, setError] = useState<string | undefined>();

  const setValue = (next: string) => {
    setText(next);
    const parsed = parseSvNumber(next);
    const read =
      parsed.ok && parsed.suffix === 'ore' ? { ok: false, message: 'Skriv målets värde, utan öre.' } : parsed;
    setError(read.ok ? undefined : read.message);
    onChange({ value: parsed.ok && read.ok ? parsed.value : undefined });
  };
  const choices = targetChoices(plan, rows.byId.has('kvar_att_aterstalla'));
  const chosen = choices.find((choice) => choice.target === form.target && choice.goalId === form.goalId);
  const kalkyl = `${years[budgetYears.length] ?? ''}–${years.at(-1) ?? ''}`;

  return (
    <fieldset className="seek-fieldset">
      <legend>Mål</legend>
      {choices.map((choice) => (
        <div key={choice.key}>
          <label className="seek-choice">
            <input
              type="radio"
              name="seek-target"
              value={choice.key}
              checked={choice === chosen}
              onChange={() => onChange({ target: choice.target, goalId: choice.goalId })}
            />
            {choice.label}
          </label>
          {choice === chosen && choice.perYear && years.length > budgetYears.length ? (
            <label className="seek-choice seek-sub">
              <input
                type="checkbox"
                checked={form.withKalkyl}
                onChange={(event) => onChange({ withKalkyl: event.target.checked })}
              />
              Räkna även kalkylåren {kalkyl} (annars budgetåren {budgetYears[0]}–{budgetYears.at(-1)})
            </label>
          ) : null}
        </div>
      ))}
      {form.target === 'aterstallt' ? (
        <div className="seek-value">
          <label>
            Senast år
            <select value={form.year} onChange={(event) => onChange({ year: Number(event.target.value) })}>
              {years.map((year) => (
                <option key={year}>{year}</option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {form.target === 'value' ? (
        <div className="seek-value">
          <label>
            Rad
            <select value={form.rowId} onChange={(event) => onChange({ rowId: event.target.value })}>
              {valueRowsOf(rows).map((id) => (
                <option key={id} value={id}>
                  {rows.byId.get(id)?.label ?? id}
                </option>
              ))}
            </select>
          </label>
          <label>
            År
            <select value={form.year} onChange={(event) => onChange({ year: Number(event.target.value) })}>
              {years.map((year) => (
                <option key={year}>{year}</option>
              ))}
            </select>
          </label>
          <label>
            Villkor
            <select
              value={form.direction}
              onChange={(event) =>
                onChange({ direction: event.target.value === 'högst' ? 'högst' : 'minst' })
              }
            >
              <option value="minst">minst</option>
              <option value="högst">högst</option>
            </select>
          </label>
          <label>
            Värde
            <input
              type="text"
              inputMode="decimal"
              value={text}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'seek-value-error' : undefined}
              onChange={(event) => setValue(event.target.value)}
              onPaste={(event) => {
                // A field holds one number: several cells are refused rather than run together.
                const pasted = singlePastedCell(event.clipboardData.getData('text/plain'));
                if (pasted.ok) return;
                event.preventDefault();
                setError(pasted.message);
              }}
            />
          </label>
          <button
            type="button"
            disabled={planValue === undefined}
            onClick={() => {
              if (planValue === undefined) return;
              setText(formatNumber(planValue, 1));
              setError(undefined);
              onChange({ value: planValue });
            }}
          >
            Som i planen
          </button>
          {error ? (
            <p id="seek-value-error" className="seek-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
};
