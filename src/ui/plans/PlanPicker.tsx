import { useRef, useState } from 'react';
import { versionLabel } from '../../format/planVersionText';
import type { Plan } from '../../model/planSchema';
import type { PlanEntry, PlanResult } from '../../scenarios/planLibrary';
import { importPlanFile, planFile, planTemplateFile } from '../../scenarios/planTransfer';
import { usePlanLibrary, usePlanSession } from '../../scenarios/usePlanLibrary';
import { useScenario } from '../../scenarios/useScenario';
import { RenameForm } from '../library/RenameForm';
import { downloadFile } from '../transfer/downloadFile';
import { PlanTrash } from './PlanTrash';

const title = (plan: Plan) => `${plan.organisation.name} · ${plan.name}`;

/**
 * One item per plan, built-in plans first (also when the version shown is an own forecast of one): the
 * open version of the open plan, the newest version of every other.
 */
const onePerPlan = (entries: readonly PlanEntry[], open: Plan) => {
  const builtInIds = new Set(entries.filter((e) => e.builtIn).map((e) => e.plan.id));
  const shown = entries.filter((entry) => {
    const versions = entries.filter((e) => e.plan.id === entry.plan.id);
    if (entry.plan.id === open.id) return entry.plan.version === open.version;
    return entry.plan.version === Math.max(...versions.map((e) => e.plan.version));
  });
  return shown
    .map((entry) => ({ entry, builtIn: builtInIds.has(entry.plan.id) }))
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn));
};

type Outcome = { readonly message: string; readonly problems: readonly string[]; readonly error: boolean };

/**
 * The plan picker in the header: the open plan (organisation · name) as a menu of the built-in and own
 * plans, and what can be done with plans: copy, import, export, the template, a new plan.
 */
export const PlanPicker = ({
  onNewPlan,
  onPlanVersions,
}: {
  onNewPlan?: (() => void) | undefined;
  onPlanVersions?: (() => void) | undefined;
}) => {
  const plan = useScenario((state) => state.plan);
  const { plans, switchTo } = usePlanSession();
  const entries = usePlanLibrary((state) => state.plans);
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const current = entries.find((e) => e.plan.id === plan.id && e.plan.version === plan.version);
  const own = current && !current.builtIn && !current.planVersion ? current : undefined;
  const ownVersion = current?.planVersion ? current : undefined;
  const versions = entries.filter((e) => e.plan.id === plan.id);

  const after = async (result: Promise<PlanResult>, done: (plan: Plan) => string, go = true) => {
    const r = await result;
    if (!r.ok) return setOutcome({ message: r.message, problems: r.problems, error: true });
    setOutcome({ message: done(r.plan), problems: [], error: false });
    setOpen(false);
    if (go) await switchTo(r.plan.id);
  };

  return (
    <div className="plan-picker">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          // The menu and a message take the same place: opening the menu puts the message away.
          setOutcome(undefined);
          setRenaming(false);
          setOpen(!open);
        }}
      >
        {title(plan)}
        {versions.length > 1 && current ? ` · ${versionLabel(plan, current.planVersion)}` : ''}
      </button>
      {open && (
        <div className="plan-menu" role="menu" aria-label="Planer">
          <p className="plan-menu-heading">Inbyggda planer</p>
          {onePerPlan(entries, plan).map(({ entry, builtIn }, i, shown) => (
            <div key={entry.key}>
              {!builtIn && shown[i - 1]?.builtIn && <p className="plan-menu-heading">Egna planer</p>}
              <button
                type="button"
                role="menuitemradio"
                aria-checked={entry.plan.id === plan.id}
                onClick={() => void (entry.plan.id === plan.id ? setOpen(false) : switchTo(entry.key))}
              >
                {title(entry.plan)}
              </button>
            </div>
          ))}
          {versions.length > 1 && (
            <>
              <p className="plan-menu-heading">Planens versioner</p>
              {versions.map((entry) => (
                <button
                  key={entry.key}
                  type="button"
                  role="menuitemradio"
                  aria-checked={entry === current}
                  onClick={() => void (entry === current ? setOpen(false) : switchTo(entry.key))}
                >
                  {versionLabel(entry.plan, entry.planVersion)}
                </button>
              ))}
            </>
          )}
          <hr />
          <button
            type="button"
            role="menuitem"
            onClick={() => void after(plans.copy(plan.id), (p) => `”${p.name}” är skapad.`)}
          >
            Kopiera planen
          </button>
          {onPlanVersions && (
            <button type="button" role="menuitem" onClick={onPlanVersions}>
              Ny prognos och versioner…
            </button>
          )}
          <button type="button" role="menuitem" onClick={() => fileInput.current?.click()}>
            Importera plan…
          </button>
          <button type="button" role="menuitem" onClick={() => downloadFile(planFile(plan))}>
            Exportera plan
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => void planTemplateFile(plan).then(downloadFile)}
          >
            Ladda ner mall
          </button>
          {own && (
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                setRenaming(true);
                setOpen(false);
              }}
            >
              Byt namn på planen…
            </button>
          )}
          {own && (
            <button
              type="button"
              role="menuitem"
              onClick={() =>
                void after(
                  plans.remove(own.key),
                  (p) =>
                    `”${p.name}” ligger i planernas papperskorg. Dess scenarier finns kvar och kommer tillbaka när planen återställs.`,
                  false,
                )
              }
            >
              Ta bort planen
            </button>
          )}
          {ownVersion && (
            <button
              type="button"
              role="menuitem"
              onClick={() =>
                void after(
                  plans.remove(ownVersion.key),
                  () =>
                    `”${versionLabel(plan, ownVersion.planVersion)}” ligger i planernas papperskorg. Dess scenarier finns kvar och kommer tillbaka när versionen återställs.`,
                  false,
                )
              }
            >
              Ta bort versionen
            </button>
          )}
          {onNewPlan && (
            <button type="button" role="menuitem" onClick={onNewPlan}>
              Ny plan…
            </button>
          )}
          <PlanTrash
            onRestore={(id) => void after(plans.restore(id), (p) => `”${p.name}” är återställd.`, false)}
          />
          <input
            ref={fileInput}
            type="file"
            accept=".json,.xlsx,application/json"
            hidden
            aria-label="Planfil att importera"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file)
                void after(
                  importPlanFile(plans, file),
                  (p) => `”${p.organisation.name} · ${p.name}” är importerad.`,
                );
            }}
          />
        </div>
      )}
      {own && renaming && (
        <div className="plan-outcome">
          <RenameForm
            name={own.plan.name}
            onRename={(name) => {
              setRenaming(false);
              void after(plans.rename(own.key, name), (p) => `Planen heter nu ”${p.name}”.`);
            }}
            onCancel={() => setRenaming(false)}
          />
        </div>
      )}
      {outcome && (
        <div className="plan-outcome" role={outcome.error ? 'alert' : 'status'}>
          <p>{outcome.message}</p>
          {outcome.problems.length > 0 && (
            <ul>
              {outcome.problems.slice(0, 10).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => setOutcome(undefined)}>
            Stäng
          </button>
        </div>
      )}
    </div>
  );
};
