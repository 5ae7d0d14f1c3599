import { useState } from 'react';
import { parameterFigure, readCorrelationText, verdictText } from '../../format/parameterText';
import {
  checkCorrelation,
  CORRELATION_PAIRS,
  correlationOf,
  pairKey,
  sourceCorrelation,
  withCorrelation,
} from '../../model/uncertainty/editParameters';
import type { DriverUncertainty } from '../../model/uncertainty/parameters';
import type { ParameterEditsApi } from '../../scenarios/useParameterEdits';
import { ParameterField } from './ParameterField';

/**
 * The correlations between the drivers' errors in one year, each editable; a set that cannot hold together
 * is refused in words. Only pairs of drivers the plan has are shown.
 */
export const CorrelationEditor = ({
  drivers,
  api,
}: {
  drivers: readonly DriverUncertainty[];
  api: ParameterEditsApi;
}) => {
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  const byId = new Map(drivers.map((driver) => [driver.id, driver]));
  const pairs = CORRELATION_PAIRS.filter(({ a, b }) => byId.has(a) && byId.has(b));
  if (pairs.length === 0) return null;
  return (
    <>
      <table className="param-correlations" data-testid="sim-correlations">
        <caption>
          Samband mellan felen samma år (korrelation, från −1 till 1). Befolkningens fel är en nivå och dras
          för sig.
        </caption>
        <thead>
          <tr>
            <th scope="col">Antaganden</th>
            <th scope="col">Samband</th>
            <th scope="col">Grund</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map(({ a, b }) => {
            const key = pairKey(a, b);
            const name = `${byId.get(a)?.label ?? a} och ${(byId.get(b)?.label ?? b).toLowerCase()}`;
            const source = sourceCorrelation(a, b);
            const edited = api.edits.correlations[key] !== undefined;
            return (
              <tr key={key} data-pair={key}>
                <th scope="row">{name}</th>
                <td>
                  <ParameterField
                    label={`Samband: ${name}`}
                    name={name}
                    shown={parameterFigure(correlationOf(api.edits, a, b))}
                    edited={edited}
                    read={readCorrelationText}
                    check={(rho) => checkCorrelation(api.edits, key, rho)}
                    describe={(verdict, rho) => verdictText(verdict, 'Sambandet', 'rate', rho)}
                    apply={(rho) => api.update((edits) => withCorrelation(edits, key, rho))}
                    slot={slot}
                  />
                </td>
                <td>
                  {edited ? (
                    <>
                      <span className="sim-basis sim-basis-own">Egen bedömning</span> i stället för källornas{' '}
                      {parameterFigure(source)}
                    </>
                  ) : (
                    <span className="sim-basis sim-basis-bed">
                      {source === 0 ? 'Inget stöd i källorna' : 'Bedömning'}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div ref={setSlot} className="param-messages" />
    </>
  );
};
