import fc from 'fast-check';

/**
 * What a generated plan prints and has, chosen by fast-check (and shrunk by it: every `false` and every first
 * alternative is the simpler plan). The figures come from `seed` (see random.ts).
 */
export type RbShape = {
  /** `parts`: intäkter and kostnader; `netBefore`: only the net before avskrivningar; `netOnly`: only the net. */
  readonly operating: 'parts' | 'netBefore' | 'netOnly';
  readonly vnkfaSum: boolean;
  readonly noAvskrivningar: boolean;
  readonly noVnk: boolean;
  readonly vr: boolean;
  readonly finIntakter: boolean;
  readonly finKostnader: boolean;
  readonly refp: boolean;
  readonly kurs: boolean;
  readonly extra: 'none' | 'parts' | 'partsWithSum' | 'sumOnly';
  readonly balanskrav: boolean;
  readonly rebj: boolean;
  readonly noBalanskravSum: boolean;
  readonly adjustments: readonly ('realisationsvinster' | 'aterforing' | 'reservation' | 'anvandning')[];
  readonly orealiserade: boolean;
  /** One balanskrav line printed for the history columns only (as Sjöbo's "Återföring"). */
  readonly historyOnly: boolean;
  readonly resultatkrav: 'none' | 'percent' | 'rows';
  readonly customLine: boolean;
  readonly varav: boolean;
};

export type BbShape = {
  readonly anlaggning: 'single' | 'parts' | 'partsWithSum';
  readonly immateriella: boolean;
  readonly finansiella: boolean;
  readonly bidrag: boolean;
  readonly omsattning: 'single' | 'parts' | 'partsWithSum';
  readonly forrad: boolean;
  readonly exploatering: boolean;
  readonly placeringar: boolean;
  /** `ingaende`: ingående + årets resultat; `split`: resultat, RUR and övrigt; `single`: one figure. */
  readonly ek: 'ingaende' | 'split' | 'splitNoResult' | 'single';
  readonly ekSum: boolean;
  readonly rur: boolean;
  readonly avsattningar: 'none' | 'single' | 'parts' | 'partsWithSum';
  readonly skulder: 'single' | 'parts' | 'partsWithSum';
  readonly ansvarsRow: boolean;
  readonly borgen: boolean;
  readonly soliditet: boolean;
  readonly history: boolean;
  readonly varav: boolean;
};

export type FbShape = {
  readonly lopande: 'single' | 'parts';
  readonly lopandeParts: readonly ('ovriga' | 'fordringar' | 'skulder')[];
  readonly noLopandeSum: boolean;
  readonly investering: 'single' | 'parts';
  readonly forsaljning: boolean;
  readonly noInvesteringSum: boolean;
  readonly finansiering: 'single' | 'parts';
  readonly noFinansieringSum: boolean;
  readonly likvida: boolean;
  /** Likvida medel not those of the balansbudget: a finansieringsbudget of its own. */
  readonly standalone: boolean;
  readonly history: boolean;
};

export type DriverShape = {
  /** Revenue lines for every column, or without the kalkyl years (the model then uses the shares). */
  readonly revenue: 'none' | 'all' | 'noKalkyl';
  readonly befolkning: boolean;
  readonly alternatives: boolean;
  readonly effekt: boolean;
  readonly prisindex: 'none' | 'values' | 'noValues';
  readonly tillvaxt: 'none' | 'values' | 'noValues';
  readonly investments: 'none' | 'explicit';
  readonly immateriella: boolean;
  readonly finansiella: boolean;
  readonly avskrivningstid: boolean;
  readonly pension: boolean;
  readonly ansvarsDriver: boolean;
  readonly namnder: boolean;
};

export type GoalShape =
  | ({ readonly kind: 'resultatandel'; readonly row: ResultRow; readonly max: boolean } & Judged & Published)
  | ({ readonly kind: 'soliditet'; readonly model: 'blandmodell' | 'fullfondering' } & Published)
  | ({ readonly kind: 'sjalvfinansieringsgrad'; readonly definition: 'kassaflode' | 'resultat' } & Judged &
      Published)
  | { readonly kind: 'skuldandel'; readonly debt: 'skulder' | 'langfristiga' };
export type ResultRow =
  'verksamhetens_resultat' | 'resultat_efter_finansiella_poster' | 'arets_resultat' | 'balanskravsresultat';
type Judged = { readonly judged: 'none' | 'each' | 'average'; readonly years: boolean };
type Published = { readonly published: boolean };

export type PlanShape = {
  readonly seed: number;
  readonly kind: 'region' | 'kommun';
  readonly firstBudget: number;
  readonly history: number;
  readonly budget: number;
  readonly kalkyl: number;
  /** Whole millions (as Norrbotten and Västernorrland print) rather than tenths. */
  readonly whole: boolean;
  readonly rb: RbShape;
  readonly bb: BbShape | null;
  readonly fb: FbShape | null;
  readonly drivers: DriverShape;
  readonly balanskravMin: boolean;
  readonly goals: readonly GoalShape[];
};

const b = fc.boolean();
const subset = <T>(items: readonly T[]) => fc.subarray([...items]);

const rbShape: fc.Arbitrary<RbShape> = fc.record({
  operating: fc.constantFrom('parts', 'netBefore', 'netOnly'),
  vnkfaSum: b,
  noAvskrivningar: b,
  noVnk: b,
  vr: b,
  finIntakter: b,
  finKostnader: b,
  refp: b,
  kurs: b,
  extra: fc.constantFrom('none', 'parts', 'partsWithSum', 'sumOnly'),
  balanskrav: b,
  rebj: b,
  noBalanskravSum: b,
  adjustments: subset(['realisationsvinster', 'aterforing', 'reservation', 'anvandning'] as const),
  orealiserade: b,
  historyOnly: b,
  resultatkrav: fc.constantFrom('none', 'percent', 'rows'),
  customLine: b,
  varav: b,
});

const bbShape: fc.Arbitrary<BbShape> = fc.record({
  anlaggning: fc.constantFrom('single', 'parts', 'partsWithSum'),
  immateriella: b,
  finansiella: b,
  bidrag: b,
  omsattning: fc.constantFrom('single', 'parts', 'partsWithSum'),
  forrad: b,
  exploatering: b,
  placeringar: b,
  ek: fc.constantFrom('ingaende', 'split', 'splitNoResult', 'single'),
  ekSum: b,
  rur: b,
  avsattningar: fc.constantFrom('none', 'single', 'parts', 'partsWithSum'),
  skulder: fc.constantFrom('single', 'parts', 'partsWithSum'),
  ansvarsRow: b,
  borgen: b,
  soliditet: b,
  history: b,
  varav: b,
});

const fbShape: fc.Arbitrary<FbShape> = fc.record({
  lopande: fc.constantFrom('single', 'parts'),
  lopandeParts: subset(['ovriga', 'fordringar', 'skulder'] as const),
  noLopandeSum: b,
  investering: fc.constantFrom('single', 'parts'),
  forsaljning: b,
  noInvesteringSum: b,
  finansiering: fc.constantFrom('single', 'parts'),
  noFinansieringSum: b,
  likvida: b,
  standalone: b,
  history: b,
});

const driverShape: fc.Arbitrary<DriverShape> = fc.record({
  revenue: fc.constantFrom('none', 'all', 'noKalkyl'),
  befolkning: b,
  alternatives: b,
  effekt: b,
  prisindex: fc.constantFrom('none', 'values', 'noValues'),
  tillvaxt: fc.constantFrom('none', 'values', 'noValues'),
  investments: fc.constantFrom('none', 'explicit'),
  immateriella: b,
  finansiella: b,
  avskrivningstid: b,
  pension: b,
  ansvarsDriver: b,
  namnder: b,
});

const judged = { judged: fc.constantFrom('none', 'each', 'average'), years: b } as const;
const goalShape: fc.Arbitrary<GoalShape> = fc.oneof(
  fc.record({
    kind: fc.constant('resultatandel' as const),
    row: fc.constantFrom(
      'verksamhetens_resultat',
      'resultat_efter_finansiella_poster',
      'arets_resultat',
      'balanskravsresultat',
    ),
    max: b,
    ...judged,
    published: b,
  }),
  fc.record({
    kind: fc.constant('soliditet' as const),
    model: fc.constantFrom('blandmodell', 'fullfondering'),
    published: b,
  }),
  fc.record({
    kind: fc.constant('sjalvfinansieringsgrad' as const),
    definition: fc.constantFrom('kassaflode', 'resultat'),
    ...judged,
    published: b,
  }),
  fc.record({ kind: fc.constant('skuldandel' as const), debt: fc.constantFrom('skulder', 'langfristiga') }),
);

/** Years: 0–3 history columns, 1–5 budget years and 0–7 kalkyl years, at most 10 modelled years. */
export const planShapeArbitrary: fc.Arbitrary<PlanShape> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  kind: fc.constantFrom('region', 'kommun'),
  firstBudget: fc.integer({ min: 1990, max: 2060 }),
  history: fc.integer({ min: 0, max: 3 }),
  budget: fc.integer({ min: 1, max: 5 }),
  kalkyl: fc.integer({ min: 0, max: 7 }),
  whole: b,
  rb: rbShape,
  bb: fc.option(bbShape, { freq: 3 }),
  fb: fc.option(fbShape, { freq: 3 }),
  drivers: driverShape,
  balanskravMin: b,
  goals: fc.array(goalShape, { maxLength: 8 }),
});
