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
      {trash.map(({ plan }) => (
        <button
          key={plan.id}
          type="button"
          role="menuitem"
          aria-label={`Återställ ${plan.organisation.name} · ${plan.name}`}
          onClick={() => onRestore(plan.id)}
        >
          Återställ {plan.organisation.name} · {plan.name}
        </button>
      ))}
    </>
  );
};
