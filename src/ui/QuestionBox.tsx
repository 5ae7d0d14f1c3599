import { useLayoutEffect, useRef } from 'react';

export type QuestionChoice = { readonly label: string; readonly onChoose: () => void };

/**
 * A value the format layer found implausible, asked about where it was typed or pasted: the question, its
 * reason and one button per answer. `focusFirst` moves the focus to the first answer (a paste has no editor
 * to keep it); otherwise the buttons keep the focus where it is when clicked, so an editor stays open.
 * Esc answers "no" (`onDismiss`); keys and clicks never reach the grid behind it.
 */
export const QuestionBox = ({
  id,
  question,
  reason,
  choices,
  focusFirst = false,
  onDismiss,
  className = 'cell-question',
}: {
  id?: string;
  question: readonly string[];
  reason: string | undefined;
  choices: readonly QuestionChoice[];
  focusFirst?: boolean;
  onDismiss: () => void;
  className?: string;
}) => {
  const first = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (focusFirst) first.current?.focus();
  }, [focusFirst]);
  return (
    <div
      id={id}
      className={className}
      role="alertdialog"
      aria-label="Kontrollera värdet"
      contentEditable={false}
      onMouseDown={(event) => event.stopPropagation()} // not a click on the cell behind it
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
        if (event.key !== 'Tab') event.stopPropagation();
      }}
    >
      {question.map((line) => (
        <p key={line} className="question-text">
          {line}
        </p>
      ))}
      {reason ? <p className="question-reason">{reason}</p> : null}
      <div className="question-choices">
        {choices.map((choice, index) => (
          <button
            key={choice.label}
            ref={index === 0 ? first : undefined}
            type="button"
            onMouseDown={(event) => {
              if (!focusFirst) event.preventDefault();
            }}
            onClick={choice.onChoose}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </div>
  );
};
