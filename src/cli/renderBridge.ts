import { formatNumber, formatSigned } from '../format/formatNumber';
import type { PlanBridge } from '../engine/bridge';
import type { Plan } from '../model/planSchema';
import { roundBridgeRow, type BridgeRow, type RoundedBridgeRow } from '../model/revisions/bridge';
import { MAX_EXACT_PARTS } from '../model/attribution';
import { allYears } from '../model/years';

const LABEL_WIDTH = 56;
const COLUMN_WIDTH = 10;
const pad = (text: string, width: number) =>
  text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
const line = (label: string, cells: readonly string[]) =>
  `${pad(label, LABEL_WIDTH)}${cells.map((cell) => cell.padStart(COLUMN_WIDTH)).join('')}`.trimEnd();

const UNIT = { mnkr: 'mnkr', procent: '%' } as const;

/** The bridge's rows per figure (a row id and its label), each with its years. */
const byFigure = (rows: readonly BridgeRow[]) => {
  const groups = new Map<string, BridgeRow[]>();
  for (const row of rows) {
    const key = `${row.figure.rowId}|${row.figure.label}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
};

const figureLines = (
  bridge: PlanBridge,
  rows: readonly BridgeRow[],
  years: readonly number[],
  scenario: boolean,
) => {
  const first = rows[0];
  if (!first) return [];
  const { decimals, unit, label } = first.figure;
  const rounded = new Map<number, RoundedBridgeRow>(
    rows.map((row) => [row.figure.year, roundBridgeRow(row, decimals)]),
  );
  const cells = (pick: (row: RoundedBridgeRow) => number | undefined, signed = false) =>
    years.map((year) => {
      const row = rounded.get(year);
      const value = row ? pick(row) : undefined;
      return value === undefined
        ? ''
        : signed
          ? formatSigned(value, decimals)
          : formatNumber(value, decimals);
    });
  const anyRest = [...rounded.values()].some((row) => row.rest !== 0);
  return [
    line(`${label.toUpperCase()} (${UNIT[unit]})`, years.map(String)),
    line(
      'Gamla planen',
      cells((row) => row.old),
    ),
    ...bridge.causes.map((cause, i) =>
      line(
        `  ${cause.label}`,
        cells((row) => (row.old === undefined ? undefined : row.parts[i]), true),
      ),
    ),
    ...(anyRest
      ? [
          line(
            '  Övrigt som ingen drivare eller rad förklarar',
            cells((row) => (row.old === undefined ? undefined : row.rest), true),
          ),
        ]
      : []),
    line(
      'Nya planen',
      cells((row) => row.new),
    ),
    ...(scenario
      ? [
          line(
            '  Scenariots ändringar',
            cells((row) => row.scenarioEffect, true),
          ),
          line(
            'Scenariot på nya planen',
            cells((row) => row.scenario),
          ),
          line(
            '(Scenariot på gamla planen)',
            cells((row) => row.scenarioOnOld),
          ),
        ]
      : []),
    '',
  ];
};

const methodText = (bridge: PlanBridge): string =>
  bridge.causes.length === 0
    ? 'Planerna publicerar samma drivare och rader; ingen skillnad att fördela.'
    : bridge.method === 'exact'
      ? `Delarna är exakta Shapley-värden över ${bridge.causes.length} ${bridge.causes.length === 1 ? 'orsak' : 'orsaker'} (${formatNumber(bridge.evaluations, 0)} beräkningar): ingen orsaks del beror på i vilken ordning de räknas.`
      : `Fler än ${MAX_EXACT_PARTS} orsaker: de delas i ${bridge.groups.length} grupper i fast ordning (drivare efter id, sedan rader), grupperna får exakta Shapley-värden och en orsak i en grupp medelvärdet av sin effekt först och sist, resten lika (${formatNumber(bridge.evaluations, 0)} beräkningar).`;

/**
 * The bridge as a terminal report, sv-SE: per figure and year the old plan, each cause's part, the new plan
 * and the scenario moved onto it; then the changes that could not be moved, each with its reason.
 */
export const renderBridge = (
  oldPlan: Plan,
  newPlan: Plan,
  bridge: PlanBridge,
  scenario: { readonly name: string; readonly file: string } | null,
): string => {
  const years = allYears(newPlan);
  const rebased = bridge.rebased;
  const lines = [
    `${newPlan.organisation.name}: från ${oldPlan.name} (version ${oldPlan.version}) till ${newPlan.name} (version ${newPlan.version})`,
    ...(scenario ? [`Scenario: ${scenario.name} (${scenario.file})`] : []),
    'Gamla planen → varje ändrad drivare och rad → nya planen → scenariot på nya planen. Delarna är avrundade så att de går ihop med summorna.',
    methodText(bridge),
    '',
    ...byFigure(bridge.rows).flatMap((rows) => figureLines(bridge, rows, years, rebased !== undefined)),
  ];
  if (rebased) {
    lines.push(
      rebased.notCarried.length === 0
        ? 'Alla scenariots ändringar flyttades till den nya planen.'
        : `Ändringar som inte flyttades (${rebased.notCarried.length}):`,
      ...rebased.notCarried.map((item) => `  ${item.what}: ${item.reason}`),
    );
    if (rebased.planMoved.length > 0)
      lines.push(
        'Flyttade värden där den nya planen har ett annat eget värde:',
        ...rebased.planMoved.map((item) => `  ${item.text}`),
      );
  }
  lines.push(
    '',
    `Beräkningstid: ${formatNumber(bridge.ms.total, 0)} ms (ändpunkterna ${formatNumber(bridge.ms.ends, 0)} ms, orsakerna ${formatNumber(bridge.ms.coalitions, 0)} ms).`,
  );
  return `${lines.join('\n')}\n`;
};

/** The bridge as JSON: figures rounded to four decimals so they still add up, and the unrounded values beside. */
export const bridgeJson = (
  oldPlan: Plan,
  newPlan: Plan,
  bridge: PlanBridge,
  scenario: { readonly name: string; readonly file: string } | null,
) => ({
  oldPlan: { id: oldPlan.id, version: oldPlan.version, name: oldPlan.name },
  newPlan: { id: newPlan.id, version: newPlan.version, name: newPlan.name },
  scenario,
  years: allYears(newPlan),
  causes: bridge.causes,
  method: bridge.method,
  groups: bridge.groups,
  evaluations: bridge.evaluations,
  figures: bridge.rows.map((row) => {
    const rounded = roundBridgeRow(row, 4);
    return {
      rowId: row.figure.rowId,
      label: row.figure.label,
      unit: row.figure.unit,
      year: row.figure.year,
      ...rounded,
      parts: Object.fromEntries(bridge.causes.map((cause, i) => [cause.key, rounded.parts[i] ?? null])),
      exact: {
        old: row.old ?? null,
        parts: row.parts,
        rest: row.rest,
        new: row.new,
        scenario: row.scenario ?? null,
      },
    };
  }),
  rebased: bridge.rebased ?? null,
  ms: bridge.ms,
});
