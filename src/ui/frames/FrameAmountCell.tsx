import { editText } from '../grid/cellDisplay';
import { QuestionBox } from '../QuestionBox';
import type { AmountProblem } from './useFrameAmountEntry';

/** The field's id, to give the focus back after an answer. */
export const amountFieldId = (changeId: string, year: number) => `ram-belopp-${changeId}-${year}`;

/** One year's amount of a frame change: the field, and under it a refusal or a question with its answers. */
export const FrameAmountCell = ({
  changeId,
  year,
  amount,
  label,
  problem,
  onCommit,
  onPaste,
  onAnswer,
}: {
  changeId: string;
  year: number;
  amount: number | undefined;
  label: string;
  problem: AmountProblem | undefined;
  onCommit: (text: string, confirm: boolean) => void;
  onPaste: (text: string) => boolean;
  onAnswer: (take: boolean) => void;
}) => {
  const id = amountFieldId(changeId, year);
  const answer = (take: boolean) => {
    onAnswer(take);
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  // Unrounded (50,25 stays 50,25 when the field is left), and keyed by the amount only: a refused or
  // questioned text stays in the field, to be corrected.
  const shown = amount === undefined ? '' : editText(amount);
  return (
    <td className="number">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        key={amount ?? ''}
        defaultValue={shown}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        onBlur={(e) => {
          // Into the field's own question (its answers) is not leaving the field.
          const next = e.relatedTarget;
          if (next instanceof Node && e.currentTarget.parentElement?.contains(next)) return;
          onCommit(e.target.value, false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCommit(e.currentTarget.value, true);
          if (e.key === 'Escape' && problem) answer(false);
        }}
        onPaste={(e) => {
          if (onPaste(e.clipboardData.getData('text/plain'))) e.preventDefault();
        }}
      />
      {problem?.kind === 'refused' ? (
        <div className="cell-error" role="alert">
          {problem.message}
        </div>
      ) : null}
      {problem?.kind === 'question' ? (
        <QuestionBox
          question={[problem.question]}
          reason={problem.reason}
          choices={[
            { label: problem.use.label, onChoose: () => answer(true) },
            { label: 'Ändra', onChoose: () => answer(false) },
          ]}
          onDismiss={() => answer(false)}
        />
      ) : null}
      {problem?.kind === 'paste' ? (
        <QuestionBox
          question={problem.questions}
          reason="Inget har klistrats in än."
          choices={[
            { label: 'Klistra in ändå', onChoose: () => answer(true) },
            { label: 'Avbryt', onChoose: () => answer(false) },
          ]}
          focusFirst
          onDismiss={() => answer(false)}
        />
      ) : null}
    </td>
  );
};
