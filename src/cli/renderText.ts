import { formatNumber } from '../format/formatNumber';
import { COLUMN_KIND_LABEL, DECIMALS, formatValue, UNIT_LABEL } from '../format/formatValue';
import type { BalanskravStatus } from '../model/balanskravStatus';
import type { GoalStatus } from '../model/goals';
import type { Plan } from '../model/planSchema';
import type { StatementTable } from '../model/statementTables';

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
  balanskrav?: BalanskravStatus,
): string => {
  const lines = [
    `${plan.organisation.name}: ${plan.name}`,
    scenario
      ? `Scenario: ${scenario.name} (${scenario.file})`
      : 'Planen som fullmäktige beslutade den, utan ändringar',
    '',
  ];
  for (const table of tables) {
    const years = table.columns.map((column) => column.year);
    const row = (label: string, cells: readonly string[]) =>
      `${pad(label, LABEL_WIDTH)}${cells.map((cell) => cell.padStart(COLUMN_WIDTH)).join('')}`;
    lines.push(row(table.sheet.toUpperCase(), years.map(String)));
    lines.push(
      row(
        '',
        table.columns.map((column) => COLUMN_KIND_LABEL[column.kind]),
      ),
    );
    for (const line of table.rows) {
      const label = `${line.label} (${UNIT_LABEL[line.unit]})`;
      const cells = years.map((year) =>
        formatValue(line.values[String(year)] ?? null, line.unit, line.decimals ?? DECIMALS[line.unit]),
      );
      lines.push(row(label, cells));
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
          : `, marginal ${formatNumber(year.margin, unit === 'mnkr' ? goal.mnkrDecimals : 1)} ${unit}`;
      return `${year.year}: ${year.met ? 'uppfyllt' : 'ej uppfyllt'}${margin}`;
    });
    lines.push(`${goal.label} (${goal.requirement})`, `  ${verdicts.join('; ')}`);
  }
  if (balanskrav) {
    lines.push('', 'BALANSKRAV');
    for (const answer of balanskrav.answers) lines.push(`${answer.question} ${answer.answer}`);
    for (const decision of balanskrav.decisions)
      lines.push(
        `Synnerliga skäl ${decision.year}: ${formatNumber(decision.amount, 1)} mnkr (${decision.reason})`,
      );
  }
  return `${lines.join('\n')}\n`;
};
