import type { ScenarioDocument } from '../../model/scenarioDocument';
import { useScenarioLibrary } from '../../scenarios/useLibrary';
import { ItemText, OpenButton } from './LibraryItemParts';

type Props = { readonly example: ScenarioDocument; readonly isOpen: boolean; readonly onOpened: () => void };

/** A built-in example: read-only; opening shows it, the first edit (or 'Gör en kopia') makes an editable copy. */
export const ExampleItem = ({ example, isOpen, onOpened }: Props) => {
  const library = useScenarioLibrary();
  const { id, name } = example;
  return (
    <li className="library-item" data-scenario={id} aria-current={isOpen ? 'true' : undefined}>
      <ItemText name={name} isOpen={isOpen} meta={'Exempel – skrivskyddat'} />
      <div className="library-item-actions" role="group" aria-label={`Åtgärder för ${name}`}>
        <OpenButton id={id} name={name} isOpen={isOpen} onOpened={onOpened} />
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
