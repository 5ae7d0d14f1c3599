import type { ScenarioDocument } from '../../model/scenarioDocument';

/** Where a scenario offered for comparison comes from. */
export type CompareOrigin = 'aktuellt' | 'sparat' | 'exempel';
export type CompareCandidate = { readonly document: ScenarioDocument; readonly origin: CompareOrigin };

const ORIGIN_LABEL: Readonly<Record<CompareOrigin, string>> = {
  aktuellt: 'öppet nu',
  sparat: 'sparat',
  exempel: 'exempel',
};

export const MAX_COMPARED = 4;

/** Check boxes for two to four scenarios; a fifth is refused by disabling the rest, with the reason said. */
export const ScenarioPicker = ({
  candidates,
  chosen,
  onChange,
}: {
  candidates: readonly CompareCandidate[];
  chosen: readonly string[];
  onChange: (chosen: readonly string[]) => void;
}) => {
  const full = chosen.length >= MAX_COMPARED;
  return (
    <fieldset className="compare-picker">
      <legend>Scenarier att jämföra med planen (två till fyra)</legend>
      <ul>
        {candidates.map(({ document, origin }) => {
          const checked = chosen.includes(document.id);
          return (
            <li key={document.id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() =>
                    onChange(checked ? chosen.filter((id) => id !== document.id) : [...chosen, document.id])
                  }
                />
                {document.name} <span className="origin">({ORIGIN_LABEL[origin]})</span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="hint" aria-live="polite">
        {full
          ? `Högst ${MAX_COMPARED} scenarier åt gången: avmarkera ett för att välja ett annat.`
          : chosen.length < 2
            ? 'Välj minst två scenarier – eller ett, för att se det mot planen.'
            : ''}
      </p>
    </fieldset>
  );
};
