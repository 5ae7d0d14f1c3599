import { useState } from 'react';
import type { TableDriver } from '../../model/uncertainty/dataTableAxes';
import { formatNumber } from '../../format/formatNumber';
import { stepText } from '../../format/sensitivityText';
import { simulatedDrivers } from '../../scenarios/useSimulation';
import { useDataTable } from '../../scenarios/useSensitivity';
import { useSimulationRun } from './SimulationContext';
import { useScenario } from '../../scenarios/useScenario';
import { Pending, useYearChoice } from './YearChoice';

const SKATTESATS: TableDriver = { kind: 'skattesats' };
const keyOf = (driver: TableDriver) => (driver.kind === 'skattesats' ? 'skattesats' : driver.id);

/** A select of the drivers the table can move: the skattesats and the plan's uncertain drivers. */
const DriverSelect = ({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: TableDriver;
  options: readonly { driver: TableDriver; label: string }[];
  onChange: (driver: TableDriver) => void;
}) => (
  <label>
    {label}{' '}
    <select
      value={keyOf(value)}
      onChange={(event) => {
        const chosen = options.find((option) => keyOf(option.driver) === event.target.value);
        if (chosen) onChange(chosen.driver);
      }}
    >
      {options.map((option) => (
        <option key={keyOf(option.driver)} value={keyOf(option.driver)}>
          {option.label}
        </option>
      ))}
    </select>
  </label>
);

/**
 * Two drivers at once, like Excel's two-way data table but live (issue 15, item 2): the scenario's
 * balanskravsresultat in a year for every pair of moves, each cell marked by whether the balanskrav holds.
 */
export const TwoWayTable = () => {
  const rows = useScenario((state) => state.workbook.rows);
  const options = [
    { driver: SKATTESATS, label: rows.byId.get('skattesats')?.label ?? 'Skattesats' },
    ...simulatedDrivers(rows).map((d) => ({
      driver: { kind: 'uncertainty', id: d.id } as const,
      label: d.label,
    })),
  ];
  const [row, setRow] = useState<TableDriver>(SKATTESATS);
  // Skattesats × prisindex first, the pair a finance director asks about most; any other pair a choice away.
  const [column, setColumn] = useState<TableDriver>(
    options.find((o) => keyOf(o.driver) === 'prisindex')?.driver ?? options[1]?.driver ?? SKATTESATS,
  );
  const { year, select } = useYearChoice();
  const { edits } = useSimulationRun();
  const state = useDataTable(row, column, year, 'balanskravsresultat', edits.model);
  // Choosing on one axis what the other shows swaps them: the table always has two different drivers.
  const chooseRow = (driver: TableDriver) => {
    if (keyOf(driver) === keyOf(column)) setColumn(row);
    setRow(driver);
  };
  const chooseColumn = (driver: TableDriver) => {
    if (keyOf(driver) === keyOf(row)) setRow(column);
    setColumn(driver);
  };
  const table = state.status === 'done' ? state.answer : undefined;
  const unit = (driver: TableDriver) => (driver.kind === 'skattesats' ? 'ore' : 'fel');
  return (
    <section className="two-way" aria-labelledby="tvavags-rubrik">
      <h3 id="tvavags-rubrik">Två antaganden samtidigt</h3>
      <p className="analysis-intro">
        Balanskravsresultatet med scenariot när två drivare flyttas samtidigt: skattesatsen i öre alla år, en
        osäker drivare i typiska prognosfel. Grönt där balanskravet klaras.
      </p>
      <div className="two-way-controls">
        <DriverSelect label="Rader" value={row} options={options} onChange={chooseRow} />
        <DriverSelect label="Kolumner" value={column} options={options} onChange={chooseColumn} />
        {select}
      </div>
      {state.status === 'error' ? <p role="alert">{state.message}</p> : null}
      {table ? (
        <table className="two-way-table" data-testid="two-way-table">
          <caption>
            Balanskravsresultat {table.year}, mnkr: {table.row.label} per rad, {table.column.label} per kolumn
          </caption>
          <thead>
            <tr>
              <td />
              {table.column.steps.map((step) => (
                <th key={step} scope="col">
                  {stepText(step, unit(table.column.driver))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.cells.map((line, r) => (
              <tr key={table.row.steps[r]}>
                <th scope="row">{stepText(table.row.steps[r] ?? 0, unit(table.row.driver))}</th>
                {line.map((value, c) => (
                  <td key={c} className={value >= 0 ? 'two-way-met' : 'two-way-unmet'}>
                    <span aria-hidden="true">{value >= 0 ? '✓' : '✗'}</span>
                    <span className="visually-hidden">{value >= 0 ? 'klaras: ' : 'klaras inte: '}</span>{' '}
                    {formatNumber(value, 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Pending />
      )}
    </section>
  );
};
