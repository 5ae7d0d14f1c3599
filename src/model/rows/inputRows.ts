import type { Plan } from '../planSchema';
import { published, type InputRow } from '../rowSpec';
import { sourceOf } from './sources';

const MNKR = { min: -1_000_000, max: 1_000_000 } as const;

/**
 * The Antaganden inputs: the drivers a scenario changes (skattesats, befolkning, LPIK, …) and the plan's
 * remaining levels, which a scenario may override. Every other figure is a formula over these.
 */
export const inputRows = (plan: Plan): InputRow[] => {
  const t = plan.tables;
  const a = plan.assumptions.items;
  const rb = t.resultatbudget.rows;
  const fb = t.finansieringsbudget.rows;
  const bb = t.balansbudget.rows;
  const rbSource = sourceOf(plan, t.resultatbudget.source);
  const fbSource = sourceOf(plan, t.finansieringsbudget.source);
  const bbSource = sourceOf(plan, t.balansbudget.source);
  const assumed = sourceOf(plan, plan.assumptions.source);
  const input = (spec: Omit<InputRow, 'kind' | 'sheet'>): InputRow => ({
    kind: 'input',
    sheet: 'Antaganden',
    ...spec,
  });

  const skatt = 'Skatt, befolkning och statsbidrag';
  const verksamhet = 'Verksamhetens kostnader och intäkter';
  const investeringar = 'Investeringar';
  const finans = 'Finansiella poster och pensioner';
  const balans = 'Balans och likviditet';

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
      section: verksamhet,
      planValue: (y) => t.lpik.rows.inkl_lakemedel[String(y)] ?? a.lpikKalkyl.value,
      bounds: { min: -20, max: 30 },
      definition:
        'Landstingsprisindex. En ändring i procentenheter mot planen räknar upp föregående års ramar och ackumuleras år för år.',
      source: `${sourceOf(plan, t.lpik.source)}; kalkylår: ${a.lpikKalkyl.basis}`,
    }),
    input({
      id: 'verksamhetens_intakter_grund',
      name: 'Verksamhetens_intäkter_grundnivå',
      label: 'Verksamhetens intäkter, grundnivå',
      unit: 'mnkr',
      span: 'all',
      section: verksamhet,
      planValue: (y) => published(rb.verksamhetens_intakter, y, 'verksamhetens intäkter'),
      bounds: MNKR,
      definition: 'Verksamhetens intäkter före scenariots ramförändringar.',
      source: rbSource,
    }),
    input({
      id: 'verksamhetens_kostnader_grund',
      name: 'Verksamhetens_kostnader_grundnivå',
      label: 'Verksamhetens kostnader, grundnivå',
      unit: 'mnkr',
      span: 'all',
      section: verksamhet,
      planValue: (y) => published(rb.verksamhetens_kostnader, y, 'verksamhetens kostnader'),
      bounds: MNKR,
      definition: 'Verksamhetens kostnader före scenariots LPIK-ändring och ramförändringar (negativt tal).',
      source: rbSource,
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
      definition: 'Ändrade investeringar ett år skrivs av linjärt över så många år, med början året efter.',
      source: `${assumed}: ${a.avskrivningstid.basis}`,
    }),
    input({
      id: 'avskrivningar_grund',
      name: 'Avskrivningar_grundnivå',
      label: 'Avskrivningar, grundnivå',
      unit: 'mnkr',
      span: 'all',
      section: investeringar,
      planValue: (y) => published(rb.avskrivningar, y, 'avskrivningar'),
      bounds: MNKR,
      definition: 'Avskrivningar på befintliga och planerade investeringar (negativt tal).',
      source: rbSource,
    }),
    input({
      id: 'pensionsavkastning',
      name: 'Pensionsavkastning',
      label: 'Avkastning på pensionsportföljen',
      unit: 'procent',
      span: 'all',
      section: finans,
      planValue: () => t.pensioner.expectedReturnNominal,
      bounds: { min: -50, max: 50 },
      definition:
        'Nominell avkastning. Den orealiserade avkastningen räknas i årets resultat men inte i balanskravsresultatet.',
      source: `${sourceOf(plan, t.pensioner.source)}: ${a.pensionsavkastning.basis}`,
    }),
    input({
      id: 'finansiella_intakter_grund',
      name: 'Finansiella_intäkter_grundnivå',
      label: 'Finansiella intäkter, grundnivå',
      unit: 'mnkr',
      span: 'all',
      section: finans,
      planValue: (y) => published(rb.finansiella_intakter, y, 'finansiella intäkter'),
      bounds: MNKR,
      definition: 'Finansiella intäkter vid planens avkastning på pensionsportföljen.',
      source: rbSource,
    }),
    input({
      id: 'finansiella_kostnader_grund',
      name: 'Finansiella_kostnader_grundnivå',
      label: 'Finansiella kostnader, grundnivå',
      unit: 'mnkr',
      span: 'all',
      section: finans,
      planValue: (y) => published(rb.finansiella_kostnader, y, 'finansiella kostnader'),
      bounds: MNKR,
      definition: 'Främst räntan på pensionsskulden (negativt tal).',
      source: rbSource,
    }),
    input({
      id: 'avsattningar_grund',
      name: 'Avsättningar_grundnivå',
      label: 'Avsättningar',
      unit: 'mnkr',
      span: 'budget',
      section: balans,
      planValue: (y) => published(bb.avsattningar, y, 'avsättningar'),
      bounds: MNKR,
      definition: 'Avsättningar för pensioner m.m.',
      source: bbSource,
    }),
    input({
      id: 'langfristiga_skulder_grund',
      name: 'Långfristiga_skulder_grundnivå',
      label: 'Långfristiga skulder',
      unit: 'mnkr',
      span: 'budget',
      section: balans,
      planValue: (y) => published(bb.langfristiga_skulder, y, 'långfristiga skulder'),
      bounds: MNKR,
      definition: 'Räntebärande och andra långfristiga skulder.',
      source: bbSource,
    }),
    input({
      id: 'kortfristiga_skulder_grund',
      name: 'Kortfristiga_skulder_grundnivå',
      label: 'Kortfristiga skulder',
      unit: 'mnkr',
      span: 'budget',
      section: balans,
      planValue: (y) => published(bb.kortfristiga_skulder, y, 'kortfristiga skulder'),
      bounds: MNKR,
      definition: 'Leverantörsskulder, semesterlöneskuld m.m.',
      source: bbSource,
    }),
    input({
      id: 'ansvarsforbindelse',
      name: 'Ansvarsförbindelse_pensioner',
      label: 'Ansvarsförbindelse för pensioner',
      unit: 'mnkr',
      span: 'budget',
      section: balans,
      planValue: (y) => published(a.ansvarsforbindelse.values, y, 'ansvarsförbindelse'),
      bounds: { min: 0, max: 1_000_000 },
      definition: 'Pensioner intjänade före 1998, redovisade utanför balansräkningen (blandmodellen).',
      source: `${assumed}: ${a.ansvarsforbindelse.basis}`,
    }),
    input({
      id: 'justering_grund',
      name: 'Justering_ej_likvidpåverkande_grundnivå',
      label: 'Justering för ej likvidpåverkande poster, grundnivå',
      unit: 'mnkr',
      span: 'budget',
      section: balans,
      planValue: (y) =>
        published(fb.justering_ej_likvidpaverkande, y, 'justering för ej likvidpåverkande poster'),
      bounds: MNKR,
      definition: 'Avskrivningar, förändrade avsättningar m.m. enligt planen.',
      source: fbSource,
    }),
    input({
      id: 'ovriga_likviditetspaverkande_grund',
      name: 'Övriga_likviditetspåverkande_poster_grundnivå',
      label: 'Övriga likviditetspåverkande poster',
      unit: 'mnkr',
      span: 'budget',
      section: balans,
      planValue: (y) => published(fb.ovriga_likviditetspaverkande, y, 'övriga likviditetspåverkande poster'),
      bounds: MNKR,
      definition: 'Poster i den löpande verksamheten som påverkar likviditeten utan att ingå i resultatet.',
      source: fbSource,
    }),
    input({
      id: 'forandring_fordringar_grund',
      name: 'Förändring_kortfristiga_fordringar_grundnivå',
      label: 'Ökning (−) eller minskning (+) av kortfristiga fordringar',
      unit: 'mnkr',
      span: 'budget',
      section: balans,
      planValue: (y) =>
        published(fb.forandring_kortfristiga_fordringar, y, 'förändring av kortfristiga fordringar'),
      bounds: MNKR,
      definition: 'Förändringen av kortfristiga fordringar.',
      source: fbSource,
    }),
    input({
      id: 'minskning_langfristiga_fordringar',
      name: 'Minskning_långfristiga_fordringar',
      label: 'Minskning av långfristiga fordringar',
      unit: 'mnkr',
      span: 'budget',
      section: balans,
      planValue: (y) => published(fb.kassaflode_finansiering, y, 'kassaflöde från finansieringsverksamheten'),
      bounds: MNKR,
      definition: 'Amorteringar på lån som regionen lämnat; minskar de finansiella anläggningstillgångarna.',
      source: fbSource,
    }),
  ];
};
