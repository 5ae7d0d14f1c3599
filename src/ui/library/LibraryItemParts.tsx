import { useScenarioLibrary } from '../../scenarios/useLibrary';

/** A list item's name, whether it is open in this tab, and one line about it. */
export const ItemText = ({ name, isOpen, meta }: { name: string; isOpen: boolean; meta: string }) => (
  <div className="library-item-text">
    <span className="library-item-name">{name}</span>
    {isOpen ? <span className="library-badge">Öppet nu</span> : null}
    <span className="library-item-meta">{meta}</span>
  </div>
);

/** 'Öppna' for a saved scenario or an example; disabled for the one already open. */
export const OpenButton = ({
  id,
  name,
  isOpen,
  onOpened,
}: {
  id: string;
  name: string;
  isOpen: boolean;
  onOpened: () => void;
}) => {
  const library = useScenarioLibrary();
  return (
    <button
      type="button"
      disabled={isOpen}
      onClick={() => void library.open(id).then(onOpened)}
      aria-label={`Öppna ${name}`}
    >
      Öppna
    </button>
  );
};
