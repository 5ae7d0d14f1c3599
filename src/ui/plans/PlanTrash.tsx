import { versionLabel } from '../../format/planVersionText';
import { usePlanLibrary } from '../../scenarios/usePlanLibrary';

/**
 * The plans' Papperskorg in the plan menu: own plans taken away, each with its scenarios still stored,
 * brought back with "Återställ". Shown only when it holds a plan.
 */
export const PlanTrash = ({ onRestore }: { onRestore: (id: string) => void }) => {
  const trash = usePlanLibrary((state) => state.trash);
  if (trash.length === 0) return null;
  return (
    <>
      <p className="plan-menu-heading">Planernas papperskorg</p>
      {trash.map(({ key, plan, planVersion }) => {
        const name = `${plan.organisation.name} · ${plan.name}${planVersion ? ` · ${versionLabel(plan, planVersion)}` : ''}`;
        return (
          <button
            key={key}
            type="button"
            role="menuitem"
            aria-label={`Återställ ${name}`}
            onClick={() => onRestore(key)}
          >
            Återställ {name}
          </button>
        );
      })}
    </>
  );
};
