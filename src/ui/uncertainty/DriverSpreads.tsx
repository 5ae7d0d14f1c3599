import { useState } from 'react';
import {
  horizonLabels,
  parameterFigure,
  readSpreadText,
  unitOf,
  verdictText,
} from '../../format/parameterText';
import { basisText, kindText, spreadText } from '../../format/uncertaintyText';
import { checkSpread, spreadsOf, withSpread } from '../../model/uncertainty/editParameters';
import type { DriverUncertainty } from '../../model/uncertainty/parameters';
import type { ParameterEditsApi } from '../../scenarios/useParameterEdits';
import { ParameterField } from './ParameterField';

/**
 * One driver's typical error by horizon, each figure editable, with its basis and source; an edited driver
 * is marked "Egen bedömning" and shows the sources' figures beside the user's.
 */
export const DriverSpreads = ({ driver, api }: { driver: DriverUncertainty; api: ParameterEditsApi }) => {
  const current = spreadsOf(api.edits, driver);
  const edited = api.edits.spreads[driver.id] !== undefined;
  const labels = horizonLabels(driver);
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  return (
    <div className="sim-driver" data-driver={driver.id}>
      <dt>{driver.label}</dt>
      <dd>
        <table className="param-spreads">
          <caption>Typiskt fel, {unitOf(driver.kind)}</caption>
          <thead>
            <tr>
              {labels.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {current.map((value, index) => (
                <td key={labels[index]} data-horizon={index}>
                  <ParameterField
                    label={`${driver.label}, typiskt fel ${(labels[index] ?? '').toLowerCase()}`}
                    name={labels[index] ?? ''}
                    shown={parameterFigure(value)}
                    edited={value !== driver.sd[index]}
                    read={(text) => readSpreadText(text, driver.kind)}
                    check={(next) => checkSpread(driver, current, index, next)}
                    describe={(verdict, next) => verdictText(verdict, 'Det typiska felet', driver.kind, next)}
                    apply={(next) => api.update((edits) => withSpread(edits, driver, index, next))}
                    slot={slot}
                  />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        <div ref={setSlot} className="param-messages" />
        <p>{kindText(driver.kind)}</p>
        <p>
          {edited ? (
            <>
              <span className="sim-basis sim-basis-own">Egen bedömning</span> i stället för källornas{' '}
              {spreadText(driver)}. Källornas underlag:{' '}
            </>
          ) : (
            <>
              <span className={`sim-basis sim-basis-${driver.basis === 'publicerat' ? 'pub' : 'bed'}`}>
                {basisText(driver.basis)}
              </span>{' '}
            </>
          )}
          {driver.source}
        </p>
      </dd>
    </div>
  );
};
