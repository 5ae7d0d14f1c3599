import type { BalanskravStatus } from '../../model/balanskravStatus';
import { selectBalanskravStatus } from '../../scenarios/selectors';
import { useScenario } from '../../scenarios/useScenario';
import { BalanskravLedger } from './BalanskravLedger';
import { ReserveTable } from './ReserveTable';
import { RevisorAnswers } from './RevisorAnswers';
import { SynnerligaSkalDecisions } from './SynnerligaSkalDecisions';
import { SynnerligaSkalForm } from './SynnerligaSkalForm';
import './balanskrav.css';

/**
 * "Balanskrav": the revisor's three questions answered for the scenario, the återställande ledger per year,
 * the reserves, and fullmäktige's decisions on synnerliga skäl with a form to record one. Everything shown
 * comes from the balanskrav status the store computes once per results (selectBalanskravStatus).
 */
/** "Hur mycket av reserven behövs": per year with a deficit before the reserves, what zero would take. */
const ReserveNeeds = ({ years }: { years: BalanskravStatus['years'] }) => {
  const needs = years.flatMap((year) => (year.reserveNeed ? [year.reserveNeed.text] : []));
  return needs.length === 0 ? null : (
    <ul className="balanskrav-needs" aria-label="Vad reserverna skulle behöva täcka">
      {needs.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
};

export const BalanskravView = () => {
  const status = useScenario(selectBalanskravStatus);
  if (!status)
    return (
      <section className="balanskrav">
        <p>Planen har ingen balanskravsutredning.</p>
      </section>
    );
  return (
    <section className="balanskrav" aria-labelledby="balanskrav-rubrik">
      <h2 id="balanskrav-rubrik">Balanskrav</h2>
      <p className="balanskrav-intro">
        Revisorns tre frågor för budget- och kalkylåren, och år för år vad som återstår att återställa och
        när. Belopp i mnkr.
      </p>
      <RevisorAnswers answers={status.answers} />
      <h3>Återställande av underskott</h3>
      <BalanskravLedger years={status.years} />
      <h3>Reserverna</h3>
      <ReserveTable years={status.years.map((year) => year.year)} />
      <ReserveNeeds years={status.years} />
      <section className="synnerliga" aria-labelledby="synnerliga-rubrik">
        <h3 id="synnerliga-rubrik">Synnerliga skäl</h3>
        <p className="balanskrav-intro">
          Fullmäktige kan av synnerliga skäl besluta att ett underskott inte ska återställas (kommunallagen 11
          kap. 13 §). Högst årets underskott räknas; beslutet och skälen följer med i utskrift och Excel.
        </p>
        <SynnerligaSkalDecisions status={status} />
        <SynnerligaSkalForm years={status.years} />
      </section>
    </section>
  );
};
