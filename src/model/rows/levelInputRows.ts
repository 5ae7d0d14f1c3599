import type { PlanStatementRow } from '../planStatements';
import { published, type InputRow } from '../rowSpec';
import { MNKR, withinCosts } from './inputRow';
import type { PlanModel } from './planModel';

/** The input that holds a resultatbudget line's level: `verksamhetens_intakter_grund`. */
export const levelId = (rowId: string): string => `${rowId}_grund`;

/**
 * Whether a resultatbudget line has a level a scenario may override: every printed line in the modelled
 * years, except those the model computes whole (skatteintäkter from underlag × sats; the pension portfolio's
 * unrealised return from its rate).
 */
export const hasLevel = (m: PlanModel, row: PlanStatementRow): boolean => {
  if (row.kind !== 'line' || !m.years.every((year) => row.years.includes(year))) return false;
  if (row.id === 'skatteintakter') return false;
  if (
    row.id === 'orealiserade_vinster_vardepapper' &&
    m.plan.drivers.pensionsportfolj &&
    m.target('finansiellaIntakter')
  )
    return false;
  return true;
};

const levelRow = (m: PlanModel, row: PlanStatementRow): InputRow => ({
  kind: 'input',
  sheet: 'Antaganden',
  id: levelId(row.id),
  name: `${row.name}_grundnivå`,
  label: `${row.label}, grundnivå`,
  unit: 'mnkr',
  span: 'all',
  section: 'Planens övriga nivåer',
  planValue: (y) => published(row.values, y, row.label.toLowerCase()),
  bounds: MNKR,
  plausible: withinCosts(m)((y) => published(row.values, y, row.label.toLowerCase())),
  definition: `${row.label} enligt planen, före scenariots ändringar.`,
  source: m.sourceText(row.source),
});

/**
 * The resultatbudget's levels, which a scenario may override: verksamhetens intäkter and kostnader before
 * the scenario's changes, avskrivningar, the finansnetto and the balanskrav adjustments.
 */
export const levelInputRows = (m: PlanModel): InputRow[] =>
  m.rb.rows
    .filter((row) => hasLevel(m, row) && row.id !== 'generella_statsbidrag')
    .map((row) => levelRow(m, row));

/** Generella statsbidrag och utjämning as the plan forecasts them: a driver of its own, beside skatten. */
export const statsbidragLevel = (m: PlanModel): InputRow => {
  const row = m.rb.byId.get('generella_statsbidrag');
  if (!row) throw new Error('Planen saknar generella statsbidrag och utjämning');
  return {
    ...levelRow(m, row),
    label: `${row.label} enligt prognos`,
    section: 'Skatt, befolkning och statsbidrag',
    definition:
      'Utjämning och generella statsbidrag enligt planens prognos, före befolkningens och tillväxtens effekt.',
  };
};
