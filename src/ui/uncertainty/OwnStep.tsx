import { parameterFigure, readSpreadText, unitOf, verdictText } from '../../format/parameterText';
import { checkStep, withStep } from '../../model/uncertainty/editParameters';
import type { DriverUncertainty } from '../../model/uncertainty/parameters';
import { useSimulationRun } from './SimulationContext';
import { ParameterField } from './ParameterField';

/**
 * A driver's own tornado step, besides its typical error (issue 15, item 2): e.g. skatteunderlaget
 * ±0,5 procentenheter in every year. Empty: the typical error. Saved with the user's other figures.
 */
export const OwnStep = ({ driver, slot }: { driver: DriverUncertainty; slot: HTMLElement | null }) => {
  const { edits: api } = useSimulationRun();
  const step = api.edits.steps[driver.id];
  return (
    <ParameterField
      label={`${driver.label}, eget steg i ${unitOf(driver.kind)}`}
      name={`${driver.label}, eget steg`}
      shown={step === undefined ? '' : parameterFigure(step)}
      edited={step !== undefined}
      read={(text) => readSpreadText(text, driver.kind)}
      check={(value) => checkStep(driver, value)}
      describe={(verdict, value) => verdictText(verdict, 'Steget', driver.kind, value)}
      apply={(value) => api.update((edits) => withStep(edits, driver.id, value))}
      clear={() => api.update((edits) => withStep(edits, driver.id, undefined))}
      slot={slot}
    />
  );
};
