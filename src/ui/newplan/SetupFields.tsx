import type { ReactNode } from 'react';
import {
  organisationProblems,
  type DraftYears,
  type OrganisationKind,
  type PlanDraft,
} from '../../model/planDraft';
import { withKind } from '../../model/planDraftPresets';
import { PLAN_YEAR_LIMITS } from '../../model/planSchema';
import type { UpdateDraft } from './NewPlanPage';

/** A labelled field with its Swedish message beside it. */
export const Field = ({
  id,
  label,
  problem,
  hint,
  children,
}: {
  id: string;
  label: string;
  problem?: string | undefined;
  hint?: string | undefined;
  children: ReactNode;
}) => (
  <div className="np-field">
    <label htmlFor={id}>{label}</label>
    {children}
    {hint && <span className="np-hint np-field-hint">{hint}</span>}
    {problem && (
      <span className="np-problem" id={`${id}-fel`}>
        {problem}
      </span>
    )}
  </div>
);

const count = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Step 1: organisation, kind, plan name, decision, years. */
export const SetupFields = ({
  draft,
  years,
  update,
}: {
  draft: PlanDraft;
  years: DraftYears;
  update: UpdateDraft;
}) => {
  const problems = organisationProblems(draft);
  const yearProblems = years.ok ? {} : years.problems;
  const text = (
    id: string,
    label: string,
    value: string,
    set: (d: PlanDraft, v: string) => PlanDraft,
    problem?: string,
  ) => (
    <Field id={id} label={label} problem={problem}>
      <input
        id={id}
        type="text"
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-fel` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          update((d) => set(d, next));
        }}
      />
    </Field>
  );
  const select = (
    id: string,
    label: string,
    value: number,
    options: number[],
    key: keyof PlanDraft['years'],
  ) => (
    <Field id={id} label={label} problem={yearProblems[key]}>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = Number(event.target.value);
          update((d) => ({ ...d, years: { ...d.years, [key]: next } }));
        }}
      >
        {options.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <section className="np-step" aria-labelledby="np-steg-1">
      <h2 id="np-steg-1">1. Organisation och år</h2>
      <div className="np-fields">
        {text(
          'np-org',
          'Organisation',
          draft.organisation.name,
          (d, v) => ({ ...d, organisation: { ...d.organisation, name: v } }),
          problems.name,
        )}
        <Field id="np-kind" label="Slag">
          <select
            id="np-kind"
            value={draft.organisation.kind}
            onChange={(event) => {
              const kind = event.target.value as OrganisationKind;
              update((d) => withKind(d, kind));
            }}
          >
            <option value="kommun">Kommun</option>
            <option value="region">Region</option>
          </select>
        </Field>
        {text(
          'np-code',
          'Kommun- eller regionkod (valfri)',
          draft.organisation.code,
          (d, v) => ({ ...d, organisation: { ...d.organisation, code: v } }),
          problems.code,
        )}
        {text(
          'np-name',
          'Planens namn',
          draft.planName,
          (d, v) => ({ ...d, planName: v }),
          problems.planName,
        )}
        {text(
          'np-decided-by',
          'Beslutad av (valfritt)',
          draft.decidedBy,
          (d, v) => ({ ...d, decidedBy: v }),
          problems.decided,
        )}
        {text('np-decided-when', 'Beslutad när (valfritt)', draft.decidedWhen, (d, v) => ({
          ...d,
          decidedWhen: v,
        }))}
      </div>
      <div className="np-fields">
        {text(
          'np-first',
          'Första budgetår',
          draft.years.firstBudget,
          (d, v) => ({ ...d, years: { ...d.years, firstBudget: v } }),
          yearProblems.firstBudget,
        )}
        {select(
          'np-budget',
          'Budgetår',
          draft.years.budget,
          count(PLAN_YEAR_LIMITS.budget.min, PLAN_YEAR_LIMITS.budget.max),
          'budget',
        )}
        {select('np-kalkyl', 'Kalkylår', draft.years.kalkyl, count(0, PLAN_YEAR_LIMITS.kalkyl.max), 'kalkyl')}
        {select(
          'np-history',
          'Historiska år (bokslut, föregående budget)',
          draft.years.history,
          count(0, PLAN_YEAR_LIMITS.history),
          'history',
        )}
      </div>
      {years.ok && (
        <p className="np-hint">
          Budget {years.budget[0]}–{years.budget[years.budget.length - 1]}
          {years.kalkyl.length > 0
            ? `, kalkyl ${years.kalkyl[0]}–${years.kalkyl[years.kalkyl.length - 1]}`
            : ''}
          {years.history.length > 0 ? `, historik ${years.history.join(', ')}` : ''}.
        </p>
      )}
    </section>
  );
};
