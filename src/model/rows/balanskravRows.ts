import { catalogueRow } from '../catalogue/catalogue';
import { KL_BALANSKRAV, KL_RESERV, KL_RUR } from '../catalogue/catalogueRow';
import { nameStem } from '../names';
import { sumOf, type FormulaContext, type FormulaRow, type RowSpec } from '../rowSpec';
import type { Year } from '../years';
import {
  balanskravChainRows,
  balanskravPlanRows,
  balanskravRuleRows,
  reserveOpening,
} from './balanskravChainRows';
import { hasBalanskravsutredning, plannedMoveInput, type PlannedMove } from './balanskravInputRows';
import { hasLevel, levelId } from './levelInputRows';
import type { PlanModel } from './planModel';
import { planTwinId } from './statementRows';

type Formula = (y: Year, f: FormulaContext) => string;

/** The balanskravsutredning's rows in the order LKBR 11 kap. and the published utredningar print them. */
export const BALANSKRAV_CHAIN = [
  'realisationsvinster',
  'realisationsvinster_undantag',
  'realisationsforluster_undantag',
  'orealiserade_vinster_vardepapper',
  'aterforing_orealiserade_forluster',
  'resultat_efter_balanskravsjusteringar',
  'reservation_resultatreserv',
  'anvandning_resultatutjamningsreserv',
  'anvandning_resultatreserv',
  'balanskravsresultat',
] as const;
type ChainId = (typeof BALANSKRAV_CHAIN)[number];

const SECTION = 'Balanskravsutredning';
const SUMS = new Set<string>(['resultat_efter_balanskravsjusteringar', 'balanskravsresultat']);

/** A sum's parts: every catalogue part (all are rows now) and the plan's own lines printed into it. */
const partsOf = (m: PlanModel, id: ChainId): readonly string[] => {
  const standard = catalogueRow(id);
  const of = standard?.kind === 'sum' ? (standard.of ?? []) : [];
  const own = m.plan.statements.resultatbudget.rows.filter((row) => row.in === id).map((row) => row.id);
  return [...of, ...own];
};

/**
 * The plan's planned amount of a reserve line in a modelled year, signed as the resultatbudget prints it: its
 * level where printed (a scenario may change it), else the planned input (a positive amount).
 */
const planned = (m: PlanModel, id: PlannedMove): Formula => {
  const row = m.rb.byId.get(id);
  if (row && hasLevel(m, row)) return (y, f) => f.ref(levelId(id), y);
  const inputId = plannedMoveInput(m, id);
  if (inputId)
    return (y, f) => (id === 'reservation_resultatreserv' ? `-${f.ref(inputId, y)}` : f.ref(inputId, y));
  return (y, f) => (row && f.has(planTwinId(id), y) ? f.ref(planTwinId(id), y) : '0');
};

/** The riktlinjer's limit on a year's use of the reserves: none, zero outside its years, or its largest use. */
const riktlinjeUse = (m: PlanModel, y: Year, f: FormulaContext): string | undefined => {
  const riktlinjer = m.plan.balanskrav?.riktlinjer;
  if (riktlinjer?.useYears && !riktlinjer.useYears.includes(y)) return '0';
  return riktlinjer?.maxUsePerYear === undefined ? undefined : f.ref('riktlinje_max_anvandning');
};

/** The reserve's balance at the end of the year before `y`: the chain, or its opening in the first year. */
const saldoBefore =
  (m: PlanModel, reserve: 'resultatreserv' | 'resultatutjamningsreserv') => (y: Year, f: FormulaContext) =>
    f.has(`saldo_${reserve}`, y - 1) ? f.ref(`saldo_${reserve}`, y - 1) : reserveOpening(m, reserve, f);

/** The lawful cuts (design §5): a reservation to what the law allows, a use to the balance, to zero and to the riktlinjer. */
const cutFormula = (m: PlanModel, id: ChainId): Formula | undefined => {
  const efter = (y: Year, f: FormulaContext) => f.ref('resultat_efter_balanskravsjusteringar', y);
  if (id === 'reservation_resultatreserv') {
    const plan = planned(m, id);
    return (y, f) => `=-MIN(MAX(0,-${plan(y, f)}),${f.ref('tillaten_reservation', y)})`;
  }
  if (id === 'anvandning_resultatutjamningsreserv') {
    const plan = planned(m, id);
    return (y, f) => {
      const limit = riktlinjeUse(m, y, f);
      return `=MIN(MAX(0,${plan(y, f)}),MAX(0,${saldoBefore(m, 'resultatutjamningsreserv')(y, f)}),MAX(0,-(${efter(y, f)}+${f.ref('reservation_resultatreserv', y)}))${limit === undefined ? '' : `,${limit}`})`;
    };
  }
  if (id === 'anvandning_resultatreserv') {
    const plan = planned(m, id);
    return (y, f) => {
      const limit = riktlinjeUse(m, y, f);
      const rur = f.ref('anvandning_resultatutjamningsreserv', y);
      return `=MIN(MAX(0,${plan(y, f)}),MAX(0,${saldoBefore(m, 'resultatreserv')(y, f)}),MAX(0,-(${efter(y, f)}+${f.ref('reservation_resultatreserv', y)}+${rur}))${limit === undefined ? '' : `,${limit}-${rur}`})`;
    };
  }
  return undefined;
};

const CUT_DEFINITION: Partial<Record<ChainId, string>> = {
  reservation_resultatreserv:
    'Planens reservering, högst vad lagen tillåter (raden Tillåten reservering). Negativt tal.',
  anvandning_resultatutjamningsreserv:
    'Planens användning, högst reservens saldo vid årets början, högst till ett resultat på noll och inom riktlinjerna.',
  anvandning_resultatreserv:
    'Planens användning, högst reservens saldo vid årets början, högst till ett resultat på noll (efter resultatutjämningsreserven) och inom riktlinjerna.',
};

const basisOf = (id: ChainId): string =>
  id === 'anvandning_resultatutjamningsreserv'
    ? KL_RUR
    : id === 'reservation_resultatreserv' || id === 'anvandning_resultatreserv'
      ? KL_RESERV
      : KL_BALANSKRAV;

/** A chain row the plan prints: its sums over the whole chain, its reserve lines cut in the modelled years. */
const printedRow = (m: PlanModel, id: ChainId, row: FormulaRow): FormulaRow => {
  if (SUMS.has(id) && m.rb.byId.get(id)?.kind === 'sum') return { ...row, formula: sumOf(...partsOf(m, id)) };
  const cut = cutFormula(m, id);
  if (!cut) return row;
  return {
    ...row,
    formula: (y, f) => (m.years.includes(y) ? cut(y, f) : row.formula(y, f)),
    definition: `${row.definition} ${CUT_DEFINITION[id] ?? ''}`.trim(),
  };
};

/** A chain row the plan does not print: zero (nothing planned), or the sum, or the law's own adjustment. */
const computedRow = (m: PlanModel, id: ChainId, years: readonly Year[]): FormulaRow => {
  const standard = catalogueRow(id);
  // Only where the plan prints no balanskravsutredning at all: a printed one shows how the plan adjusts.
  const unrealised =
    id === 'orealiserade_vinster_vardepapper' &&
    m.rb.byId.has('orealiserade_kursforandringar') &&
    !BALANSKRAV_CHAIN.some((chainId) => m.rb.byId.has(chainId));
  const cut = cutFormula(m, id);
  const formula: Formula = SUMS.has(id)
    ? sumOf(...partsOf(m, id))
    : unrealised
      ? (y, f) =>
          f.has('orealiserade_kursforandringar', y) ? `=-${f.ref('orealiserade_kursforandringar', y)}` : '=0'
      : cut
        ? (y, f) => (m.years.includes(y) ? cut(y, f) : '=0')
        : () => '=0';
  const definition = SUMS.has(id)
    ? `${standard?.definition ?? ''} Planen trycker inte raden; summan av utredningens rader.`
    : unrealised
      ? 'Planen trycker ingen balanskravsutredning: årets orealiserade kursförändringar räknas bort.'
      : cut
        ? `Planen trycker inte raden: scenariots planerade belopp (noll i planen). ${CUT_DEFINITION[id] ?? ''}`
        : 'Planen trycker inte raden: inget belopp (noll).';
  return {
    kind: 'formula',
    sheet: 'Resultatbudget',
    id,
    name: standard?.name ?? nameStem(standard?.label ?? id),
    label: id === 'balanskravsresultat' ? 'Balanskravsresultat (beräknat)' : (standard?.label ?? id),
    unit: 'mnkr',
    ...(m.statements.resultatbudget?.decimals === 1 ? { decimals: 1 } : {}),
    span: { years },
    section: SECTION,
    ...(standard?.emphasis ? { emphasis: standard.emphasis } : {}),
    formula,
    definition,
    source: `${basisOf(id)}; beräknat ur planens resultatbudget`,
  };
};

/**
 * The resultatbudget's rows with the whole balanskravsutredning on every plan (issue 14 §1): the rows the
 * plan prints keep their place and id, the others are added after årets resultat, and the reservation and
 * uses are the plan's amounts cut to what kommunallagen 11 kap. allows. The reserves' balances, the waiting
 * deficits and the rule cells follow. A plan that prints its balanskravsresultat as a single figure keeps it.
 */
export const withBalanskravsutredning = (m: PlanModel, rows: readonly FormulaRow[]): RowSpec[] => {
  const result = m.rb.byId.get('arets_resultat');
  if (!result || !hasBalanskravsutredning(m)) return [...rows];
  const byId = new Map(rows.filter((row) => row.sheet === 'Resultatbudget').map((row) => [row.id, row]));
  const chain = BALANSKRAV_CHAIN.map((id) => {
    const row = byId.get(id);
    return row ? printedRow(m, id, row) : computedRow(m, id, result.years);
  });
  const rest = rows.filter(
    (row) => row.sheet !== 'Resultatbudget' || !(BALANSKRAV_CHAIN as readonly string[]).includes(row.id),
  );
  const at = rest.findIndex((row) => row.sheet === 'Resultatbudget' && row.id === 'arets_resultat');
  const lastRb = rest.findLastIndex((row) => row.sheet === 'Resultatbudget');
  return [
    ...rest.slice(0, at + 1),
    ...chain,
    ...rest.slice(at + 1, lastRb + 1),
    ...balanskravChainRows(m, result.years),
    ...rest.slice(lastRb + 1),
    ...balanskravRuleRows(m),
    ...balanskravPlanRows(m),
  ];
};
