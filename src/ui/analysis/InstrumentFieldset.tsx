import { instrumentBounds, instrumentsOf } from '../../model/goalSeekBounds';
import { useScenario } from '../../scenarios/useScenario';
import { INSTRUMENT_LABELS, type GoalSeekForm } from './goalSeekChoices';
import { boundsText } from './goalSeekText';

type Props = { form: GoalSeekForm; onChange: (patch: Partial<GoalSeekForm>) => void };

/** The instrument, its search range, and for skattesats and effektivisering the first year it applies. */
export const InstrumentFieldset = ({ form, onChange }: Props) => {
  const rows = useScenario((state) => state.workbook.rows);
  const layout = useScenario((state) => state.workbook.layout);
  const plan = useScenario((state) => state.plan);
  const workbook = { plan, rows, layout };
  const years = workbook.layout.years;
  const instrument =
    form.instrument === 'investeringar'
      ? ({ kind: 'investeringar' } as const)
      : ({ kind: form.instrument, fromYear: form.fromYear } as const);
  return (
    <fieldset className="seek-fieldset">
      <legend>Styrmedel</legend>
      {instrumentsOf(workbook).map((kind) => (
        <label key={kind} className="seek-choice">
          <input
            type="radio"
            name="seek-instrument"
            value={kind}
            checked={form.instrument === kind}
            onChange={() => onChange({ instrument: kind })}
          />
          {INSTRUMENT_LABELS[kind]}
        </label>
      ))}
      {form.instrument !== 'investeringar' ? (
        <label className="seek-sub">
          Från år{' '}
          <select
            value={form.fromYear}
            onChange={(event) => onChange({ fromYear: Number(event.target.value) })}
          >
            {years.map((year) => (
              <option key={year}>{year}</option>
            ))}
          </select>{' '}
          och alla år därefter
        </label>
      ) : (
        <p className="seek-sub">Samma procent på scenariots investeringar varje budgetår.</p>
      )}
      <p className="seek-bounds">
        Prövas inom {boundsText(instrument, instrumentBounds(workbook, instrument))}.
      </p>
    </fieldset>
  );
};
