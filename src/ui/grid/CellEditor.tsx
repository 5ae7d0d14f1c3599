import { useLayoutEffect, useRef } from 'react';

export type EditState = {
  readonly rowId: string;
  readonly year: number;
  readonly text: string;
  /** 'enter': started by typing, arrows commit and move (Excel's Enter mode); 'edit': F2, arrows move the caret. */
  readonly mode: 'enter' | 'edit';
  readonly error?: string | undefined;
};

export type EditorMove = 'down' | 'up' | 'left' | 'right' | 'stay';

/** The in-cell text field: Enter commits, Tab commits and moves, Esc cancels. */
export const CellEditor = ({
  edit,
  label,
  onChange,
  onCommit,
  onCancel,
}: {
  edit: EditState;
  label: string;
  onChange: (text: string) => void;
  onCommit: (move: EditorMove) => void;
  onCancel: () => void;
}) => {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus();
    const end = element.value.length;
    element.setSelectionRange(end, end);
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    const arrows: Record<string, EditorMove> = {
      ArrowDown: 'down',
      ArrowUp: 'up',
      ArrowLeft: 'left',
      ArrowRight: 'right',
    };
    if (event.key === 'Enter') onCommit(event.shiftKey ? 'up' : 'down');
    else if (event.key === 'Tab') onCommit(event.shiftKey ? 'left' : 'right');
    else if (event.key === 'Escape') onCancel();
    else if (edit.mode === 'enter' && arrows[event.key]) onCommit(arrows[event.key] ?? 'stay');
    else return;
    event.preventDefault();
  };

  const errorId = `fel-${edit.rowId}-${edit.year}`;
  return (
    <div className="cell-editor">
      <input
        ref={input}
        value={edit.text}
        aria-label={label}
        aria-invalid={edit.error ? true : undefined}
        aria-describedby={edit.error ? errorId : undefined}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => onCommit('stay')}
      />
      {edit.error ? (
        <div id={errorId} className="cell-error" role="alert">
          {edit.error}
        </div>
      ) : null}
    </div>
  );
};
