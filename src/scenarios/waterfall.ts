import type { Attribution, AttributionPart } from '../model/attribution';
import type { SeekWorkbook } from '../model/goalSeek';
import type { Year } from '../model/years';
import { partLabel } from './analysis';

export type WaterfallStep = {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** The running total before and after this step. */
  readonly from: number;
  readonly to: number;
};

/** One waterfall: the base's figure, each part's contribution in the parts' canonical order, B's figure. */
export type Waterfall = {
  readonly rowId: string;
  readonly year: Year;
  readonly start: number;
  readonly end: number;
  readonly total: number;
  readonly steps: readonly WaterfallStep[];
  /** The smallest and largest running totals, zero included: the bars' scale. */
  readonly low: number;
  readonly high: number;
};

/** Input rows in the Antaganden order, then frame changes by name: the same order every year and every time. */
const displayOrder = (workbook: SeekWorkbook, parts: readonly AttributionPart[]) => {
  const rowIndex = new Map(workbook.rows.inputs.map((row, index) => [row.id, index] as const));
  const rank = (part: AttributionPart) => (part.kind === 'input' ? (rowIndex.get(part.id) ?? -1) : Infinity);
  return parts
    .map((part, i) => ({ part, i }))
    .sort(
      (a, b) =>
        rank(a.part) - rank(b.part) ||
        (a.part.kind === 'frame' && b.part.kind === 'frame'
          ? a.part.name.localeCompare(b.part.name, 'sv')
          : 0) ||
        (a.part.key < b.part.key ? -1 : a.part.key > b.part.key ? 1 : 0),
    );
};

/** The waterfall of one metric (row and year) of an attribution, or `undefined` if it was not explained. */
export const waterfallOf = (
  workbook: SeekWorkbook,
  attribution: Attribution,
  rowId: string,
  year: Year,
): Waterfall | undefined => {
  const k = attribution.metrics.findIndex((m) => m.rowId === rowId && m.year === year);
  if (k < 0) return undefined;
  const start = attribution.start[k] ?? 0;
  const end = attribution.end[k] ?? 0;
  let running = start;
  const steps = displayOrder(workbook, attribution.parts).map(({ part, i }) => {
    const value = attribution.contributions[k]?.[i] ?? 0;
    const from = running;
    running += value;
    return { key: part.key, label: partLabel(workbook, part), value, from, to: running };
  });
  const totals = [0, start, end, ...steps.map((step) => step.to)];
  return {
    rowId,
    year,
    start,
    end,
    total: end - start,
    steps,
    low: Math.min(...totals),
    high: Math.max(...totals),
  };
};
