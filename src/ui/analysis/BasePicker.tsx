import { useMemo } from 'react';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { useLibrary } from '../../scenarios/useLibrary';
import { useScenario } from '../../scenarios/useScenario';

export const PLAN_BASE_ID = 'planen';

/** What the open scenario can be explained against: the plan, a saved scenario or an example. */
export const useBaseCandidates = (): readonly ScenarioDocument[] => {
  const currentId = useScenario((state) => state.document.id);
  const saved = useLibrary((state) => state.documents);
  const examples = useLibrary((state) => state.examples);
  return useMemo(
    () => [...saved, ...examples].filter((document) => document.id !== currentId),
    [saved, examples, currentId],
  );
};

/** A select of the plan and the other scenarios; the choice is the base of the waterfall. */
export const BasePicker = ({
  value,
  candidates,
  onChange,
}: {
  value: string;
  candidates: readonly ScenarioDocument[];
  onChange: (id: string) => void;
}) => (
  <label className="base-picker">
    Jämför med{' '}
    <select value={value} onChange={(event) => onChange(event.target.value)}>
      <option value={PLAN_BASE_ID}>Planen</option>
      {candidates.map((document) => (
        <option key={document.id} value={document.id}>
          {document.name}
        </option>
      ))}
    </select>
  </label>
);
