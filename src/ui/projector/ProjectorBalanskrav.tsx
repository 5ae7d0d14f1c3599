import { useMemo } from 'react';
import { aterstallandeLine } from '../../format/aterstallandeLine';
import { selectBalanskravStatus } from '../../scenarios/selectors';
import { useScenario } from '../../scenarios/useScenario';

/** A mark per kind that reads without colour. */
const MARK = { ok: '✓', atgardsplan: '!', sent: '✗' } as const;

/**
 * The återställande status of the modelled years in one plain line for the room ("Åtgärdsplan krävs: 23,4
 * mnkr att återställa senast 2027"), from the balanskrav status the store computes once per results.
 */
export const ProjectorBalanskrav = () => {
  const status = useScenario(selectBalanskravStatus);
  const decimals = useScenario((state) => state.workbook.rows.byId.get('balanskravsresultat')?.decimals ?? 0);
  const line = useMemo(() => (status ? aterstallandeLine(status, decimals) : undefined), [status, decimals]);
  if (!line) return null;
  return (
    <p className={`projector-balanskrav ${line.kind}`} aria-live="polite">
      <strong>
        <span aria-hidden="true">{MARK[line.kind]}</span> Återställande:
      </strong>{' '}
      {line.text}
    </p>
  );
};
