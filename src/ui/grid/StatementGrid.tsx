import { tableFeatures, useTable, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { formatValue, UNIT_LABEL } from '../../format/formatValue';
import type { StatementSheet } from '../../model/rowSpec';
import { selectSheetRows, type GridRow } from '../../scenarios/selectors';
import { useScenario } from '../../scenarios/useScenario';

const features = tableFeatures({});

/** One statement as a table: the model's rows as rows, the years as columns. */
export const StatementGrid = ({ sheet }: { sheet: StatementSheet }) => {
  const rows = useScenario((state) => selectSheetRows(state, sheet));
  const years = useScenario((state) => state.workbook.layout.years);
  const budgetYears = useScenario((state) => state.workbook.layout.budgetYears);

  const columns = useMemo<ColumnDef<typeof features, GridRow>[]>(
    () => [
      {
        id: 'label',
        header: 'Rad',
        accessorFn: (row) => row.row.label,
        cell: (info) => (
          <span className="row-label">
            {info.row.original.row.label}{' '}
            <span className="unit">{UNIT_LABEL[info.row.original.row.unit]}</span>
          </span>
        ),
      },
      ...years.map((year): ColumnDef<typeof features, GridRow> => ({
        id: String(year),
        header: String(year),
        accessorFn: (row) => row.scenario[String(year)] ?? null,
        cell: (info) =>
          formatValue(info.row.original.scenario[String(year)] ?? null, info.row.original.row.unit),
      })),
    ],
    [years],
  );
  const table = useTable({ features, columns, data: rows as GridRow[] });

  return (
    <table className="grid" aria-label={sheet}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const kalkyl = header.id !== 'label' && !budgetYears.includes(Number(header.id));
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={kalkyl ? 'kalkyl' : header.id === 'label' ? 'label' : 'budget'}
                >
                  {header.id === 'label' ? '' : header.id}
                  {header.id !== 'label' ? (
                    <span className="year-kind">{kalkyl ? 'Kalkyl' : 'Budget'}</span>
                  ) : null}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.flatMap((row, index, all) => {
          const spec = row.original.row;
          const heading =
            spec.section && spec.section !== all[index - 1]?.original.row.section ? (
              <tr key={`section-${spec.id}`} className="section">
                <th colSpan={years.length + 1} scope="colgroup">
                  {spec.section}
                </th>
              </tr>
            ) : null;
          const line = (
            <tr key={row.id} data-row={spec.id} className={`${spec.kind} ${spec.emphasis ?? ''}`}>
              {row.getAllCells().map((cell) =>
                cell.column.id === 'label' ? (
                  <th key={cell.id} scope="row">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td
                    key={cell.id}
                    data-year={cell.column.id}
                    className={budgetYears.includes(Number(cell.column.id)) ? 'budget' : 'kalkyl'}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          );
          return heading ? [heading, line] : [line];
        })}
      </tbody>
    </table>
  );
};
