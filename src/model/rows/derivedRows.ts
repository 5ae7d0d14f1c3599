import {
  frameAmountRange,
  FRAME_ACTIVE_RANGE,
  FRAME_ACTIVE_TEXT,
  FRAME_KIND_RANGE,
  FRAME_KIND_TEXT,
} from '../frameChangeSheet';
import type { FormulaContext, FormulaRow } from '../rowSpec';
import type { Year } from '../years';
import { balanceDeltaRows } from './balanceDeltaRows';
import { derivedRow, RELATIONS } from './derivedRow';
import type { PlanModel } from './planModel';

/**
 * Antaganden computed from the inputs: how a driver becomes a figure in the statements. Each row is one
 * step of a relation the plan states (DOMAIN.md §4), so the formula bar can show the chain
 * skattesats → skatteunderlag → skatteintäkter. Rows exist only for the drivers this plan has.
 */
export const derivedRows = (m: PlanModel): FormulaRow[] => [
  ...taxRows(m),
  ...costRows(m),
  ...investmentRows(m),
  ...pensionRows(m),
  ...balanceDeltaRows(m),
];

const taxRows = (m: PlanModel): FormulaRow[] => {
  const befolkning = m.plan.drivers.befolkning !== undefined;
  const utjamning = m.revenue.some((line) => line.behaviour === 'inkomstutjamning');
  const rows: FormulaRow[] = [
    derivedRow({
      id: 'skatteunderlagsfaktor',
      name: 'Skatteunderlagsfaktor',
      label: 'Skatteunderlag jämfört med planen',
      unit: 'faktor',
      span: 'all',
      formula: (y, f) => {
        const growth = `(1+${f.ref('skatteunderlagstillvaxt', y)}/100)/(1+${f.ref('plan_skatteunderlagstillvaxt', y)}/100)`;
        return y === f.first ? `=${growth}` : `=${f.ref('skatteunderlagsfaktor', y - 1)}*${growth}`;
      },
      definition:
        'Hur mycket större skatteunderlaget blir än i planen när tillväxten ändras; ackumuleras år för år.',
      source: RELATIONS.skatt,
    }),
  ];
  if (befolkning)
    rows.push(
      derivedRow({
        id: 'befolkningsforandring',
        name: 'Befolkningsförändring',
        label: 'Befolkning jämfört med planen',
        unit: 'invanare',
        span: 'all',
        formula: (y, f) => `=${f.ref('befolkning', y)}-${f.ref('plan_befolkning', y)}`,
        definition: 'Fler (+) eller färre (−) invånare än i planens befolkningsprognos.',
        source: RELATIONS.befolkning,
      }),
      derivedRow({
        id: 'befolkningseffekt',
        name: 'Befolkningseffekt',
        label: 'Befolkningens effekt på skatt och statsbidrag',
        unit: 'mnkr',
        span: 'all',
        formula: (y, f) => `=${f.ref('befolkningsforandring', y)}/100*${f.ref('intakt_per_100_invanare', y)}`,
        definition:
          'Fler eller färre invånare gånger effekten per 100 invånare; delas i planens proportion mellan skatt och de statsbidrag som följer befolkningen.',
        source: RELATIONS.befolkning,
      }),
    );
  rows.push(
    derivedRow({
      id: 'skatteunderlag',
      name: 'Skatteunderlag',
      label: 'Skatteunderlag',
      unit: 'mnkr',
      span: 'all',
      formula: (y, f) =>
        befolkning
          ? `=(${f.ref('plan_skatteunderlag', y)}+${f.ref('befolkningseffekt', y)}*${f.ref('plan_skatteandel', y)}/${f.ref('plan_skattesats', y)}*100)*${f.ref('skatteunderlagsfaktor', y)}`
          : `=${f.ref('plan_skatteunderlag', y)}*${f.ref('skatteunderlagsfaktor', y)}`,
      definition: 'Beskattningsbar inkomst: planens underlag, justerat för befolkning och ändrad tillväxt.',
      source: RELATIONS.skatt,
    }),
  );
  if (utjamning)
    rows.push(
      derivedRow({
        id: 'utjamningseffekt',
        name: 'Utjämningseffekt_av_skatteunderlagstillväxt',
        label: 'Inkomstutjämningens följd av ändrad tillväxt',
        unit: 'mnkr',
        span: 'all',
        formula: (y, f) => `=(${f.ref('skatteunderlagsfaktor', y)}-1)*${f.ref('plan_inkomstutjamning', y)}`,
        definition:
          'Inkomstutjämningen följer skatteunderlagets tillväxt i riket; den egna skattesatsen påverkar den inte.',
        source: RELATIONS.skatt,
      }),
    );
  return rows;
};

const costRows = (m: PlanModel): FormulaRow[] => {
  const rows: FormulaRow[] = [];
  if (m.plan.drivers.prisindex && m.target('kostnader'))
    rows.push(
      derivedRow({
        id: 'prisindex_effekt',
        name: 'Prisindex_effekt',
        label: `Kostnadsökning av ändrad ${m.plan.drivers.prisindex.name}`,
        unit: 'mnkr',
        span: 'all',
        formula: (y, f) => {
          const change = `${f.ref('ramunderlag', y)}*(${f.ref('prisindex', y)}-${f.ref('plan_prisindex', y)})/100`;
          return y === f.first
            ? `=${change}`
            : `=${f.ref('prisindex_effekt', y - 1)}*(1+${f.ref('prisindex', y)}/100)+${change}`;
        },
        definition:
          'Ändrad uppräkning i procentenheter mot planen, på föregående års ramar, och ackumulerad till följande år.',
        source: RELATIONS.ramar,
      }),
    );
  const frames = (id: string, name: string, what: string, kind: keyof typeof FRAME_KIND_TEXT): FormulaRow =>
    derivedRow({
      id,
      name,
      label: `Ramförändringar, ${what}`,
      unit: 'mnkr',
      span: 'all',
      formula: (y) =>
        `=SUMIFS(${frameAmountRange(y)},${FRAME_KIND_RANGE},"${FRAME_KIND_TEXT[kind]}",${FRAME_ACTIVE_RANGE},"${FRAME_ACTIVE_TEXT.ja}")`,
      definition: `Summan av scenariots påslagna ramförändringar som ökar (+) eller minskar (−) ${what}a.`,
      source: 'Scenariots ramförändringar',
    });
  if (m.target('kostnader'))
    rows.push(frames('ramforandringar_kostnader', 'Ramförändringar_kostnader', 'kostnader', 'kostnad'));
  if (m.target('intakter'))
    rows.push(frames('ramforandringar_intakter', 'Ramförändringar_intäkter', 'intäkter', 'intakt'));
  return rows;
};

const investmentRows = (m: PlanModel): FormulaRow[] => {
  const investments = m.investments;
  if (!investments) return [];
  const depreciable = investments.kinds.filter((kind) => kind !== 'finansiella');
  const sumOf = (prefix: string, kinds: readonly string[], y: Year, f: FormulaContext) =>
    kinds.map((kind) => f.ref(`${prefix}${kind}`, y)).join('+') || '0';
  const depreciation = m.budget.map((investmentYear) =>
    derivedRow({
      id: `avskrivning_investeringar_${investmentYear}`,
      name: `Avskrivning_investeringar_${investmentYear}`,
      label: `Avskrivning på ändrade investeringar ${investmentYear}`,
      unit: 'mnkr',
      span: { after: investmentYear },
      formula: (y, f) =>
        `=IF(${y}-${investmentYear}<=${f.ref('avskrivningstid', investmentYear)},${f.ref('forandrade_investeringar', investmentYear)}/${f.ref('avskrivningstid', investmentYear)},0)`,
      definition: `Linjär avskrivning av ${investmentYear} års ändrade investeringar, från året efter och under avskrivningstiden.`,
      source: RELATIONS.investeringar,
    }),
  );
  return [
    derivedRow({
      id: 'forandrade_investeringar',
      name: 'Förändrade_investeringar',
      label: 'Ändrade avskrivningsbara investeringar',
      unit: 'mnkr',
      span: 'budget',
      formula: (y, f) =>
        `=${sumOf('investeringar_', depreciable, y, f)}-(${sumOf('plan_investeringar_', depreciable, y, f)})`,
      definition: 'Materiella och immateriella investeringar utöver (+) eller under (−) planens.',
      source: RELATIONS.investeringar,
    }),
    derivedRow({
      id: 'investeringsforandring',
      name: 'Investeringsförändring',
      label: 'Ändrade investeringar, alla slag',
      unit: 'mnkr',
      span: 'budget',
      formula: (y, f) =>
        `=${sumOf('investeringar_', investments.kinds, y, f)}-(${sumOf('plan_investeringar_', investments.kinds, y, f)})`,
      definition:
        'Alla investeringar, också finansiella, utöver (+) eller under (−) planens: de minskar kassan.',
      source: RELATIONS.investeringar,
    }),
    ...depreciation,
    derivedRow({
      id: 'tillkommande_avskrivningar',
      name: 'Tillkommande_avskrivningar',
      label: 'Tillkommande avskrivningar',
      unit: 'mnkr',
      span: 'all',
      formula: (y, f) => {
        const parts = m.budget.filter((t) => t < y).map((t) => f.ref(`avskrivning_investeringar_${t}`, y));
        return parts.length === 0 ? '=0' : `=${parts.join('+')}`;
      },
      definition: 'Avskrivningar på ändrade investeringar: ökar kostnaderna från året efter investeringen.',
      source: RELATIONS.investeringar,
    }),
  ];
};

const pensionRows = (m: PlanModel): FormulaRow[] =>
  m.plan.drivers.pensionsportfolj && m.target('orealiserad') && m.target('finansiellaIntakter')
    ? [
        derivedRow({
          id: 'orealiserad_avkastning',
          name: 'Orealiserad_avkastning',
          label: 'Orealiserad avkastning på pensionsportföljen',
          unit: 'mnkr',
          span: 'all',
          formula: (y, f) =>
            `=${f.ref('plan_orealiserad_avkastning', y)}*${f.ref('pensionsavkastning', y)}/${f.ref('plan_pensionsavkastning', y)}`,
          definition:
            'Planens avkastning skalad med ändrad avkastningsprocent; ingår i årets resultat, inte i balanskravsresultatet.',
          source: RELATIONS.balanskravsresultat,
        }),
      ]
    : [];
