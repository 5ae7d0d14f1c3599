import { useLibrary, useScenarioLibrary } from '../../scenarios/useLibrary';
import { ExampleItem } from './ExampleItem';
import { formatSavedAt } from './formatSavedAt';
import { SavedScenarioItem } from './SavedScenarioItem';
import { TrashItem } from './TrashItem';
import { useModalDialog } from './useModalDialog';

type Props = { readonly open: boolean; readonly onClose: () => void };

/**
 * 'Scenarier': the saved scenarios, the examples, the Papperskorg and records that cannot be opened. The
 * dialog element stays in the page (showModal needs it); its contents exist only while it is open, so the
 * closed dialog costs nothing when the library changes.
 */
export const ScenarioLibraryDialog = ({ open, onClose }: Props) => {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="library-dialog" aria-labelledby="scenarier-rubrik" onClose={onClose}>
      {open ? <LibraryContents onClose={onClose} /> : null}
    </dialog>
  );
};

const LibraryContents = ({ onClose }: Pick<Props, 'onClose'>) => {
  const library = useScenarioLibrary();
  const scenarios = useLibrary((s) => s.scenarios);
  const examples = useLibrary((s) => s.examples);
  const trash = useLibrary((s) => s.trash);
  const unreadable = useLibrary((s) => s.unreadable);
  const openId = useLibrary((s) => s.openId);
  const lastExportedAt = useLibrary((s) => s.lastExportedAt);

  return (
    <>
      <div className="library-head">
        <h2 id="scenarier-rubrik">Scenarier</h2>
        <button type="button" onClick={onClose}>
          Stäng
        </button>
      </div>
      <p>
        <button type="button" className="primary" onClick={() => void library.createFromPlan().then(onClose)}>
          Nytt från planen
        </button>
      </p>
      <section aria-labelledby="sparade-rubrik">
        <h3 id="sparade-rubrik">Sparade scenarier</h3>
        <ul className="library-list">
          {scenarios.map((entry) => (
            <SavedScenarioItem
              key={entry.document.id}
              entry={entry}
              isOpen={entry.document.id === openId}
              onOpened={onClose}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="exempel-rubrik">
        <h3 id="exempel-rubrik">Exempel</h3>
        <ul className="library-list">
          {examples.map((example) => (
            <ExampleItem
              key={example.id}
              example={example}
              isOpen={example.id === openId}
              onOpened={onClose}
            />
          ))}
        </ul>
      </section>
      {unreadable.length > 0 ? (
        <section aria-labelledby="olasbara-rubrik">
          <h3 id="olasbara-rubrik">Kan inte öppnas</h3>
          <ul className="library-list">
            {unreadable.map((entry) => (
              <li key={entry.key} className="library-item library-unreadable">
                <span className="library-item-name">{entry.name ?? 'Namnlöst scenario'}</span>
                <span className="library-item-meta">{entry.message}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="papperskorg-rubrik">
        <h3 id="papperskorg-rubrik">Papperskorg</h3>
        {trash.length === 0 ? (
          <p className="library-empty">Papperskorgen är tom.</p>
        ) : (
          <ul className="library-list">
            {trash.map((entry) => (
              <TrashItem key={entry.document.id} entry={entry} />
            ))}
          </ul>
        )}
      </section>
      <p className="library-exported">
        {lastExportedAt === undefined
          ? 'Scenarierna har inte exporterats till fil än.'
          : `Senast exporterade till fil: ${formatSavedAt(lastExportedAt)}.`}
      </p>
    </>
  );
};
