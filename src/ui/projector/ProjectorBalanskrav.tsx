import { selectBalanskravStatus } from '../../scenarios/selectors';
import { useScenario } from '../../scenarios/useScenario';

/**
 * The återställande status of the modelled years in one plain line for the room: the revisor's question
 * "are the deficits restored in time?" with a mark that reads without colour and the model's answer.
 */
export const ProjectorBalanskrav = () => {
  const answer = useScenario((state) =>
    selectBalanskravStatus(state)?.answers.find((a) => a.id === 'aterstallande'),
  );
  if (!answer) return null;
  return (
    <p className={answer.ok ? 'projector-balanskrav ok' : 'projector-balanskrav not-ok'} aria-live="polite">
      <strong>
        <span aria-hidden="true">{answer.ok ? '✓' : '✗'}</span> {answer.question}
      </strong>{' '}
      {answer.answer}
    </p>
  );
};
