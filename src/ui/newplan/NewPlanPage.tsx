import { useDeferredValue, useMemo, useState } from 'react';
import { checkDraft } from '../../format/planDraftCheck';
import type { PlanDraft } from '../../model/planDraft';
import { draftYears } from '../../model/planDraft';
import { usePlanSession } from '../../scenarios/usePlanLibrary';
import { useNewPlanDraft } from '../../scenarios/useNewPlanDraft';
import { DriverFields } from './DriverFields';
import { GoalFields } from './GoalFields';
import { Reconciliation } from './Reconciliation';
import { SetupFields } from './SetupFields';
import { StatementsStep } from './StatementsStep';
import { leavePageRoute } from '../usePageRoute';

export type UpdateDraft = (change: (draft: PlanDraft) => PlanDraft) => void;

/**
 * "Ny plan": a guided page on which a person enters their organisation's plan: organisation and years, the
 * statements (typed or pasted from Excel), drivers and goals, with the live reconciliation beside them.
 * Saving goes through the plan library's one validating path; the app then opens the new plan.
 */
export const NewPlanPage = ({ onClose }: { onClose: () => void }) => {
  const { draft, update, discard } = useNewPlanDraft();
  if (!draft)
    return (
      <main className="new-plan" aria-busy="true">
        <p>Öppnar utkastet…</p>
      </main>
    );
  return <NewPlanForm draft={draft} update={update} discard={discard} onClose={onClose} />;
};

const NewPlanForm = ({
  draft,
  update,
  discard,
  onClose,
}: {
  draft: PlanDraft;
  update: UpdateDraft;
  discard: (fresh: boolean) => Promise<void>;
  onClose: () => void;
}) => {
  const { plans, switchTo } = usePlanSession();
  const deferred = useDeferredValue(draft);
  const check = useMemo(() => checkDraft(deferred), [deferred]);
  const years = draftYears(draft);
  const [status, setStatus] = useState<{ busy: boolean; text: string } | undefined>();
  const current = deferred === draft;

  const save = async () => {
    const plan = checkDraft(draft).plan;
    if (!plan) return;
    setStatus({ busy: true, text: 'Sparar planen…' });
    const result = await plans.importPlan(plan);
    if (!result.ok) {
      setStatus({ busy: false, text: `${result.message} ${result.problems.join('; ')}` });
      return;
    }
    await discard(false);
    setStatus({ busy: true, text: `”${result.plan.name}” är sparad. Planen öppnas…` });
    leavePageRoute();
    await switchTo(result.plan.id);
  };

  return (
    <main className="new-plan" aria-labelledby="ny-plan-rubrik">
      <header className="new-plan-header">
        <h1 id="ny-plan-rubrik">Ny plan</h1>
        <p>
          Fyll i organisationen och åren, klistra in resultatbudgeten från Excel och ange skattesatsen.
          Utkastet sparas i webbläsaren medan du arbetar.
        </p>
        <div className="new-plan-actions">
          <button type="button" onClick={onClose}>
            Avbryt
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm('Ta bort utkastet och börja om?')) void discard(true);
            }}
          >
            Börja om
          </button>
        </div>
      </header>
      <div className="new-plan-body">
        <div className="new-plan-steps">
          <SetupFields draft={draft} years={years} update={update} />
          {years.ok && <StatementsStep draft={draft} years={years} update={update} check={check} />}
          {years.ok && <DriverFields draft={draft} years={years} update={update} />}
          <GoalFields draft={draft} update={update} />
        </div>
        <Reconciliation
          check={check}
          current={current}
          status={status}
          onSave={() => void save()}
          onConfirm={(key) => update((d) => ({ ...d, confirmed: [...(d.confirmed ?? []), key] }))}
        />
      </div>
    </main>
  );
};
