import type { Plan } from '../planSchema';
import { withinDistanceOfPlan, withinRange, withinShareOfPlan } from '../plausibility';
import { published, type InputRow } from '../rowSpec';
import { inputRowContext, MNKR } from './inputRowContext';
import { sourceOf } from './sources';

/**
 * How far from the plan a driver's value is plausible (issue 12 §2): in the row's unit, or as a share of the
 * plan's value that year. Outside, a value is asked about before it is taken; mnkr amounts are measured
 * against the plan's total verksamhetens kostnader instead (inputRowContext.withinCosts).
 */
const PLAUSIBLE = {
  skattesatsKr: 2,
  befolkningShare: 0.05,
  rateProcentenheter: 5,
  schablonShare: 0.5,
  avkastningProcentenheter: 20,
  avskrivningstidAr: { min: 5, max: 60 },
} as const;

/**
 * The drivers a scenario changes: skattesats, befolkning, skatteunderlagstillväxt, statsbidrag, LPIK, the
 * investments and their avskrivningstid, and the pension portfolio's return (issue #2, DOMAIN.md §3–4).
 */
export const driverInputRows = (plan: Plan): InputRow[] => {
  const { t, a, rb, fb, rbSource, fbSource, assumed, input, withinCosts } = inputRowContext(plan);
  const skatt = 'Skatt, befolkning och statsbidrag';
  const kostnader = 'Kostnader';
  const investeringar = 'Investeringar';
  const pension = 'Pensionsportföljen';
  return [
    input({
      id: 'skattesats',
      name: 'Skattesats',
      label: 'Skattesats',
      unit: 'kr',
      span: 'all',
      section: skatt,
      planValue: (y) => published(t.skattesats.rows.utdebitering, y, 'skattesats'),
      bounds: { min: 5, max: 20 },
      plausible: (p) =>
        withinDistanceOfPlan(
          p,
          PLAUSIBLE.skattesatsKr,
          `En skattesats mer än ${PLAUSIBLE.skattesatsKr} kronor från planens är ovanlig: en region ändrar den sällan mer än några tiotal öre åt gången.`,
        ),
      definition:
        'Utdebitering i kronor per hundra kronor beskattningsbar inkomst. Regionens egen skattesats påverkar inte inkomstutjämningen.',
      source: sourceOf(plan, t.skattesats.source),
    }),
    input({
      id: 'befolkning',
      name: 'Befolkning',
      label: 'Befolkning 1 november året innan',
      unit: 'invanare',
      span: 'all',
      section: skatt,
      planValue: (y) => published(t.befolkning.rows.regionens_prognos, y, 'befolkning'),
      bounds: { min: 1, max: 20_000_000 },
      plausible: (p) =>
        withinShareOfPlan(
          p,
          PLAUSIBLE.befolkningShare,
          `Befolkningen ändras sällan mer än någon procent på ett år; mer än ${PLAUSIBLE.befolkningShare * 100} % från planens prognos samma år är troligen ett skrivfel.`,
        ),
      definition: 'Den befolkning som budgetårets skatt och utjämning räknas på (1 november året innan).',
      source: `${sourceOf(plan, t.befolkning.source)} (regionens skatteunderlagsberäkning)`,
    }),
    input({
      id: 'skatteunderlagstillvaxt',
      name: 'Skatteunderlagstillväxt',
      label: 'Skatteunderlagstillväxt',
      unit: 'procent',
      span: 'all',
      section: skatt,
      planValue: (y) =>
        t.skatteunderlagstillvaxt.rows.tillvaxt[String(y)] ??
        published(a.skatteunderlagstillvaxtKalkyl.values, y, 'skatteunderlagstillväxt'),
      bounds: { min: -20, max: 30 },
      plausible: (p) =>
        withinDistanceOfPlan(
          p,
          PLAUSIBLE.rateProcentenheter,
          `Mer än ${PLAUSIBLE.rateProcentenheter} procentenheter från planens skatteunderlagstillväxt är ovanligt även i en lågkonjunktur; kontrollera att det inte är ett skrivfel.`,
        ),
      definition:
        'Skatteunderlagets ökning i procent. En ändring räknar om skatteunderlaget och inkomstutjämningen från det året och framåt.',
      source: `${sourceOf(plan, t.skatteunderlagstillvaxt.source)}; kalkylår: ${a.skatteunderlagstillvaxtKalkyl.basis}`,
    }),
    input({
      id: 'intakt_per_100_invanare',
      name: 'Skatt_och_statsbidrag_per_100_invånare',
      label: 'Skatt och statsbidrag per 100 invånare',
      unit: 'mnkr',
      span: 'all',
      section: skatt,
      decimals: 1,
      planValue: () => a.intaktPer100Invanare.value,
      bounds: { min: 0, max: 100 },
      plausible: (p) =>
        withinShareOfPlan(
          p,
          PLAUSIBLE.schablonShare,
          `Mer än ${PLAUSIBLE.schablonShare * 100} % från planens schablon är troligen ett skrivfel.`,
        ),
      definition: 'Hur mycket skatt, generella statsbidrag och utjämning 100 invånare fler eller färre ger.',
      source: a.intaktPer100Invanare.basis,
    }),
    input({
      id: 'statsbidrag_prognos',
      name: 'Statsbidrag_och_utjämning_enligt_prognos',
      label: 'Generella statsbidrag och utjämning enligt prognos',
      unit: 'mnkr',
      span: 'all',
      section: skatt,
      planValue: (y) => published(rb.generella_statsbidrag, y, 'generella statsbidrag och utjämning'),
      bounds: MNKR,
      plausible: withinCosts,
      definition:
        'Inkomst- och kostnadsutjämning, struktur- och regleringsbidrag och läkemedelsbidrag vid planens befolkning och skatteunderlag.',
      source: `${rbSource}; ${sourceOf(plan, t.skattOchUtjamning.source)}`,
    }),
    input({
      id: 'lpik',
      name: 'LPIK',
      label: 'LPIK (uppräkning av ramar)',
      unit: 'procent',
      span: 'all',
      section: kostnader,
      planValue: (y) => t.lpik.rows.inkl_lakemedel[String(y)] ?? a.lpikKalkyl.value,
      bounds: { min: -20, max: 30 },
      plausible: (p) =>
        withinDistanceOfPlan(
          p,
          PLAUSIBLE.rateProcentenheter,
          `En ändring av LPIK med mer än ${PLAUSIBLE.rateProcentenheter} procentenheter mot planen är ovanlig; kontrollera att det inte är ett skrivfel.`,
        ),
      definition:
        'Landstingsprisindex. En ändring i procentenheter mot planen räknar upp föregående års ramar och ackumuleras år för år.',
      source: `${sourceOf(plan, t.lpik.source)}; kalkylår: ${a.lpikKalkyl.basis}`,
    }),
    input({
      id: 'investeringar_materiella',
      name: 'Materiella_investeringar',
      label: 'Materiella investeringar',
      unit: 'mnkr',
      span: 'budget',
      section: investeringar,
      planValue: (y) => -published(fb.investering_materiella, y, 'materiella investeringar'),
      bounds: { min: 0, max: 1_000_000 },
      plausible: withinCosts,
      definition:
        'Investeringsutgifter för inventarier och fastigheter under året (likviditetseffekt, inte beslutsram).',
      source: `${fbSource}; beslutsram: ${sourceOf(plan, t.investeringsramar.source)}`,
    }),
    input({
      id: 'investeringar_immateriella',
      name: 'Immateriella_investeringar',
      label: 'Immateriella investeringar',
      unit: 'mnkr',
      span: 'budget',
      section: investeringar,
      planValue: (y) => -published(fb.investering_immateriella, y, 'immateriella investeringar'),
      bounds: { min: 0, max: 1_000_000 },
      plausible: withinCosts,
      definition: 'Investeringsutgifter för immateriella anläggningstillgångar (likviditetseffekt).',
      source: fbSource,
    }),
    input({
      id: 'investeringar_finansiella',
      name: 'Finansiella_investeringar',
      label: 'Finansiella investeringar',
      unit: 'mnkr',
      span: 'budget',
      section: investeringar,
      planValue: (y) => -published(fb.investering_finansiella, y, 'finansiella investeringar'),
      bounds: { min: -1_000_000, max: 1_000_000 },
      plausible: withinCosts,
      definition: 'Investeringar i finansiella anläggningstillgångar; skrivs inte av.',
      source: fbSource,
    }),
    input({
      id: 'avskrivningstid',
      name: 'Avskrivningstid',
      label: 'Genomsnittlig avskrivningstid för nya investeringar',
      unit: 'ar',
      span: 'budget',
      section: investeringar,
      planValue: () => a.avskrivningstid.value,
      bounds: { min: 1, max: 100 },
      plausible: () =>
        withinRange(
          PLAUSIBLE.avskrivningstidAr.min,
          PLAUSIBLE.avskrivningstidAr.max,
          `Kortare än ${PLAUSIBLE.avskrivningstidAr.min} eller längre än ${PLAUSIBLE.avskrivningstidAr.max} år är ovanligt som genomsnittlig avskrivningstid för nya investeringar.`,
        ),
      definition: 'Ändrade investeringar ett år skrivs av linjärt över så många år, med början året efter.',
      source: `${assumed}. ${a.avskrivningstid.basis}`,
    }),
    input({
      id: 'pensionsavkastning',
      name: 'Pensionsavkastning',
      label: 'Avkastning på pensionsportföljen',
      unit: 'procent',
      span: 'all',
      section: pension,
      planValue: () => t.pensioner.expectedReturnNominal,
      bounds: { min: -50, max: 50 },
      plausible: (p) =>
        withinDistanceOfPlan(
          p,
          PLAUSIBLE.avkastningProcentenheter,
          `Mer än ${PLAUSIBLE.avkastningProcentenheter} procentenheter från planens förväntade avkastning är ovanligt även ett år med stora rörelser på börsen.`,
        ),
      definition:
        'Nominell avkastning. Den orealiserade avkastningen räknas i årets resultat men inte i balanskravsresultatet.',
      source: `${sourceOf(plan, t.pensioner.source)}: ${a.pensionsavkastning.basis}`,
    }),
  ];
};
