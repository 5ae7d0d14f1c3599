import { formatNumber } from '../format/formatNumber';
import { formatValue, UNIT_LABEL } from '../format/formatValue';
import type { GoalStatus } from '../model/goals';
import type { Plan } from '../model/planSchema';
import type { StatementTable } from '../model/statementTables';
import type { Year } from '../model/years';

const LABEL_WIDTH = 58;
const COLUMN_WIDTH = 10;

const pad = (text: string, width: number) =>
  text.length >= width ? text.slice(0, width - 1) + '…' : text.padEnd(width);

/** The statements and goals as a plain-text report for a terminal, formatted sv-SE. */
export const renderText = (
  plan: Plan,
  scenario: { name: string; file: string } | null,
  tables: readonly StatementTable[],
  goals: readonly GoalStatus[],
  years: readonly Year[],
): string => {
  const lines = [
    `${plan.organisation.name}: ${plan.name}`,
    scenario
      ? `Scenario: ${scenario.name} (${scenario.file})`
      : 'Planen som fullmäktige beslutade den, utan ändringar',
    '',
  ];
  const header = (title: string) =>
    `${pad(title, LABEL_WIDTH)}${years.map((year) => String(year).padStart(COLUMN_WIDTH)).join('')}`;
  for (const table of tables) {
    lines.push(header(table.sheet.toUpperCase()));
    for (const row of table.rows) {
      const label = `${row.label} (${UNIT_LABEL[row.unit]})`;
      const cells = years.map((year) =>
        formatValue(row.values[String(year)] ?? null, row.unit).padStart(COLUMN_WIDTH),
      );
      lines.push(`${pad(label, LABEL_WIDTH)}${cells.join('')}`);
    }
    lines.push('');
  }
  lines.push('MÅL');
  for (const goal of goals) {
    const judged = goal.years.filter((year) => year.met !== undefined);
    const verdicts = judged.map((year) => {
      const unit = goal.marginUnit === 'mnkr' ? 'mnkr' : 'procentenheter';
      const margin =
        year.margin === undefined
          ? ''
          : `, marginal ${formatNumber(year.margin, unit === 'mnkr' ? 0 : 1)} ${unit}`;
      return `${year.year}: ${year.met ? 'uppfyllt' : 'ej uppfyllt'}${margin}`;
    });
    lines.push(`${goal.label} (${goal.requirement})`, `  ${verdicts.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
};
