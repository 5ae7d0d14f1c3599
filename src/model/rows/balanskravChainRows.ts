import { lagensRegler, type Balanskravsregler, type ReserveId } from '../balanskrav/regler';
import type { FormulaContext, FormulaRow, PlanConstantRow } from '../rowSpec';
import type { Year } from '../years';
import { egetKapital } from './balanceFormulas';
import type { PlanModel } from './planModel';
import { planTwinId } from './statementRows';

const SECTION = 'Resultatreserv och återställande';
const USE_OF: Readonly<
  Record<ReserveId, 'anvandning_resultatreserv' | 'anvandning_resultatutjamningsreserv'>
> = {
  resultatreserv: 'anvandning_resultatreserv',
  resultatutjamningsreserv: 'anvandning_resultatutjamningsreserv',
};
const RESERVES: readonly ReserveId[] = ['resultatutjamningsreserv', 'resultatreserv'];
const RESERVE_LABEL: Readonly<Record<ReserveId, string>> = {
  resultatutjamningsreserv: 'Resultatutjämningsreserv',
  resultatreserv: 'Resultatreserv',
};

/**
 * A reserve's balance when the plan's first year opens: the balance sheet's figure for the base year where the
 * plan prints one; else its first budget year's figure with that year's planned moves undone; else none (a plan
 * that states no reserve has none).
 */
export const reserveOpening = (m: PlanModel, reserve: ReserveId, f: FormulaContext): string => {
  const base = m.first - 1;
  if (f.has(planTwinId(reserve), base)) return f.ref(planTwinId(reserve), base);
  if (!f.has(planTwinId(reserve), m.first)) return '0';
  // Printed from the first budget year only: the opening is that year's closing before the plan's own moves.
  const use = planTwinId(USE_OF[reserve]);
  const reservation = planTwinId('reservation_resultatreserv');
  return [
    `(${f.ref(planTwinId(reserve), m.first)}`,
    f.has(use, m.first) ? `+${f.ref(use, m.first)}` : '',
    lagensRegler(m.first).reserve === reserve && f.has(reservation, m.first)
      ? `+${f.ref(reservation, m.first)}`
      : '',
    ')',
  ].join('');
};

const before = (m: PlanModel, reserve: ReserveId) => (y: Year, f: FormulaContext) =>
  f.has(`saldo_${reserve}`, y - 1) ? f.ref(`saldo_${reserve}`, y - 1) : reserveOpening(m, reserve, f);

/** The regimes of the modelled years: the RUR's before 2024, the resultatreserv's from 2024. */
const regimesOf = (m: PlanModel): readonly Balanskravsregler[] => [
  ...new Map(m.years.map((y) => [lagensRegler(y).reserve, lagensRegler(y)])).values(),
];

const percentCell = (
  id: string,
  label: string,
  value: number,
  definition: string,
  source: string,
): PlanConstantRow => ({
  kind: 'plan',
  sheet: 'Plan',
  id,
  name: id.charAt(0).toUpperCase() + id.slice(1).replace('troskel', 'tröskel'),
  label,
  unit: 'procent',
  span: 'scalar',
  section: 'Balanskravets regler',
  planValue: () => value,
  definition,
  source,
});

/** The law's thresholds and cap as named cells (regler.ts), for the regimes the plan's years fall under. */
export const balanskravRuleRows = (m: PlanModel): PlanConstantRow[] =>
  regimesOf(m).flatMap((rules) => {
    const name = RESERVE_LABEL[rules.reserve].toLowerCase();
    const cells = [
      percentCell(
        `troskel_${rules.reserve}`,
        `Tröskel för reservering till ${name}`,
        rules.threshold.value.times(100).toNumber(),
        'Reservering får bara ske av den del av resultatet som överstiger denna andel av skatteintäkter, generella statsbidrag och utjämning.',
        rules.threshold.source,
      ),
      percentCell(
        `troskel_negativt_${rules.reserve}`,
        `Tröskel för reservering till ${name} vid negativt eget kapital`,
        rules.thresholdNegativeEquity.value.times(100).toNumber(),
        'Tröskeln när eget kapital inklusive ansvarsförbindelsen för pensioner är negativt vid årets början.',
        rules.thresholdNegativeEquity.source,
      ),
    ];
    const cap = rules.capShare.value;
    return cap === null
      ? cells
      : [
          ...cells,
          percentCell(
            `tak_${rules.reserve}`,
            `Tak för ${name}`,
            cap.times(100).toNumber(),
            'Reservens största saldo i andel av skatteintäkter, generella statsbidrag och utjämning.',
            rules.capShare.source,
          ),
        ];
  });

/** The year's threshold share: the negative-equity one when eget kapital incl. ansvarsförbindelsen opened below zero. */
const threshold = (m: PlanModel, y: Year, f: FormulaContext): string => {
  const reserve = lagensRegler(y).reserve;
  const normal = f.ref(`troskel_${reserve}`);
  const ek = egetKapital(m, y - 1, f);
  if (!ek) return `${normal}/100`;
  const ansvar = f.has('ansvarsforbindelse', y - 1) ? `-${f.ref('ansvarsforbindelse', y - 1)}` : '';
  return `IF(${ek}${ansvar}<0,${f.ref(`troskel_negativt_${reserve}`)},${normal})/100`;
};

const row = (
  id: string,
  name: string,
  label: string,
  years: readonly Year[],
  formula: FormulaRow['formula'],
  definition: string,
  source: string,
): FormulaRow => ({
  kind: 'formula',
  sheet: 'Resultatbudget',
  id,
  name,
  label,
  unit: 'mnkr',
  span: { years },
  section: SECTION,
  formula,
  definition,
  source,
});

/** What the law lets the year reserve (design §5): above the threshold, after restoring, within the cap. */
const tillatenReservation = (m: PlanModel): FormulaRow =>
  row(
    'tillaten_reservation',
    'Tillåten_reservering',
    'Tillåten reservering',
    m.years,
    (y, f) => {
      const rules = lagensRegler(y);
      const base = f.ref('skatt_och_statsbidrag', y);
      const kvar = f.has('kvar_att_aterstalla', y - 1) ? `-${f.ref('kvar_att_aterstalla', y - 1)}` : '';
      const above = `MIN(${f.ref('arets_resultat', y)},${f.ref('resultat_efter_balanskravsjusteringar', y)})-${threshold(m, y, f)}*${base}${kvar}`;
      const cap =
        rules.capShare.value === null
          ? ''
          : `,${f.ref(`tak_${rules.reserve}`)}/100*${base}-${before(m, rules.reserve)(y, f)}`;
      return `=MAX(0,MIN(${above}${cap}))`;
    },
    'Det största belopp lagen tillåter att reservera: den del av det lägre av årets resultat och resultatet efter balanskravsjusteringar som överstiger tröskeln, sedan väntande underskott återställts, och högst upp till resultatreservens tak.',
    `${lagensRegler(m.first).threshold.source}; ${lagensRegler(m.first).reservationAfterRestoring.source}`,
  );

const saldo = (m: PlanModel, reserve: ReserveId): FormulaRow =>
  row(
    `saldo_${reserve}`,
    `Saldo_${reserve === 'resultatreserv' ? 'resultatreserv' : 'resultatutjämningsreserv'}`,
    `${RESERVE_LABEL[reserve]}, saldo vid årets slut`,
    m.years,
    (y, f) => {
      const use = USE_OF[reserve];
      const reservation =
        lagensRegler(y).reserve === reserve ? `-${f.ref('reservation_resultatreserv', y)}` : '';
      return `=${before(m, reserve)(y, f)}-${f.ref(use, y)}${reservation}`;
    },
    'Saldot vid årets början − årets användning + årets reservering. Reserven är en del av eget kapital; en rörelse ändrar inte eget kapitals summa.',
    reserve === 'resultatreserv'
      ? lagensRegler(Math.max(...m.years)).capShare.source
      : 'Kommunallagen (2017:725) 11 kap. 14 § i lydelse t.o.m. 2023; prop. 2011/12:172',
  );

/**
 * What is left to restore at the year's end (design §5): last year's rest less this year's surplus, plus this
 * year's deficit. Computed over every column of the balanskravsresultat, history included.
 */
const kvarAttAterstalla = (years: readonly Year[]): FormulaRow =>
  row(
    'kvar_att_aterstalla',
    'Kvar_att_återställa',
    'Underskott kvar att återställa',
    years,
    (y, f) => {
      const bkr = f.ref('balanskravsresultat', y);
      const rest = f.has('kvar_att_aterstalla', y - 1)
        ? `MAX(0,${f.ref('kvar_att_aterstalla', y - 1)}-MAX(0,${bkr}))+`
        : '';
      return `=${rest}MAX(0,-${bkr})`;
    },
    'Negativa balanskravsresultat som ännu inte återställts: förra årets rest − årets överskott + årets underskott. Ett underskott ska återställas inom de tre följande åren.',
    lagensRegler(years[0] ?? 0).restoreYears.source,
  );

/** The rows that carry the balanskrav from year to year: the allowed reservation, both reserves, the deficits. */
export const balanskravChainRows = (m: PlanModel, years: readonly Year[]): FormulaRow[] => [
  tillatenReservation(m),
  ...RESERVES.map((reserve) => saldo(m, reserve)),
  kvarAttAterstalla(years),
];
