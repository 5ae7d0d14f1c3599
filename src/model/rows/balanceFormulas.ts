import { printedParts, type PlanStatementRow } from '../planStatements';
import type { FormulaContext } from '../rowSpec';
import type { Year } from '../years';
import type { PlanModel } from './planModel';

type Formula = (y: Year, f: FormulaContext) => string;

const plan = (row: PlanStatementRow) => (y: Year, f: FormulaContext) => f.ref(`plan_${row.id}`, y);

/** Eget kapital including årets resultat, as the balance prints it: its total, or the sum of its printed parts. */
export const egetKapital = (m: PlanModel, y: Year, f: FormulaContext): string | undefined => {
  const bb = m.bb;
  if (!bb) return undefined;
  if (bb.byId.get('eget_kapital')) return f.has('eget_kapital', y) ? f.ref('eget_kapital', y) : undefined;
  const printed = new Set(bb.rows.map((row) => row.id));
  const parts = printedParts('eget_kapital', printed, []).filter((id) => f.has(id, y));
  return parts.length === 0 ? undefined : `(${parts.map((id) => f.ref(id, y)).join('+')})`;
};

/**
 * The reserves the balance prints beside a line that takes the rest of eget kapital: these show the
 * balanskrav chain's balance, and the rest takes the opposite, so no move changes the total.
 */
export const reserveMoves = (m: PlanModel): readonly ('resultatutjamningsreserv' | 'resultatreserv')[] =>
  m.target('egetKapitalTidigare')
    ? (['resultatutjamningsreserv', 'resultatreserv'] as const).filter(
        (id) => m.bb?.byId.get(id)?.kind === 'line',
      )
    : [];

/** The terms a balance line takes from the scenario: cumulative changes that land on it. */
const balanceEffects = (m: PlanModel, row: PlanStatementRow): Formula => {
  const is = (mechanism: Parameters<PlanModel['target']>[0]) => m.target(mechanism)?.id === row.id;
  const printsResult = m.bb?.byId.has('bb_arets_resultat') === true;
  // Without a printed årets resultat line the whole change lands on one line: the printed eget kapital
  // when it is a line, else the line of the earlier years' results (a balance printing RUR and övrigt).
  const utgaende = m.target('egetKapitalUtgaende') ?? m.target('egetKapitalTidigare');
  const closing = utgaende?.id === row.id;
  const add = (id: string, when: boolean) => (y: Year, f: FormulaContext) =>
    when && f.has(id, y) ? `+${f.ref(id, y)}` : '';
  const terms = [
    add('forandring_anlaggningstillgangar', is('anlaggningar')),
    add('forandring_finansiella_anlaggningstillgangar', is('finansiellaAnlaggningar')),
    add('forandring_likvida_medel', is('likvida')),
    add('forandring_pensionsmedel', is('portfolj')),
    add('tidigare_resultatforandring', printsResult ? is('egetKapitalTidigare') : closing),
    add('resultatforandring', !printsResult && closing),
  ];
  const moves = is('egetKapitalTidigare') ? reserveMoves(m) : [];
  return (y, f) =>
    [
      ...terms.map((term) => term(y, f)),
      // The reserves are part of eget kapital: what the chain moves into them leaves the rest (design §5).
      ...moves.map((id) =>
        f.has(id, y) ? `-(${f.ref(`saldo_${id}`, y)}-${plan(m.bb?.byId.get(id) ?? row)(y, f)})` : '',
      ),
    ].join('');
};

/**
 * A balansbudget or finansieringsbudget line in a budget year: the plan's figure plus what the scenario
 * moves, or a figure the scenario decides outright (årets resultat, the investments, ingående likvida medel).
 */
export const balanceLineFormula = (m: PlanModel, row: PlanStatementRow): Formula | undefined => {
  const twin = plan(row);
  const kinds = m.investments?.kinds ?? [];
  const pension = m.plan.drivers.pensionsportfolj !== undefined && m.target('orealiserad') !== undefined;
  switch (row.id) {
    case 'bb_arets_resultat':
    case 'fb_arets_resultat':
      return (y, f) => `=${f.ref('arets_resultat', y)}`;
    case 'ansvarsforbindelse_pensioner':
      return (y, f) => `=${f.ref('ansvarsforbindelse', y)}`;
    case 'investering_materiella':
    case 'investering_immateriella':
    case 'investering_finansiella': {
      const kind = row.id.slice('investering_'.length) as 'materiella' | 'immateriella' | 'finansiella';
      return kinds.includes(kind) ? (y, f) => `=-${f.ref(`investeringar_${kind}`, y)}` : undefined;
    }
    case 'justering_ej_likvidpaverkande':
      return (y, f) =>
        [
          `=${twin(y, f)}`,
          m.investments ? `+${f.ref('tillkommande_avskrivningar', y)}` : '',
          pension
            ? `-(${f.ref('orealiserad_avkastning', y)}-${f.ref('plan_orealiserad_avkastning', y)})`
            : '',
        ].join('');
    case 'resultatutjamningsreserv':
    case 'resultatreserv':
      return reserveMoves(m).includes(row.id) ? (y, f) => `=${f.ref(`saldo_${row.id}`, y)}` : undefined;
    case 'likvida_medel_borjan':
      return (y, f) =>
        f.has('likvida_medel_slut', y - 1) ? `=${f.ref('likvida_medel_slut', y - 1)}` : `=${twin(y, f)}`;
  }
  if (row.statement !== 'balansbudget') return undefined;
  const effects = balanceEffects(m, row);
  return (y, f) => `=${twin(y, f)}${effects(y, f)}`;
};

/** Soliditet as the balansbudget prints it: eget kapital (less the ansvarsförbindelse) over summa tillgångar. */
export const balanceRatioFormula = (m: PlanModel, row: PlanStatementRow): Formula | undefined => {
  if (row.id !== 'soliditet_blandmodell' && row.id !== 'soliditet_fullfondering') return undefined;
  return (y, f) => {
    const ek = egetKapital(m, y, f) ?? '0';
    const less =
      row.id === 'soliditet_fullfondering' && f.has('ansvarsforbindelse', y)
        ? `-${f.ref('ansvarsforbindelse', y)}`
        : '';
    return `=(${ek}${less})/${f.ref('summa_tillgangar', y)}*100`;
  };
};
