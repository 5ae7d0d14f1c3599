import { useState } from 'react';
import type { LibraryEntry } from '../../scenarios/libraryState';
import { useScenarioLibrary } from '../../scenarios/useLibrary';
import { formatSavedAt } from './formatSavedAt';
import { RenameForm } from './RenameForm';

type Props = { readonly entry: LibraryEntry; readonly isOpen: boolean; readonly onOpened: () => void };

/** One saved scenario in the list: name, when it was changed, and what can be done with it. */
export const SavedScenarioItem = ({ entry, isOpen, onOpened }: Props) => {
  const library = useScenarioLibrary();
  const [renaming, setRenaming] = useState(false);
  const { id, name, updatedAt } = entry.document;
  return (
    <li className="library-item" data-scenario={id} aria-current={isOpen ? 'true' : undefined}>
      {renaming ? (
        <RenameForm
          name={name}
          onCancel={() => setRenaming(false)}
          onRename={(next) => {
            setRenaming(false);
            void library.rename(id, next);
          }}
        />
      ) : (
        <div className="library-item-text">
          <span className="library-item-name">{name}</span>
          {isOpen ? <span className="library-badge">Öppet nu</span> : null}
          <span className="library-item-meta">Ändrat {formatSavedAt(updatedAt)}</span>
        </div>
      )}
      <div className="library-item-actions" role="group" aria-label={`Åtgärder för ${name}`}>
        <button
          type="button"
          disabled={isOpen}
          onClick={() => void library.open(id).then(onOpened)}
          aria-label={`Öppna ${name}`}
        >
          Öppna
        </button>
        <button
          type="button"
          onClick={() => void library.duplicate(id).then(onOpened)}
          aria-label={`Duplicera ${name}`}
        >
          Duplicera
        </button>
        <button type="button" onClick={() => setRenaming(true)} aria-label={`Byt namn på ${name}`}>
          Byt namn
        </button>
        <button type="button" onClick={() => void library.remove(id)} aria-label={`Ta bort ${name}`}>
          Ta bort
        </button>
      </div>
    </li>
  );
};
