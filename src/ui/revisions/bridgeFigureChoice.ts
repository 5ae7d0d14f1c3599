import type { Bridge, BridgeRow } from '../../model/revisions/bridge';

/** A figure the view offers: one row (balanskravsresultat, årets resultat, a goal) over its years. */
export type FigureChoice = {
  readonly key: string;
  readonly label: string;
  /** The row's index in `bridge.rows` per year, in year order. */
  readonly rows: readonly { readonly year: number; readonly k: number; readonly row: BridgeRow }[];
};

/** The bridge's rows grouped by figure, in the order `bridgeFigures` lists them. */
export const figureChoices = (bridge: Bridge): FigureChoice[] => {
  const choices = new Map<string, { label: string; rows: FigureChoice['rows'][number][] }>();
  bridge.rows.forEach((row, k) => {
    const key = `${row.figure.rowId}|${row.figure.label}`;
    const choice = choices.get(key) ?? { label: row.figure.label, rows: [] };
    choice.rows.push({ year: row.figure.year, k, row });
    choices.set(key, choice);
  });
  return [...choices.entries()].map(([key, { label, rows }]) => ({
    key,
    label,
    rows: [...rows].sort((a, b) => a.year - b.year),
  }));
};
