import {
  frameAmountRange,
  FRAME_ACTIVE_RANGE,
  FRAME_ACTIVE_TEXT,
  FRAME_KIND_RANGE,
  FRAME_KIND_TEXT,
} from '../frameChangeSheet';
import type { Plan } from '../planSchema';
import type { FormulaRow } from '../rowSpec';
import { RELATIONS } from './sources';

/**
 * Antaganden computed from the inputs: how a driver becomes a figure in the statements. Each row is one
 * step of a relation the plan states (DOMAIN.md §4), so the formula bar can show the chain
 * skattesats → skatteunderlag → skatteintäkter.
 */
export const derivedRows = (plan: Plan): FormulaRow[] => {
  const section = 'Beräknat ur antagandena';
  const derived = (spec: Omit<FormulaRow, 'kind' | 'sheet' | 'section'>): FormulaRow => ({
    kind: 'formula',
    sheet: 'Antaganden',
    section,
    ...spec,
  });
  const first = plan.years.budget[0] ?? plan.years.base + 1;
  const perHundred = plan.assumptions.items.intaktPer100Invanare.value.toFixed(1).replace('.', ',');

  const depreciationRows = plan.years.budget.map((investmentYear) =>
    derived({
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
    derived({
      id: 'skatteunderlagsfaktor',
      name: 'Skatteunderlagsfaktor',
      label: 'Skatteunderlag jämfört med planen',
      unit: 'faktor',
      span: 'all',
      formula: (y, f) => {
        const growth = `(1+${f.ref('skatteunderlagstillvaxt', y)}/100)/(1+${f.ref('plan_skatteunderlagstillvaxt', y)}/100)`;
        return y === first ? `=${growth}` : `=${f.ref('skatteunderlagsfaktor', y - 1)}*${growth}`;
      },
      definition:
        'Hur mycket större skatteunderlaget blir än i planen när tillväxten ändras; ackumuleras år för år.',
      source: RELATIONS.skatt,
    }),
    derived({
      id: 'befolkningsforandring',
      name: 'Befolkningsförändring',
      label: 'Befolkning jämfört med planen',
      unit: 'invanare',
      span: 'all',
      formula: (y, f) => `=${f.ref('befolkning', y)}-${f.ref('plan_befolkning', y)}`,
      definition: 'Fler (+) eller färre (−) invånare än i planens befolkningsprognos.',
      source: RELATIONS.befolkning,
    }),
    derived({
      id: 'befolkningseffekt',
      name: 'Befolkningseffekt',
      label: 'Befolkningens effekt på skatt och statsbidrag',
      unit: 'mnkr',
      span: 'all',
      formula: (y, f) => `=${f.ref('befolkningsforandring', y)}/100*${f.ref('intakt_per_100_invanare', y)}`,
      definition: `Invånare utöver (+) eller under (−) planens gånger skatt och statsbidrag per 100 invånare (planen: ±100 invånare ≈ ±${perHundred} mnkr); delas i planens proportion mellan skatt och statsbidrag.`,
      source: RELATIONS.befolkning,
    }),
    derived({
      id: 'skatteunderlag',
      name: 'Skatteunderlag',
      label: 'Skatteunderlag',
      unit: 'mnkr',
      span: 'all',
      formula: (y, f) =>
        `=(${f.ref('plan_skatteunderlag', y)}+${f.ref('befolkningseffekt', y)}*${f.ref('plan_skatteandel', y)}/${f.ref('plan_skattesats', y)}*100)*${f.ref('skatteunderlagsfaktor', y)}`,
      definition:
        'Beskattningsbar inkomst i länet: planens underlag, justerat för befolkning och ändrad tillväxt.',
      source: RELATIONS.skatt,
    }),
    derived({
      id: 'utjamningseffekt',
      name: 'Utjämningseffekt_av_skatteunderlagstillväxt',
      label: 'Inkomstutjämningens följd av ändrad tillväxt',
      unit: 'mnkr',
      span: 'all',
      formula: (y, f) => `=(${f.ref('skatteunderlagsfaktor', y)}-1)*${f.ref('plan_inkomstutjamning', y)}`,
      definition:
        'Inkomstutjämningen följer skatteunderlagets tillväxt i riket; regionens egen skattesats påverkar den inte.',
      source: RELATIONS.skatt,
    }),
    derived({
      id: 'lpik_effekt',
      name: 'LPIK_effekt',
      label: 'Kostnadsökning av ändrad LPIK',
      unit: 'mnkr',
      span: 'all',
      formula: (y, f) => {
        const change = `${f.ref('ramunderlag', y)}*(${f.ref('lpik', y)}-${f.ref('plan_lpik', y)})/100`;
        return y === first
          ? `=${change}`
          : `=${f.ref('lpik_effekt', y - 1)}*(1+${f.ref('lpik', y)}/100)+${change}`;
      },
      definition:
        'Ändrad uppräkning i procentenheter mot planen, på föregående års ramar, och ackumulerad till följande år.',
      source: RELATIONS.ramar,
    }),
    derived({
      id: 'ramforandringar_kostnader',
      name: 'Ramförändringar_kostnader',
      label: 'Ramförändringar, kostnader',
      unit: 'mnkr',
      span: 'all',
      formula: (y) =>
        `=SUMIFS(${frameAmountRange(y)},${FRAME_KIND_RANGE},"${FRAME_KIND_TEXT.kostnad}",${FRAME_ACTIVE_RANGE},"${FRAME_ACTIVE_TEXT.ja}")`,
      definition: 'Summan av scenariots påslagna ramförändringar som ökar (+) eller minskar (−) kostnaderna.',
      source: 'Scenariots ramförändringar',
    }),
    derived({
      id: 'ramforandringar_intakter',
      name: 'Ramförändringar_intäkter',
      label: 'Ramförändringar, intäkter',
      unit: 'mnkr',
      span: 'all',
      formula: (y) =>
        `=SUMIFS(${frameAmountRange(y)},${FRAME_KIND_RANGE},"${FRAME_KIND_TEXT.intakt}",${FRAME_ACTIVE_RANGE},"${FRAME_ACTIVE_TEXT.ja}")`,
      definition: 'Summan av scenariots påslagna ramförändringar som ökar (+) eller minskar (−) intäkterna.',
      source: 'Scenariots ramförändringar',
    }),
    derived({
      id: 'forandrade_investeringar',
      name: 'Förändrade_investeringar',
      label: 'Ändrade avskrivningsbara investeringar',
      unit: 'mnkr',
      span: 'budget',
      formula: (y, f) =>
        `=${f.ref('investeringar_materiella', y)}+${f.ref('investeringar_immateriella', y)}-(${f.ref('plan_investeringar_materiella', y)}+${f.ref('plan_investeringar_immateriella', y)})`,
      definition: 'Materiella och immateriella investeringar utöver (+) eller under (−) planens.',
      source: RELATIONS.investeringar,
    }),
    ...depreciationRows,
    derived({
      id: 'tillkommande_avskrivningar',
      name: 'Tillkommande_avskrivningar',
      label: 'Tillkommande avskrivningar',
      unit: 'mnkr',
      span: 'all',
      formula: (y, f) => {
        const parts = plan.years.budget
          .filter((t) => t < y)
          .map((t) => f.ref(`avskrivning_investeringar_${t}`, y));
        return parts.length === 0 ? '=0' : `=${parts.join('+')}`;
      },
      definition: 'Avskrivningar på ändrade investeringar: ökar kostnaderna från året efter investeringen.',
      source: RELATIONS.investeringar,
    }),
    derived({
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
  ];
};
