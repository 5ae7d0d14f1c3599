import { lagensRegler, type Balanskravsregler, type ReserveId } from '../balanskrav/regler';
import type { FormulaContext, FormulaRow, PlanConstantRow } from '../rowSpec';
import type { Year } from '../years';
import { egetKapital } from './balanceFormulas';
import type { PlanModel } from './planModel';
import { scalarPlanRow } from './scalarPlanRow';
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
 * A reserve's balance when the plan's first year opens: the plan's balanskrav block where it states one; the
 * balance sheet's figure for the base year where the
 * plan prints one; else its first budget year's figure with that year's planned moves undone; else the sum of the
 * uses the plan prints (derived: the least that makes them possible); else none.
 */
export const reserveOpening = (m: PlanModel, reserve: ReserveId, f: FormulaContext): string => {
  const base = m.first - 1;
  if (m.plan.balanskrav?.reserves?.[reserve]) return f.ref(`ingaende_${reserve}`);
  if (f.has(planTwinId(reserve), base)) return f.ref(planTwinId(reserve), base);
  if (!f.has(planTwinId(reserve), m.first)) {
    // No balance stated anywhere, but the plan prints uses of the reserve (a resultatbudget pasted alone): the
    // least balance that makes the plan's own uses possible, so its printed figures stand and nothing more.
    const uses = m.years
      .filter((y) => f.has(planTwinId(USE_OF[reserve]), y))
      .map((y) => `MAX(0,${f.ref(planTwinId(USE_OF[reserve]), y)})`);
    return uses.length > 0 ? `(${uses.join('+')})` : '0';
  }
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

const planCell = (
  id: string,
  label: string,
  unit: 'procent' | 'mnkr',
  value: number,
  definition: string,
  source: string,
): PlanConstantRow =>
  scalarPlanRow({
    id,
    name:
      id.charAt(0).toUpperCase() + id.slice(1).replace('troskel', 'tröskel').replace('ingaende', 'ingående'),
    label,
    unit,
    section: 'Balanskravets regler',
    value,
    definition,
    source,
  });
const percentCell = (id: string, label: string, value: number, definition: string, source: string) =>
  planCell(id, label, 'procent', value, definition, source);

/**
 * The plan's own balanskrav figures (its `balanskrav` block) as named cells: the reserves' opening balances,
 * the deficits from before the plan still to restore, and the riktlinjer's own threshold and largest use.
 */
export const balanskravPlanRows = (m: PlanModel): PlanConstantRow[] => {
  const block = m.plan.balanskrav;
  if (!block) return [];
  const reserves = RESERVES.flatMap((reserve) => {
    const opening = block.reserves?.[reserve];
    return opening
      ? [
          planCell(
            `ingaende_${reserve}`,
            `${RESERVE_LABEL[reserve]}, saldo vid planens början`,
            'mnkr',
            opening.value,
            'Reservens saldo vid basårets slut enligt planen (balansbudgeten trycker det inte).',
            m.sourceText(opening.source),
          ),
        ]
      : [];
  });
  const earlier = block.earlierDeficits ?? [];
  const deficits =
    earlier.length === 0
      ? []
      : [
          planCell(
            'tidigare_underskott',
            'Underskott från tidigare år att återställa',
            'mnkr',
            earlier.reduce((sum, d) => sum + d.amount, 0),
            `Negativa balanskravsresultat före planens första år som ännu inte återställts: ${earlier
              .map((d) => `${d.year} ${String(d.amount).replace('.', ',')} mnkr`)
              .join(', ')}.`,
            earlier.map((d) => m.sourceText(d.source)).join('; '),
          ),
        ];
  const riktlinjer = block.riktlinjer;
  const own = riktlinjer
    ? [
        ...(riktlinjer.thresholdPercent === undefined
          ? []
          : [
              percentCell(
                'riktlinje_troskel',
                'Riktlinjernas tröskel för reservering',
                riktlinjer.thresholdPercent,
                'Organisationens egen tröskel i andel av skatteintäkter, generella statsbidrag och utjämning; den högre av denna och lagens gäller.',
                m.sourceText(riktlinjer.source),
              ),
            ]),
        ...(riktlinjer.maxUsePerYear === undefined
          ? []
          : [
              planCell(
                'riktlinje_max_anvandning',
                'Riktlinjernas största användning av reserverna per år',
                'mnkr',
                riktlinjer.maxUsePerYear,
                'Det mesta riktlinjerna tillåter att använda ur resultatutjämningsreserven och resultatreserven tillsammans ett år.',
                m.sourceText(riktlinjer.source),
              ),
            ]),
      ]
    : [];
  return [...reserves, ...deficits, ...own];
};

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
  const own = (law: string) =>
    m.plan.balanskrav?.riktlinjer?.thresholdPercent === undefined
      ? law
      : `MAX(${law},${f.ref('riktlinje_troskel')})`;
  const normal = own(f.ref(`troskel_${reserve}`));
  const ek = egetKapital(m, y - 1, f);
  if (!ek) return `${normal}/100`;
  const ansvar = f.has('ansvarsforbindelse', y - 1) ? `-${f.ref('ansvarsforbindelse', y - 1)}` : '';
  return `IF(${ek}${ansvar}<0,${own(f.ref(`troskel_negativt_${reserve}`))},${normal})/100`;
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
      if (m.plan.balanskrav?.riktlinjer?.reservationAllowed === false) return '=0';
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
 * What is left to restore at the year's end (design §5): last year's rest (the plan's earlier deficits before
 * its first column) less this year's surplus, plus this year's deficit less what fullmäktige decided not to
 * restore for synnerliga skäl. Computed over every column of the balanskravsresultat, history included.
 */
const kvarAttAterstalla = (m: PlanModel, years: readonly Year[]): FormulaRow =>
  row(
    'kvar_att_aterstalla',
    'Kvar_att_återställa',
    'Underskott kvar att återställa',
    years,
    (y, f) => {
      const bkr = f.ref('balanskravsresultat', y);
      const previous = f.has('kvar_att_aterstalla', y - 1)
        ? f.ref('kvar_att_aterstalla', y - 1)
        : (m.plan.balanskrav?.earlierDeficits?.length ?? 0) > 0
          ? f.ref('tidigare_underskott')
          : undefined;
      const rest = previous === undefined ? '' : `MAX(0,${previous}-MAX(0,${bkr}))+`;
      const lift = f.has(SYNNERLIGA_SKAL, y) ? `-${f.ref(SYNNERLIGA_SKAL, y)}` : '';
      return `=${rest}MAX(0,-${bkr}${lift})`;
    },
    'Negativa balanskravsresultat som ännu inte återställts: förra årets rest − årets överskott + årets underskott, utom det fullmäktige av synnerliga skäl beslutat att inte återställa. Ett underskott ska återställas inom de tre följande åren, äldst först.',
    `${lagensRegler(years[0] ?? 0).restoreYears.source}; Kommunallagen (2017:725) 11 kap. 13 § (synnerliga skäl)`,
  );

/** The input of fullmäktige's decision on synnerliga skäl: mnkr of the year's deficit not to restore. */
export const SYNNERLIGA_SKAL = 'synnerliga_skal';

/** The rows that carry the balanskrav from year to year: the allowed reservation, both reserves, the deficits. */
export const balanskravChainRows = (m: PlanModel, years: readonly Year[]): FormulaRow[] => [
  tillatenReservation(m),
  ...RESERVES.map((reserve) => saldo(m, reserve)),
  kvarAttAterstalla(m, years),
];
