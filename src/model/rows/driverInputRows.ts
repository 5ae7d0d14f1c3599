import type { Source, YearValues } from '../planSchema';
import { withinDistanceOfPlan, withinRange, withinShareOfPlan } from '../plausibility';
import { published, type InputRow } from '../rowSpec';
import { input, MNKR, withinCosts } from './inputRow';
import { statsbidragLevel } from './levelInputRows';
import type { PlanModel } from './planModel';

/**
 * How far from the plan a driver's value is plausible (issue 12 §2): in the row's unit, or as a share of the
 * plan's value that year. Outside, a value is asked about before it is taken; mnkr amounts are measured
 * against the plan's total verksamhetens kostnader instead (inputRow.withinCosts).
 */
const PLAUSIBLE = {
  skattesatsKr: 2,
  befolkningShare: 0.05,
  rateProcentenheter: 5,
  schablonShare: 0.5,
  avkastningProcentenheter: 20,
  avskrivningstidAr: { min: 5, max: 60 },
} as const;

const rateReason = (what: string) =>
  `Mer än ${PLAUSIBLE.rateProcentenheter} procentenheter från planens ${what} är ovanligt även i en lågkonjunktur; kontrollera att det inte är ett skrivfel.`;

/** A driver's source, with the years whose value has a source of its own named after it. */
const sourceWithYears = (m: PlanModel, source: Source, yearSources?: Readonly<Record<string, Source>>) => {
  const own = Object.entries(yearSources ?? {});
  const main = m.sourceText(source);
  return own.length === 0
    ? main
    : `${main}; ${own.map(([year, s]) => `${year}: ${m.sourceText(s)}`).join('; ')}`;
};

/** The population-following lines' plan value per 100 inhabitants, when the plan states no effect of its own. */
const derivedPer100 = (m: PlanModel, befolkning: YearValues) => (year: number) => {
  const following = m.revenue
    .filter((line) => line.behaviour !== 'fast')
    .reduce((sum, line) => sum + (line.values[String(year)] ?? 0), 0);
  return (following / published(befolkning, year, 'befolkning')) * 100;
};

/**
 * The drivers a scenario changes, those this plan has: skattesats, befolkning and what 100 inhabitants are
 * worth, skatteunderlagstillväxt, the price index by the plan's own name, the investments and their
 * avskrivningstid, the pension portfolio's return and the ansvarsförbindelse (DOMAIN.md §3–4).
 */
export const driverInputRows = (m: PlanModel): InputRow[] => {
  const d = m.plan.drivers;
  const skatt = 'Skatt, befolkning och statsbidrag';
  const rows: InputRow[] = [
    input({
      id: 'skattesats',
      name: 'Skattesats',
      label: 'Skattesats',
      unit: 'kr',
      span: 'all',
      section: skatt,
      planValue: (y) => published(d.skattesats.values, y, 'skattesats'),
      bounds: { min: 1, max: 40 },
      plausible: (p) =>
        withinDistanceOfPlan(
          p,
          PLAUSIBLE.skattesatsKr,
          `En skattesats mer än ${PLAUSIBLE.skattesatsKr} kronor från planens är ovanlig: den ändras sällan mer än några tiotal öre åt gången.`,
        ),
      definition:
        'Utdebitering i kronor per hundra kronor beskattningsbar inkomst. Den egna skattesatsen påverkar inte inkomstutjämningen.',
      source: sourceWithYears(m, d.skattesats.source, d.skattesats.yearSources),
    }),
  ];
  const befolkning = d.befolkning;
  if (befolkning) {
    rows.push(
      input({
        id: 'befolkning',
        name: 'Befolkning',
        label: `Befolkning ${befolkning.date}`,
        unit: 'invanare',
        span: 'all',
        section: skatt,
        planValue: (y) => published(befolkning.values, y, 'befolkning'),
        bounds: { min: 1, max: 20_000_000 },
        plausible: (p) =>
          withinShareOfPlan(
            p,
            PLAUSIBLE.befolkningShare,
            `Befolkningen ändras sällan mer än någon procent på ett år; mer än ${PLAUSIBLE.befolkningShare * 100} % från planens prognos samma år är troligen ett skrivfel.`,
          ),
        definition: `Den befolkning som budgetårets skatt och utjämning räknas på (${befolkning.date}).`,
        source: sourceWithYears(m, befolkning.source, befolkning.yearSources),
      }),
    );
  }
  const tillvaxt = d.skatteunderlagstillvaxt;
  rows.push(
    input({
      id: 'skatteunderlagstillvaxt',
      name: 'Skatteunderlagstillväxt',
      label: tillvaxt?.values
        ? 'Skatteunderlagstillväxt'
        : 'Ändrad skatteunderlagstillväxt (procentenheter mot planen)',
      unit: 'procent',
      span: 'all',
      section: skatt,
      planValue: (y) => tillvaxt?.values?.[String(y)] ?? 0,
      bounds: { min: -20, max: 30 },
      plausible: (p) =>
        withinDistanceOfPlan(p, PLAUSIBLE.rateProcentenheter, rateReason('skatteunderlagstillväxt')),
      definition:
        'Skatteunderlagets ökning i procent. En ändring räknar om skatteunderlaget och inkomstutjämningen från det året och framåt.',
      source: tillvaxt
        ? sourceWithYears(m, tillvaxt.source, tillvaxt.yearSources)
        : 'Planen publicerar ingen skatteunderlagstillväxt: 0 betyder planens egen prognos',
    }),
  );
  if (befolkning) {
    const stated = d.effektPer100Invanare;
    rows.push(
      input({
        id: 'intakt_per_100_invanare',
        name: 'Skatt_och_statsbidrag_per_100_invånare',
        label: 'Skatt och statsbidrag per 100 invånare',
        unit: 'mnkr',
        span: 'all',
        section: skatt,
        decimals: 1,
        planValue: stated ? () => stated.value : derivedPer100(m, befolkning.values),
        bounds: { min: 0, max: 100 },
        plausible: (p) =>
          withinShareOfPlan(
            p,
            PLAUSIBLE.schablonShare,
            `Mer än ${PLAUSIBLE.schablonShare * 100} % från planens värde är troligen ett skrivfel.`,
          ),
        definition:
          'Hur mycket skatt, generella statsbidrag och utjämning 100 invånare fler eller färre ger.',
        source: stated
          ? m.sourceText(stated.source)
          : 'Härlett: de rader som följer befolkningen delat med befolkningen, per 100 invånare (planen anger inget eget värde; ett genomsnitt, inte en marginaleffekt)',
      }),
    );
  }
  rows.push(statsbidragLevel(m));
  return [...rows, ...costDriverRows(m)];
};

/** The price index, the investments with their avskrivningstid, the pension portfolio and the ansvarsförbindelse. */
const costDriverRows = (m: PlanModel): InputRow[] => {
  const d = m.plan.drivers;
  const rows: InputRow[] = [];
  const index = d.prisindex;
  if (index && m.target('kostnader'))
    rows.push(
      input({
        id: 'prisindex',
        name: 'Prisindex',
        label: index.values ? index.label : `${index.label}, ändring i procentenheter mot planen`,
        unit: 'procent',
        span: 'all',
        section: 'Kostnader',
        planValue: (y) => index.values?.[String(y)] ?? 0,
        bounds: { min: -20, max: 30 },
        plausible: (p) => withinDistanceOfPlan(p, PLAUSIBLE.rateProcentenheter, rateReason(index.name)),
        definition: `${index.name}: en ändring i procentenheter mot planen räknar upp föregående års ramar och ackumuleras år för år.`,
        source: sourceWithYears(m, index.source, index.yearSources),
      }),
    );
  const investments = m.investments;
  if (investments) {
    const labels = {
      materiella: 'Materiella',
      immateriella: 'Immateriella',
      finansiella: 'Finansiella',
    } as const;
    for (const kind of investments.kinds)
      rows.push(
        input({
          id: `investeringar_${kind}`,
          name: `${labels[kind]}_investeringar`,
          label: `${labels[kind]} investeringar`,
          unit: 'mnkr',
          span: 'budget',
          section: 'Investeringar',
          planValue: (y) => published(investments.values[kind] ?? {}, y, `${kind} investeringar`),
          bounds: kind === 'finansiella' ? MNKR : { min: 0, max: 1_000_000 },
          plausible: withinCosts(m),
          definition:
            kind === 'finansiella'
              ? 'Investeringar i finansiella anläggningstillgångar; skrivs inte av.'
              : 'Investeringsutgifter under året (likviditetseffekt), som skrivs av från året efter.',
          source: m.sourceText(investments.source),
        }),
      );
    const tid = d.avskrivningstid;
    rows.push(
      input({
        id: 'avskrivningstid',
        name: 'Avskrivningstid',
        label: 'Genomsnittlig avskrivningstid för nya investeringar',
        unit: 'ar',
        span: 'budget',
        section: 'Investeringar',
        planValue: () => tid?.value ?? 20,
        bounds: { min: 1, max: 100 },
        plausible: () =>
          withinRange(
            PLAUSIBLE.avskrivningstidAr.min,
            PLAUSIBLE.avskrivningstidAr.max,
            `Kortare än ${PLAUSIBLE.avskrivningstidAr.min} eller längre än ${PLAUSIBLE.avskrivningstidAr.max} år är ovanligt som genomsnittlig avskrivningstid för nya investeringar.`,
          ),
        definition: 'Ändrade investeringar ett år skrivs av linjärt över så många år, med början året efter.',
        source: tid ? m.sourceText(tid.source) : 'Antagande: planen anger ingen avskrivningstid; 20 år',
      }),
    );
  }
  const portfolj = d.pensionsportfolj;
  if (portfolj && m.target('orealiserad') && m.target('finansiellaIntakter'))
    rows.push(
      input({
        id: 'pensionsavkastning',
        name: 'Pensionsavkastning',
        label: 'Avkastning på pensionsportföljen',
        unit: 'procent',
        span: 'all',
        section: 'Pensionsportföljen',
        planValue: () => portfolj.expectedReturn,
        bounds: { min: -50, max: 50 },
        plausible: (p) =>
          withinDistanceOfPlan(
            p,
            PLAUSIBLE.avkastningProcentenheter,
            `Mer än ${PLAUSIBLE.avkastningProcentenheter} procentenheter från planens förväntade avkastning är ovanligt även ett år med stora rörelser på börsen.`,
          ),
        definition:
          'Nominell avkastning. Den orealiserade avkastningen räknas i årets resultat men inte i balanskravsresultatet.',
        source: m.sourceText(portfolj.source),
      }),
    );
  const ansvar = d.ansvarsforbindelse;
  const printed = m.bb?.byId.get('ansvarsforbindelse_pensioner');
  if (ansvar || printed)
    rows.push(
      input({
        id: 'ansvarsforbindelse',
        name: 'Ansvarsförbindelse_pensioner',
        label: 'Ansvarsförbindelse för pensioner',
        unit: 'mnkr',
        span: 'budget',
        section: 'Balans och likviditet',
        planValue: (y) => published(ansvar?.values ?? printed?.values ?? {}, y, 'ansvarsförbindelse'),
        bounds: { min: 0, max: 1_000_000 },
        plausible: withinCosts(m),
        definition: 'Pensioner intjänade före 1998, redovisade utanför balansräkningen (blandmodellen).',
        source: ansvar ? m.sourceText(ansvar.source) : m.sourceText(printed?.source ?? m.rb.source),
      }),
    );
  return rows;
};
