import { useState } from 'react';

type Props = {
  readonly name: string;
  readonly onRename: (name: string) => void;
  readonly onCancel: () => void;
};

/** An inline name field: Enter renames, Escape cancels; an empty name is refused with a message. */
export const RenameForm = ({ name, onRename, onCancel }: Props) => {
  const [value, setValue] = useState(name);
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <form
      className="library-rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (!value.trim()) setProblem('Namnet får inte vara tomt.');
        else onRename(value.trim());
      }}
    >
      <label>
        Nytt namn för {name}
        <input
          value={value}
          maxLength={200}
          autoFocus
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'byt-namn-fel' : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setProblem(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }}
        />
      </label>
      <button type="submit">Spara namnet</button>
      <button type="button" onClick={onCancel}>
        Avbryt
      </button>
      {problem ? (
        <span id="byt-namn-fel" className="library-problem">
          {problem}
        </span>
      ) : null}
    </form>
  );
};
