import { useMemo } from 'react';
import type { DataTable, TableDriver } from '../model/uncertainty/dataTableAxes';
import type { Sensitivity } from '../engine/sensitivity';
import type { Plan } from '../model/planSchema';
import type { RowId } from '../model/rowId';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { UncertaintyModel } from '../model/uncertainty/draws';
import type { UncertaintyId } from '../model/uncertainty/parameters';
import type { Year } from '../model/years';
import { useScenario } from './useScenario';
import { useWorkerAnswer, type WorkerAnswer } from './useWorkerAnswer';

/** What a question is asked for: a new object whenever the plan, the scenario, the year or the rest changes. */
const useKey = (plan: Plan, changes: ScenarioChanges, year: Year, rest = '') =>
  useMemo(() => ({ plan, changes, year, rest }), [plan, changes, year, rest]);

/**
 * The tornado for the open scenario and a year, from the analysis worker, again whenever either changes;
 * a driver with an own step in `steps` moves by it instead of its typical error, the typical errors from
 * `model` (the user's own figures) when given.
 */
export const useSensitivity = (
  year: Year,
  steps: Partial<Record<UncertaintyId, number>> = {},
  model?: UncertaintyModel,
): WorkerAnswer<Sensitivity> => {
  const plan = useScenario((state) => state.plan);
  const changes = useScenario((state) => state.document.changes);
  const own = Object.keys(steps).length > 0;
  return useWorkerAnswer(
    { kind: 'sensitivity', plan, changes, year, ...(own ? { steps } : {}), ...(model ? { model } : {}) },
    useKey(plan, changes, year, JSON.stringify([own ? steps : null, model ?? null])),
    (r) => (r.kind === 'sensitivity' ? r.sensitivity : undefined),
  );
};

/** The two-way table of the open scenario: `figure` in `year` for moves of two drivers together. */
export const useDataTable = (
  row: TableDriver,
  column: TableDriver,
  year: Year,
  figure: RowId,
  model?: UncertaintyModel,
): WorkerAnswer<DataTable> => {
  const plan = useScenario((state) => state.plan);
  const changes = useScenario((state) => state.document.changes);
  return useWorkerAnswer(
    { kind: 'dataTable', plan, changes, row, column, year, figure, ...(model ? { model } : {}) },
    useKey(plan, changes, year, JSON.stringify([row, column, figure, model ?? null])),
    (r) => (r.kind === 'dataTable' ? r.table : undefined),
  );
};
