import { useLayoutEffect, useRef } from 'react';
import type { CellInput } from '../../format/interpretCellInput';
import { QuestionBox } from '../QuestionBox';

export type EditState = {
  readonly rowId: string;
  readonly year: number;
  readonly text: string;
  /** 'enter': started by typing, arrows commit and move (Excel's Enter mode); 'edit': F2, arrows move the caret. */
  readonly mode: 'enter' | 'edit';
  /** The text F2 opened with: left as it was, the cell is not written (a difference in % reads back inexactly). */
  readonly startText?: string | undefined;
  readonly error?: string | undefined;
  /** The question the text raised on Enter; Enter again with the same text takes the value as typed. */
  readonly question?: (Extract<CellInput, { kind: 'question' }> & { readonly text: string }) | undefined;
  /** How the text reads so far when it is relative or a difference ("+1 000 invånare → 249 103"). */
  readonly hint?: string | undefined;
};

export type EditorMove = 'down' | 'up' | 'left' | 'right' | 'stay';

const ARROWS: Readonly<Record<string, EditorMove>> = {
  ArrowDown: 'down',
  ArrowUp: 'up',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The in-cell text field: Enter commits, Tab commits and moves, Esc cancels. Under it: a refusal, a question
 * with its answers, or how the text reads. Leaving it for anything outside it (a click on another cell, the
 * note field) commits a valid value and drops anything else, so that the click lands where it was aimed.
 */
export const CellEditor = ({
  edit,
  label,
  basis,
  onChange,
  onCommit,
  onCancel,
  onLeave,
  onChoose,
  onPasteCells,
}: {
  edit: EditState;
  label: string;
  /** Set in the Skillnad views: what is typed is a difference against the plan, and the editor says so. */
  basis: string | undefined;
  onChange: (text: string) => void;
  onCommit: (move: EditorMove) => void;
  onCancel: () => void;
  onLeave: () => void;
  onChoose: (value: number) => void;
  /** Clipboard text of several cells: it fills the row from here instead of landing in this one field. */
  onPasteCells: (text: string) => boolean;
}) => {
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus();
    const end = element.value.length;
    element.setSelectionRange(end, end);
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') onCommit(event.shiftKey ? 'up' : 'down');
    else if (event.key === 'Escape') onCancel();
    else if (event.key === 'Tab' && edit.question)
      return; // to the answers
    else if (event.key === 'Tab') onCommit(event.shiftKey ? 'left' : 'right');
    else if (edit.mode === 'enter' && ARROWS[event.key]) onCommit(ARROWS[event.key] ?? 'stay');
    else return;
    event.preventDefault();
  };

  const question = edit.question;
  const suggestion = question?.suggestion;
  const popupId = `om-${edit.rowId}-${edit.year}`;
  const popup = edit.error ? 'error' : question ? 'question' : edit.hint || basis ? 'hint' : undefined;
  return (
    <div
      ref={box}
      className="cell-editor"
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (next instanceof Node && box.current?.contains(next)) return;
        if (!document.hasFocus()) return; // another window: the edit waits for the user to come back
        onLeave();
      }}
    >
      <input
        ref={input}
        value={edit.text}
        aria-label={basis ? `${label}, ${basis.toLowerCase()}` : label}
        aria-invalid={edit.error || question ? true : undefined}
        aria-describedby={popup ? popupId : undefined}
        placeholder={basis}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onPaste={(event) => {
          if (onPasteCells(event.clipboardData.getData('text/plain'))) event.preventDefault();
        }}
      />
      {popup === 'error' ? (
        <div id={popupId} className="cell-error" role="alert">
          {edit.error}
        </div>
      ) : null}
      {popup === 'question' && question ? (
        <QuestionBox
          id={popupId}
          question={[question.question]}
          reason={question.reason}
          choices={[
            { label: question.use.label, onChoose: () => onChoose(question.use.value) },
            ...(suggestion ? [{ label: suggestion.label, onChoose: () => onChoose(suggestion.value) }] : []),
          ]}
          onDismiss={onCancel}
        />
      ) : null}
      {popup === 'hint' ? (
        <div id={popupId} className="cell-hint" role="status">
          {edit.hint ?? basis}
        </div>
      ) : null}
    </div>
  );
};
