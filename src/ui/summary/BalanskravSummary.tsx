import { selectBalanskravStatus } from '../../scenarios/selectors';
import { useScenario } from '../../scenarios/useScenario';
import { BalanskravLedger } from '../balanskrav/BalanskravLedger';
import { RevisorAnswers } from '../balanskrav/RevisorAnswers';
import { SynnerligaSkalDecisions } from '../balanskrav/SynnerligaSkalDecisions';

/**
 * The balanskrav on the printed page: the revisor's three answers, the återställande ledger per year and the
 * decisions on synnerliga skäl with their reasons, in the space one A4 page leaves beside the rest.
 */
export const BalanskravSummary = () => {
  const status = useScenario(selectBalanskravStatus);
  if (!status) return null;
  return (
    <section className="print-balanskrav">
      <h2>Balanskrav</h2>
      <RevisorAnswers answers={status.answers} />
      <BalanskravLedger years={status.years} notes={false} />
      {status.decisions.length > 0 ? (
        <>
          <h3>Beslut om synnerliga skäl</h3>
          <SynnerligaSkalDecisions status={status} editable={false} />
        </>
      ) : null}
    </section>
  );
};
