import { useState } from 'react';
import type { LibraryEntry } from '../../scenarios/libraryState';
import { useScenarioLibrary } from '../../scenarios/useLibrary';
import { formatSavedAt } from './formatSavedAt';
import { RenameForm } from './RenameForm';
import { ItemText, OpenButton } from './LibraryItemParts';

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
        <ItemText name={name} isOpen={isOpen} meta={`Ändrat ${formatSavedAt(updatedAt)}`} />
      )}
      <div className="library-item-actions" role="group" aria-label={`Åtgärder för ${name}`}>
        <OpenButton id={id} name={name} isOpen={isOpen} onOpened={onOpened} />
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
