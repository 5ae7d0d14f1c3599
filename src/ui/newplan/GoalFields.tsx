import type { PlanDraft } from '../../model/planDraft';
import { goalPreset } from '../../model/planDraftPresets';
import type { UpdateDraft } from './NewPlanPage';

type LimitProps = { label: string; value: string; onChange: (text: string) => void };

/** A goal's limit as typed text; the draft reads it through the one number parser when it is checked. */
const LimitField = ({ label, value, onChange }: LimitProps) => (
  <input
    type="text"
    inputMode="decimal"
    className="np-short"
    aria-label={label}
    value={value}
    onChange={(event) => onChange(event.target.value)}
  />
);

/** Step 4: balanskravet always; the kind's suggested goals, ticked and edited by the person. */
export const GoalFields = ({ draft, update }: { draft: PlanDraft; update: UpdateDraft }) => {
  const change = (preset: string, patch: Partial<PlanDraft['goals'][number]>) =>
    update((d) => ({ ...d, goals: d.goals.map((g) => (g.preset === preset ? { ...g, ...patch } : g)) }));
  return (
    <section className="np-step" aria-labelledby="np-steg-4">
      <h2 id="np-steg-4">4. Finansiella mål</h2>
      <p>
        <strong>Balanskravet</strong> (kommunallagen 11 kap.) gäller alltid och finns med i planen.
      </p>
      <p className="np-hint">
        Förslag för {draft.organisation.kind === 'region' ? 'regioner' : 'kommuner'}: kryssa i de mål er plan
        har och ändra gränserna. De sparas som era egna uppgifter, inte som publicerade.
      </p>
      <ul className="np-goals">
        {draft.goals.map((goal) => {
          const preset = goalPreset(draft.organisation.kind, goal.preset);
          if (!preset) return null;
          const id = `np-mal-${goal.preset}`;
          return (
            <li key={goal.preset}>
              <input
                id={id}
                type="checkbox"
                checked={goal.chosen}
                onChange={(event) => change(goal.preset, { chosen: event.target.checked })}
              />
              <label htmlFor={id}>{preset.label}</label>{' '}
              <LimitField
                label={`${preset.label}: lägsta ${preset.unit}`}
                value={goal.min}
                onChange={(min) => change(goal.preset, { min })}
              />
              {preset.max !== undefined && (
                <>
                  {' '}
                  och{' '}
                  <LimitField
                    label={`${preset.label}: högsta ${preset.unit}`}
                    value={goal.max}
                    onChange={(max) => change(goal.preset, { max })}
                  />
                </>
              )}{' '}
              {preset.unit}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
