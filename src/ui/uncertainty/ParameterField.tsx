import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ParameterRead } from '../../format/parameterText';
import type { Verdict } from '../../model/uncertainty/editParameters';

type Problem = { readonly message: string; readonly question?: number };

export type ParameterFieldProps = {
  /** The field's accessible name, e.g. "Skatteunderlagets tillväxt, 1 år fram". */
  readonly label: string;
  /** Which figure a message is about, as it starts: "1 år fram". */
  readonly name: string;
  /** The figure in use as the field shows it, or '' when there is none (an own step not set). */
  readonly shown: string;
  readonly edited: boolean;
  /** Typed text to a number, through the one parser. */
  readonly read: (text: string) => ParameterRead;
  /** The model's verdict on a figure. */
  readonly check: (value: number) => Verdict;
  readonly describe: (verdict: Exclude<Verdict, { kind: 'ok' }>, value: number) => string;
  readonly apply: (value: number) => void;
  /** An emptied field: the own step removed. Without it, an empty field is refused as any non-number. */
  readonly clear?: () => void;
  /** Where the message goes (below a table, so its columns keep their width); else beside the field. */
  readonly slot?: HTMLElement | null;
};

/**
 * One figure of the error model the user may change: taken on Enter or when the field is left, refused with
 * a Swedish message (the figure in use stays), or questioned with "Använd ändå" before it is taken.
 */
export const ParameterField = (props: ParameterFieldProps) => {
  const { label, name, shown, edited, read, check, describe, apply, clear, slot } = props;
  const [draft, setDraft] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | undefined>();
  const messageId = useId();

  const done = () => {
    setDraft(undefined);
    setProblem(undefined);
  };
  const commit = () => {
    if (draft === undefined || draft.trim() === shown) return done();
    if (clear && draft.trim() === '') {
      clear();
      return done();
    }
    const parsed = read(draft);
    if (!parsed.ok) return setProblem({ message: parsed.message });
    const verdict = check(parsed.value);
    if (verdict.kind === 'ok') {
      apply(parsed.value);
      return done();
    }
    const message = describe(verdict, parsed.value);
    setProblem(verdict.kind === 'question' ? { message, question: parsed.value } : { message });
  };
  const keep = shown === '' ? '' : ` Det som gäller är kvar: ${shown}.`;

  const input = (
    <span className={edited ? 'param-field param-edited' : 'param-field'}>
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        value={draft ?? shown}
        aria-invalid={problem !== undefined && problem.question === undefined}
        aria-describedby={problem ? messageId : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          else if (event.key === 'Escape') done();
        }}
      />
    </span>
  );
  const message = problem ? (
    <p id={messageId} className="param-problem" role="alert">
      <strong>{name}:</strong> {problem.message}
      {problem.question === undefined ? keep : null}
      {problem.question === undefined ? null : (
        <span className="param-choices">
          <button
            type="button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (problem.question !== undefined) apply(problem.question);
              done();
            }}
          >
            Använd ändå
          </button>
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={done}>
            Ångra
          </button>
        </span>
      )}
    </p>
  ) : null;
  return (
    <>
      {input}
      {message && slot ? createPortal(message, slot) : message}
    </>
  );
};
