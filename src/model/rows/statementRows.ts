import type { StatementKind } from '../planSchema';
import type { PlanStatementRow } from '../planStatements';
import { sumOf, type FormulaContext, type FormulaRow, type StatementSheet } from '../rowSpec';
import type { Year } from '../years';
import { balanceLineFormula, balanceRatioFormula } from './balanceFormulas';
import { hasLevel, levelId } from './levelInputRows';
import type { PlanModel } from './planModel';

export const SHEET_OF: Readonly<Record<StatementKind, StatementSheet>> = {
  resultatbudget: 'Resultatbudget',
  balansbudget: 'Balansbudget',
  finansieringsbudget: 'Finansieringsbudget',
};

/** The Plan sheet's twin of a printed row: `plan_verksamhetens_intakter`. */
export const planTwinId = (rowId: string): string => `plan_${rowId}`;

type Formula = (y: Year, f: FormulaContext) => string;

/** The terms the scenario's mechanisms add to a resultatbudget line that the plan prints. */
const resultatEffects = (m: PlanModel, row: PlanStatementRow): Formula => {
  const d = m.plan.drivers;
  const is = (mechanism: Parameters<PlanModel['target']>[0]) => m.target(mechanism)?.id === row.id;
  const pension = d.pensionsportfolj !== undefined && m.target('orealiserad') !== undefined;
  return (y, f) =>
    [
      is('intakter') ? `+${f.ref('ramforandringar_intakter', y)}` : '',
      is('kostnader') && f.has('prisindex_effekt', y) ? `-${f.ref('prisindex_effekt', y)}` : '',
      is('kostnader') ? `-${f.ref('ramforandringar_kostnader', y)}` : '',
      is('avskrivningar') && m.investments ? `-${f.ref('tillkommande_avskrivningar', y)}` : '',
      is('finansiellaIntakter') && pension
        ? `+${f.ref('orealiserad_avkastning', y)}-${f.ref('plan_orealiserad_avkastning', y)}`
        : '',
    ].join('');
};

/** A resultatbudget line in a modelled year: its level plus what the scenario's mechanisms add. */
const resultatLine = (m: PlanModel, row: PlanStatementRow): Formula | undefined => {
  const d = m.plan.drivers;
  if (row.id === 'skatteintakter')
    return (y, f) =>
      `=${f.ref('skatteunderlag', y)}*${f.ref('skattesats', y)}/100${f.has('plan_skatt_fasta_poster', y) ? `+${f.ref('plan_skatt_fasta_poster', y)}` : ''}`;
  if (row.id === 'generella_statsbidrag')
    return (y, f) =>
      [
        `=${f.ref(levelId(row.id), y)}`,
        d.befolkning ? `+${f.ref('befolkningseffekt', y)}*(1-${f.ref('plan_skatteandel', y)})` : '',
        f.has('utjamningseffekt', y) ? `+${f.ref('utjamningseffekt', y)}` : '',
      ].join('');
  if (
    row.id === 'orealiserade_vinster_vardepapper' &&
    !hasLevel(m, row) &&
    m.years.every((y) => row.years.includes(y))
  )
    return (y, f) => `=-${f.ref('orealiserad_avkastning', y)}`;
  if (!hasLevel(m, row)) return undefined;
  const effects = resultatEffects(m, row);
  return (y, f) => `=${f.ref(levelId(row.id), y)}${effects(y, f)}`;
};

const ratioFormula = (row: PlanStatementRow): Formula | undefined => {
  if (row.id === 'resultatkrav')
    return (y, f) =>
      `=${f.ref('resultatkrav_procent')}/100*(${f.ref('skatteintakter', y)}+${f.ref('generella_statsbidrag', y)})`;
  if (row.id === 'behov_av_atgarder')
    return (y, f) => `=${f.ref('resultatkrav', y)}-${f.ref('balanskravsresultat', y)}`;
  return undefined;
};

/** A printed row's formula for every column: modelled years move with the scenario, history years do not. */
const formulaOf = (m: PlanModel, row: PlanStatementRow): Formula => {
  const twin: Formula = (y, f) => `=${f.ref(planTwinId(row.id), y)}`;
  if (row.kind === 'sum') return sumOf(...row.parts);
  if (row.kind === 'varav') return twin;
  const modelled: Formula | undefined =
    row.statement === 'resultatbudget'
      ? row.kind === 'ratio'
        ? ratioFormula(row)
        : resultatLine(m, row)
      : row.kind === 'ratio'
        ? balanceRatioFormula(m, row)
        : balanceLineFormula(m, row);
  if (!modelled) return twin;
  return (y, f) => (m.years.includes(y) ? modelled(y, f) : twin(y, f));
};

/** The years a printed row has a cell in: ratios are the model's own figures, in the modelled years. */
const yearsOfRow = (m: PlanModel, row: PlanStatementRow): readonly Year[] => {
  if (row.kind !== 'ratio') return row.years;
  const years = row.statement === 'resultatbudget' ? m.years : m.budget;
  return ratioFormula(row) || row.statement !== 'resultatbudget' ? years : row.years;
};

/**
 * The statements as the plan prints them, row for row: a line is the plan's level plus what the scenario's
 * mechanisms add to it, a sum adds its printed parts, history columns show the plan's own figures.
 */
export const statementRows = (m: PlanModel): FormulaRow[] =>
  (['resultatbudget', 'balansbudget', 'finansieringsbudget'] as const).flatMap((kind) =>
    (m.statements[kind]?.rows ?? []).map((row): FormulaRow => ({
      kind: 'formula',
      sheet: SHEET_OF[kind],
      id: row.id,
      name: row.name,
      label: row.label,
      unit: row.kind === 'ratio' && kind === 'balansbudget' ? 'procent' : 'mnkr',
      // A statement printed in tenths of mnkr is shown in tenths (Sjöbo's −18,6), one in whole mnkr as whole.
      ...(row.kind !== 'ratio' && m.statements[kind]?.decimals === 1 ? { decimals: 1 } : {}),
      span: { years: yearsOfRow(m, row) },
      section: row.section,
      ...(row.kind === 'sum' || row.catalogue?.emphasis
        ? { emphasis: row.catalogue?.emphasis ?? 'subtotal' }
        : {}),
      formula: formulaOf(m, row),
      definition: row.note ? `${row.definition} ${row.note}` : row.definition,
      source: `${m.sourceText(row.source)}; ${row.basis}`,
    })),
  );
