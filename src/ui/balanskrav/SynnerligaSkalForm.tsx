import { useId, useState } from 'react';
import { formatMnkr } from '../../format/formatNumber';
import {
  readSynnerligaSkal,
  REASON_MAX_LENGTH,
  type SynnerligaSkalReading,
} from '../../format/readSynnerligaSkal';
import type { BalanskravYear } from '../../model/balanskravStatus';
import { SYNNERLIGA_SKAL } from '../../model/rows/balanskravChainRows';
import { useScenario, useScenarioStore } from '../../scenarios/useScenario';
import { QuestionBox } from '../QuestionBox';

type Question = Extract<SynnerligaSkalReading, { kind: 'question' }>;
type Refusal = Extract<SynnerligaSkalReading, { kind: 'refused' }>;

/** An amount above the year's deficit (or a year without one): take the deficit, keep the amount, or cancel. */
const DeficitQuestion = ({
  question,
  decimals,
  onRecord,
  onCancel,
}: {
  question: Question;
  decimals: number;
  onRecord: (amount: number) => void;
  onCancel: () => void;
}) => (
  <QuestionBox
    className="form-question"
    question={[question.question]}
    reason={undefined}
    focusFirst
    choices={[
      ...(question.deficit === undefined
        ? [{ label: 'Ja, registrera ändå', onChoose: () => onRecord(question.amount) }]
        : [
            {
              label: `Ja, registrera ${formatMnkr(question.deficit, decimals)}`,
              onChoose: () => onRecord(question.deficit ?? question.amount),
            },
            { label: 'Nej, behåll beloppet som skrivet', onChoose: () => onRecord(question.amount) },
          ]),
      { label: 'Avbryt', onChoose: onCancel },
    ]}
    onDismiss={onCancel}
  />
);

/** The year's deficit now, positive, or 0 when its balanskravsresultat is not negative. */
const deficitOf = (year: BalanskravYear | undefined) =>
  year?.balanskravsresultat.isNegative() ? year.balanskravsresultat.negated().toNumber() : 0;

/**
 * Records a decision on synnerliga skäl: a modelled year (those with a deficit first named so), the amount
 * read by the one parser, and the reason (required, at most 500 characters, kept as plain text). A refused
 * field says why and keeps the text; an amount above the deficit is asked about before it is taken.
 */
export const SynnerligaSkalForm = ({ years }: { years: readonly BalanskravYear[] }) => {
  const store = useScenarioStore();
  const id = useId();
  const input = useScenario((state) => state.workbook.rows.byId.get(SYNNERLIGA_SKAL));
  const decimals = useScenario((state) => state.workbook.rows.byId.get('balanskravsresultat')?.decimals ?? 0);
  const modelled = years.filter((y) => y.modelled);
  const [year, setYear] = useState(
    () => (modelled.find((y) => y.balanskravsresultat.isNegative()) ?? modelled[0])?.year,
  );
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal>();
  const [question, setQuestion] = useState<Question>();
  const [done, setDone] = useState<string>();
  const chosen = modelled.find((y) => y.year === year) ?? modelled[0];
  if (!chosen) return null;

  const record = (value: number, why: string) => {
    store.dispatch({ type: 'scenario/setSynnerligaSkal', year: chosen.year, amount: value, reason: why });
    setQuestion(undefined);
    setAmount('');
    setReason('');
    setDone(`Beslutet för ${chosen.year} är registrerat: ${formatMnkr(value, decimals)}.`);
  };
  const submit = () => {
    const max = input?.kind === 'input' ? input.bounds.max : Number.MAX_SAFE_INTEGER;
    const reading = readSynnerligaSkal(amount, reason, {
      year: chosen.year,
      deficit: deficitOf(chosen),
      max,
      decimals,
    });
    setDone(undefined);
    setRefusal(reading.kind === 'refused' ? reading : undefined);
    setQuestion(reading.kind === 'question' ? reading : undefined);
    if (reading.kind === 'ok') record(reading.amount, reading.reason);
  };
  const error = (field: Refusal['field']) => (refusal?.field === field ? refusal.message : undefined);
  const described = (field: Refusal['field']) => (error(field) ? `${id}-${field}-fel` : undefined);

  return (
    <form
      className="synnerliga-form"
      aria-label="Registrera beslut om synnerliga skäl"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label>
        År
        <select value={chosen.year} onChange={(event) => setYear(Number(event.target.value))}>
          {modelled.map((y) => (
            <option key={y.year} value={y.year}>
              {y.balanskravsresultat.isNegative()
                ? `${y.year} (underskott ${formatMnkr(deficitOf(y), decimals)})`
                : `${y.year} (inget underskott)`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Belopp som inte återställs, mnkr
        <input
          type="text"
          inputMode="decimal"
          value={amount}
          aria-invalid={error('amount') ? true : undefined}
          aria-describedby={described('amount')}
          onChange={(event) => setAmount(event.target.value)}
        />
      </label>
      <label className="reason-field">
        Fullmäktiges skäl
        <textarea
          rows={2}
          value={reason}
          aria-invalid={error('reason') ? true : undefined}
          aria-describedby={described('reason') ?? `${id}-antal`}
          onChange={(event) => setReason(event.target.value)}
        />
        <span id={`${id}-antal`} className="reason-count">
          {reason.trim().length} av högst {REASON_MAX_LENGTH} tecken
        </span>
      </label>
      <div className="synnerliga-submit">
        <button type="submit" className="primary">
          Registrera beslut
        </button>
      </div>
      {refusal ? (
        <p id={described(refusal.field)} className="form-refusal" role="alert">
          {refusal.message}
        </p>
      ) : null}
      {question ? (
        <DeficitQuestion
          question={question}
          decimals={decimals}
          onRecord={(value) => record(value, question.reason)}
          onCancel={() => setQuestion(undefined)}
        />
      ) : null}
      <p className="form-done" aria-live="polite">
        {done}
      </p>
    </form>
  );
};
