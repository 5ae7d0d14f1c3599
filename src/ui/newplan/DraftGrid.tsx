import { useMemo, type ClipboardEvent } from 'react';
import { formatNumber } from '../../format/formatNumber';
import { splitPastedRow } from '../../format/pastedCells';
import { STATEMENT_NAMES, type DraftMismatch } from '../../format/planDraftCheck';
import type { PasteGrid } from '../../format/planDraftPaste';
import { computedSum, draftGridRows, readCell, statementRows } from '../../format/planDraftRows';
import type { DraftStatement } from '../../model/planDraft';
import type { StatementKind } from '../../model/planSchema';

/**
 * A statement as a grid of its standard rows and a column per year. Every cell is a text field: typed text
 * is kept as typed and read through the one Swedish parser; a paste of several cells is placed by
 * pasteBlock (by label when the first column is text, from the cell otherwise). A sum row shows the sum of
 * its printed parts beside what was typed.
 */
export const DraftGrid = ({
  kind,
  statement,
  years,
  yearKind,
  mismatches,
  onCell,
  onPaste,
}: {
  kind: StatementKind;
  statement: DraftStatement;
  years: readonly number[];
  /** "historik", "budget" or "kalkyl", under each year. */
  yearKind: (year: number) => string;
  mismatches: readonly DraftMismatch[];
  onCell: (rowId: string, year: number, text: string) => void;
  /** A paste of several cells, with the grid it lands in; the caller places it (pasteBlock). */
  onPaste: (block: string[][], grid: PasteGrid) => void;
}) => {
  const rows = useMemo(() => draftGridRows(kind, statement), [kind, statement]);
  const printed = useMemo(() => statementRows(kind, statement, years), [kind, statement, years]);
  const decimals = useMemo(
    () => (printed.some((r) => Object.values(r.values).some((v) => Math.round(v * 10) % 10 !== 0)) ? 1 : 0),
    [printed],
  );
  const wrong = new Set(mismatches.filter((m) => m.statement === kind).map((m) => `${m.rowId}|${m.year}`));
  const paste = (event: ClipboardEvent<HTMLInputElement>, row: number, column: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\n\r]/.test(text.trim())) return;
    event.preventDefault();
    const grid = { statement: kind, rowIds: rows.map((r) => r.id), years, row, column };
    onPaste(splitPastedRow(text), grid);
  };
  return (
    <table className="np-grid" aria-label={STATEMENT_NAMES[kind]}>
      <thead>
        <tr>
          <th scope="col">Rad (mnkr)</th>
          {years.map((year) => (
            <th key={year} scope="col">
              {year}
              <span className="np-year-kind">{yearKind(year)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.id} data-row={row.id} className={`np-${row.kind}`}>
            <th scope="row">{row.label}</th>
            {years.map((year, c) => {
              const text = statement.cells[row.id]?.[String(year)] ?? '';
              const read = readCell(text);
              const sum = row.kind === 'sum' ? computedSum(printed, row.id, year) : undefined;
              const problem = read && !read.ok ? read.message : undefined;
              const off = wrong.has(`${row.id}|${year}`);
              const id = `np-${kind}-${row.id}-${year}`;
              return (
                <td key={year} data-year={year} className={off ? 'np-off' : undefined}>
                  <input
                    id={id}
                    type="text"
                    inputMode="decimal"
                    value={text}
                    aria-label={`${row.label} ${year}`}
                    aria-invalid={problem || off ? true : undefined}
                    title={problem}
                    aria-describedby={sum !== undefined ? `${id}-summa` : undefined}
                    onChange={(event) => onCell(row.id, year, event.target.value)}
                    onPaste={(event) => paste(event, r, c)}
                  />
                  {sum !== undefined && (
                    <span className="np-computed" id={`${id}-summa`}>
                      = {formatNumber(sum, decimals)}
                    </span>
                  )}
                  {problem && <span className="np-cell-problem">{problem}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
