import { selectPlanProblems } from '../../scenarios/selectors';
import { useScenario } from '../../scenarios/useScenario';

/**
 * The open scenario does not fit the plan (a saved record made for another plan, or a value out of bounds):
 * it is computed as it is, but never silently.
 */
export const PlanMismatchBanner = () => {
  const problems = useScenario(selectPlanProblems);
  const name = useScenario((state) => state.document.name);
  if (problems.length === 0) return null;
  return (
    <section
      className="safety-banner"
      role="alert"
      aria-labelledby="passar-inte-rubrik"
      data-plan-mismatch=""
    >
      <h2 id="passar-inte-rubrik">Scenariot ”{name}” passar inte planen</h2>
      <p>
        Det är sparat i den här webbläsaren men stämmer inte med planen, så siffrorna kan vara missvisande: de
        räknas med scenariots värden som de är. Rätta värdena eller ta bort scenariot under Scenarier.
      </p>
      <ul>
        {problems.slice(0, 10).map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  );
};
