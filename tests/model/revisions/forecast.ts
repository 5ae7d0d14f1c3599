import type { Plan } from '../../../src/model/planSchema';
import type { ScenarioChanges } from '../../../src/model/scenarioChanges';

const ONE_VALUE = new Set(['intakt_per_100_invanare', 'avskrivningstid', 'pensionsavkastning']);
/**
 * A forecast of what the plan publishes: its drivers with values, and its levels. A rate the plan publishes
 * no values for (a change against the plan) lives only in the revised figures; the bridge then shows its
 * effect as the rest, which the unit tests cover.
 */
export const forecastOf = (plan: Plan, changes: ScenarioChanges) =>
  Object.fromEntries(
    Object.entries(changes.inputs).filter(
      ([id]) =>
        !ONE_VALUE.has(id) &&
        /^(skattesats|befolkning|investeringar_\w+|ansvarsforbindelse|\w+_grund)$|^(skatteunderlagstillvaxt|prisindex)$/.test(
          id,
        ) &&
        (id !== 'skatteunderlagstillvaxt' || plan.drivers.skatteunderlagstillvaxt?.values !== undefined) &&
        (id !== 'prisindex' || plan.drivers.prisindex?.values !== undefined),
    ),
  );
