import type { ScenarioDocument } from '../../model/scenarioDocument';
import { useScenarioLibrary } from '../../scenarios/useLibrary';

type Props = { readonly example: ScenarioDocument; readonly isOpen: boolean; readonly onOpened: () => void };

/** A built-in example: read-only; opening shows it, the first edit (or 'Gör en kopia') makes an editable copy. */
export const ExampleItem = ({ example, isOpen, onOpened }: Props) => {
  const library = useScenarioLibrary();
  const { id, name } = example;
  return (
    <li className="library-item" data-scenario={id} aria-current={isOpen ? 'true' : undefined}>
      <div className="library-item-text">
        <span className="library-item-name">{name}</span>
        {isOpen ? <span className="library-badge">Öppet nu</span> : null}
        <span className="library-item-meta">Exempel – skrivskyddat</span>
      </div>
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
          aria-label={`Gör en kopia av ${name}`}
        >
          Gör en kopia
        </button>
      </div>
    </li>
  );
};
