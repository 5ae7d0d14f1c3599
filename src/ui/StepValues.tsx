import { memo } from 'react';
import { formatNumber, formatSigned } from '../format/formatNumber';
import type { StepValue } from '../model/stepValues';
import { PERSON_STEP, useStepValues } from '../scenarios/stepValues';
import { useScenario } from '../scenarios/useScenario';

const NBSP = '\u00a0';
const mnkr = (value: number | undefined) => (value === undefined ? '–' : formatSigned(value, 1));

const PersonStep = () => (
  <p className="step-person" data-testid="steg-person">
    <strong>
      +{PERSON_STEP.ore}
      {NBSP}öre = {formatNumber(PERSON_STEP.kr, 0)}
      {NBSP}kr per år
    </strong>{' '}
    vid {formatNumber(PERSON_STEP.incomeKr, 0)}
    {NBSP}kr beskattningsbar inkomst
  </p>
);

const StepRows = ({ step, years }: { step: StepValue; years: readonly number[] }) => (
  <>
    {step.spec.effects.map((effect, index) => (
      <tr key={effect.id} className={index === 0 ? 'step-first' : undefined}>
        {index === 0 ? (
          <th scope="rowgroup" rowSpan={step.spec.effects.length}>
            {step.spec.label}
          </th>
        ) : null}
        <th scope="row" className="step-effect">
          {effect.label}
        </th>
        {years.map((year) => (
          <td key={year} data-step={`${step.spec.id}|${effect.id}|${year}`}>
            {mnkr(step.years.find((y) => y.year === year)?.effects[effect.id])}
          </td>
        ))}
      </tr>
    ))}
  </>
);

/**
 * "Vad ett steg är värt": what one step of skattesats, befolkning and LPIK is worth in each year of the
 * scenario on screen, found by re-running the model after each edit has been painted.
 */
export const StepValues = memo(function StepValues() {
  const { values, current } = useStepValues();
  const years = useScenario((state) => state.workbook.layout.years);
  const budgetYears = useScenario((state) => state.workbook.layout.budgetYears);
  return (
    <section
      className="step-values"
      aria-labelledby="steg-rubrik"
      aria-busy={!current}
      data-testid="steg-varde"
    >
      <h2 id="steg-rubrik">Vad ett steg är värt</h2>
      <p className="step-lead">
        Ändring i mnkr samma år när ett antagande höjs ett steg från scenariots värde. Modellen räknas om för
        varje steg och år.
      </p>
      {values ? (
        <table className="step-table">
          <thead>
            <tr>
              <th scope="col">Steg</th>
              <th scope="col">Påverkar (mnkr)</th>
              {years.map((year) => {
                const kalkyl = !budgetYears.includes(year);
                return (
                  <th key={year} scope="col" className={kalkyl ? 'kalkyl' : 'budget'}>
                    {year}
                    <span className="year-kind">{kalkyl ? 'Kalkyl' : 'Budget'}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {values.steps.map((step) => (
              <StepRows key={step.spec.id} step={step} years={years} />
            ))}
          </tbody>
        </table>
      ) : (
        <p role="status">Räknar …</p>
      )}
      <PersonStep />
      {values ? (
        <p className="step-cost">
          {current ? '' : 'Räknar om … '}Modellen kördes {values.runs} gånger på{' '}
          <span data-testid="steg-ms">{formatNumber(values.ms, 0)}</span>
          {NBSP}ms.
        </p>
      ) : null}
    </section>
  );
});

/** The projector's version: the first budget year only, in one line per step. */
export const StepValuesCompact = () => {
  const { values } = useStepValues();
  const year = useScenario((state) => state.workbook.layout.budgetYears[0]);
  const headline = (step: StepValue) => step.years.find((y) => y.year === year)?.effects;
  return (
    <section className="step-compact" aria-labelledby="steg-kompakt-rubrik" data-testid="steg-kompakt">
      <h2 id="steg-kompakt-rubrik">Vad ett steg är värt {year}</h2>
      {values ? (
        <ul>
          {values.steps.map((step) => {
            const effect = step.spec.effects[0];
            return effect ? (
              <li key={step.spec.id}>
                {step.spec.label} = <strong>{mnkr(headline(step)?.[effect.id])}</strong>
                {NBSP}mnkr <span className="step-compact-what">({effect.label.toLowerCase()})</span>
              </li>
            ) : null;
          })}
        </ul>
      ) : (
        <p role="status">Räknar …</p>
      )}
      <PersonStep />
    </section>
  );
};
