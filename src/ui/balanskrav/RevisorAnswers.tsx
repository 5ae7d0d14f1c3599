import type { RevisorAnswer } from '../../model/balanskravStatus';

/**
 * The revisor's three questions, each with a mark that reads without colour (✓ Ja, ✗ Nej) and the model's
 * answer in words. Shared by the Balanskrav view and the printed summary.
 */
export const RevisorAnswers = ({ answers }: { answers: readonly RevisorAnswer[] }) => (
  <ul className="revisor-answers">
    {answers.map((answer) => (
      <li key={answer.id} data-answer={answer.id} className={answer.ok ? 'ok' : 'not-ok'}>
        <span className="answer-question">{answer.question}</span>
        <span className="answer-mark">
          <span aria-hidden="true">{answer.ok ? '✓' : '✗'}</span> {answer.ok ? 'Ja' : 'Nej'}
        </span>
        <span className="answer-text">{answer.answer}</span>
      </li>
    ))}
  </ul>
);
