import { useState } from 'react';
import type { GoalSeekResult } from '../../scenarios/analysis';
import { useAnalysis } from '../../scenarios/useAnalysis';
import { useScenario, useScenarioStore } from '../../scenarios/useScenario';
import { firstTarget, instrumentOf, targetOf, type GoalSeekForm } from './goalSeekChoices';
import { GoalSeekAnswer } from './GoalSeekAnswer';
import { InstrumentFieldset } from './InstrumentFieldset';
import { TargetFieldset } from './TargetFieldset';
import './analysis.css';

/**
 * "Vad krävs?": choose a target and an instrument, press "Beräkna", read the answer in Swedish with what it
 * does to the goals, and apply it as one change. Computed on demand, never while typing.
 */
export const GoalSeekView = () => {
  const store = useScenarioStore();
  const analyzer = useAnalysis();
  const changes = useScenario((state) => state.document.changes);
  const plan = useScenario((state) => state.plan);
  const years = useScenario((state) => state.workbook.layout.years);
  const budgetYears = useScenario((state) => state.workbook.layout.budgetYears);
  const first = budgetYears[0] ?? years[0] ?? 0;
  const [form, setForm] = useState<GoalSeekForm>({
    ...firstTarget(plan),
    withKalkyl: false,
    rowId: 'balanskravsresultat',
    year: first,
    direction: 'minst',
    value: undefined,
    instrument: 'skattesats',
    fromYear: first,
  });
  const [answer, setAnswer] = useState<{ result: GoalSeekResult; basis: object; applied: boolean }>();
  const target = targetOf(form, budgetYears, years);

  const calculate = () => {
    if (!target) return;
    setAnswer({ result: analyzer.seek(changes, target, instrumentOf(form)), basis: changes, applied: false });
  };
  const apply = () => {
    if (!answer?.result.command) return;
    store.dispatch(answer.result.command);
    setAnswer({ ...answer, applied: true });
  };

  return (
    <section className="analysis" aria-labelledby="vad-kravs-rubrik">
      <h2 id="vad-kravs-rubrik">Vad krävs?</h2>
      <p className="analysis-intro">
        Välj ett mål och ett styrmedel. Verktyget prövar hela budgeten och hittar det minsta (eller största)
        värdet som når målet i scenariot som det ser ut nu.
      </p>
      <form
        className="seek-form"
        onSubmit={(event) => {
          event.preventDefault();
          calculate();
        }}
      >
        <TargetFieldset form={form} onChange={(patch) => setForm({ ...form, ...patch })} />
        <InstrumentFieldset form={form} onChange={(patch) => setForm({ ...form, ...patch })} />
        <div className="seek-submit">
          <button type="submit" className="primary" disabled={!target}>
            Beräkna
          </button>
        </div>
      </form>
      <div aria-live="polite" className="seek-result">
        {answer ? (
          <GoalSeekAnswer
            result={answer.result}
            stale={answer.basis !== changes}
            applied={answer.applied}
            onApply={apply}
          />
        ) : null}
      </div>
    </section>
  );
};
