import type { LibraryEntry } from '../../scenarios/libraryState';
import { useScenarioLibrary } from '../../scenarios/useLibrary';
import { formatSavedAt } from './formatSavedAt';

/** A scenario in the Papperskorg: when it was deleted, and 'Återställ'. */
export const TrashItem = ({ entry }: { readonly entry: LibraryEntry }) => {
  const library = useScenarioLibrary();
  const { id, name } = entry.document;
  return (
    <li className="library-item" data-scenario={id}>
      <div className="library-item-text">
        <span className="library-item-name">{name}</span>
        <span className="library-item-meta">
          Borttaget {entry.deletedAt === undefined ? '' : formatSavedAt(entry.deletedAt)}
        </span>
      </div>
      <div className="library-item-actions">
        <button type="button" onClick={() => void library.restore(id)} aria-label={`Återställ ${name}`}>
          Återställ
        </button>
      </div>
    </li>
  );
};
