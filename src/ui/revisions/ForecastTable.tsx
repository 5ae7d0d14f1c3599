import { useState } from 'react';
import { formatExact } from '../../format/describeValue';
import { forecastText, pasteForecast, type ForecastCell } from '../../format/forecastCells';
import { UNIT_LABEL } from '../../format/formatValue';
import { forecastCellKey, type ForecastDraft, type ForecastRow } from '../../model/revisions/forecastEdit';
import type { Year } from '../../model/years';

type Props = {
  readonly rows: readonly ForecastRow[];
  readonly cells: ReadonlyMap<string, ForecastCell>;
  readonly draft: ForecastDraft;
  readonly update: (change: (draft: ForecastDraft) => ForecastDraft) => void;
};

const CellMessage = ({
  cell,
  onChoose,
}: {
  cell: ForecastCell | undefined;
  onChoose: (value: number, text?: string) => void;
}) => {
  if (cell?.kind === 'refused') return <p className="forecast-cell-message">{cell.message}</p>;
  if (cell?.kind !== 'question') return null;
  return (
    <div className="forecast-cell-message">
      <p>{cell.question}</p>
      <button type="button" onClick={() => onChoose(cell.use.value)}>
        {cell.use.label}
      </button>
      {cell.suggestion && (
        <button type="button" onClick={() => onChoose(cell.suggestion?.value ?? cell.value, 'suggestion')}>
          {cell.suggestion.label}
        </button>
      )}
    </div>
  );
};

/**
 * The forecast's drivers and lines by year: a cell left empty keeps the plan's value (shown greyed); typed
 * or pasted text is read by the same parser as the grid, and a refusal or a question stays beside its cell.
 */
export const ForecastTable = ({ rows, cells, draft, update }: Props) => {
  const [pasteMessage, setPasteMessage] = useState<string | undefined>();
  // A cell being typed in is not judged until the user leaves it ("3," is on its way to "3,7").
  const [typing, setTyping] = useState<string | undefined>();
  const years = [...new Set(rows.flatMap((row) => row.years))].sort((a, b) => a - b);
  const setText = (key: string, text: string) =>
    update((d) => ({ ...d, texts: { ...d.texts, [key]: text } }));
  const choose = (row: ForecastRow, key: string, value: number, which?: string) =>
    update((d) =>
      which === 'suggestion'
        ? { ...d, texts: { ...d.texts, [key]: forecastText(row, value) } }
        : { ...d, confirmed: { ...d.confirmed, [key]: value } },
    );
  const onPaste = (rowIndex: number, year: Year, text: string): boolean => {
    if (!/[\t\n\r]/.test(text.trim())) return false;
    const pasted = pasteForecast(rows, rowIndex, year, text);
    if (pasted.kind === 'refused') {
      setPasteMessage(pasted.message);
      return true;
    }
    setPasteMessage(undefined);
    update((d) => ({ ...d, texts: { ...d.texts, ...pasted.texts } }));
    return true;
  };

  return (
    <div className="forecast-table-wrap">
      {pasteMessage && (
        <p className="forecast-paste-message" role="alert">
          {pasteMessage}
        </p>
      )}
      <table className="forecast-table">
        <thead>
          <tr>
            <th scope="col">Antagande eller rad</th>
            {years.map((year) => (
              <th key={year} scope="col">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={`${row.kind}:${row.id}`}>
              <th scope="row">
                {row.spec.label} <span className="forecast-unit">({UNIT_LABEL[row.spec.unit]})</span>
              </th>
              {years.map((year) => {
                if (!row.years.includes(year)) return <td key={year} />;
                const key = forecastCellKey(row, year);
                const cell = cells.get(key);
                return (
                  <td key={year} data-state={cell?.kind ?? 'empty'}>
                    <input
                      type="text"
                      inputMode="decimal"
                      aria-label={`${row.spec.label} ${year}`}
                      aria-invalid={cell?.kind === 'refused' || cell?.kind === 'question'}
                      placeholder={formatExact(row.planValue(year), row.spec.unit)}
                      value={draft.texts[key] ?? ''}
                      onChange={(event) => {
                        setTyping(key);
                        setText(key, event.target.value);
                      }}
                      onBlur={() => setTyping(undefined)}
                      onPaste={(event) => {
                        if (onPaste(rowIndex, year, event.clipboardData.getData('text/plain')))
                          event.preventDefault();
                      }}
                    />
                    <CellMessage
                      cell={typing === key ? undefined : cell}
                      onChoose={(value, which) => choose(row, key, value, which)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
