/**
 * How wrong the plan's forecasts typically turn out, per driver and forecast horizon, each figure with its
 * source (issue 15, item 3). The figures are general facts about Swedish forecasts, not about one
 * organisation: they apply to every plan that has the driver, and a user may replace any of them.
 *
 * Horizon h counts years from the plan's base year (the year it is decided in, e.g. a plan for 2025–2027
 * decided in June 2024): the first budget year is h = 1. Where a source gives a mean absolute error (MAE),
 * the standard deviation of a normal error with that MAE is MAE·√(π/2).
 * The research behind the figures, with every quote: docs/OSAKERHET.md.
 */

/** Whether a figure is derived from published numbers or is our judgement anchored on them. */
export type Basis = 'publicerat' | 'bedömning';

export type UncertaintyKind =
  /** A growth rate's error in procentenheter, drawn anew each year (the level compounds it in the model). */
  | 'rate'
  /** A level's error in percent of the plan's value, which persists and grows with the horizon. */
  | 'level'
  /** An annual return's deviation from the plan's expected return, independent from year to year. */
  | 'return';

export type DriverUncertainty = {
  readonly id: UncertaintyId;
  /** The Antaganden input the draws move. */
  readonly inputId: string;
  readonly label: string;
  readonly kind: UncertaintyKind;
  /** Standard deviation by horizon h = 0, 1, 2, …; beyond the last, the last figure (rate, return) or the
   *  last step added again (level). In procentenheter (rate, return) or percent of the level (level). */
  readonly sd: readonly number[];
  /** For `level`: how many years before the budget year the value is measured (befolkning 1 november året innan). */
  readonly measuredYearsBefore?: number;
  /** For `rate`: the base year's own error (h = 0) is added to the first modelled year, since the plan's
   *  first level is itself a forecast. */
  readonly includeBaseYear?: boolean;
  /** Fatter tails than a normal: Student's t with this many degrees of freedom, scaled to `sd`. */
  readonly tailDf?: number;
  readonly basis: Basis;
  /** The source in Swedish, as the app shows it. */
  readonly source: string;
};

export const UNCERTAINTY_IDS = ['skatteunderlag', 'prisindex', 'befolkning', 'pensionsavkastning'] as const;
export type UncertaintyId = (typeof UNCERTAINTY_IDS)[number];

/** sd of a zero-mean normal whose mean absolute error is `mae`. */
export const sdFromMeanAbsoluteError = (mae: number): number => mae * Math.sqrt(Math.PI / 2);

/** The sample standard deviation (n − 1). */
export const sampleSd = (values: readonly number[]): number => {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
};

/**
 * The published figures the defaults are derived from (docs/OSAKERHET.md quotes each).
 * SKL's evaluations of its skatteunderlag forecasts: the average miss for income years 2013, 2015, 2016, 2017.
 * Annual returns of the AP funds: AP3 2017–2018 and the buffer funds together 2019–2023, in percent.
 */
export const CITED = {
  skatteunderlagMae: [0.44, 0.44, 0.27, 0.2],
  pensionReturns: [8.8, 0.6, 17.4, 8.5, 20.2, -8.0, 8.1],
} as const;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The default error model: each figure's source and whether it is published or our judgement. */
export const DEFAULT_UNCERTAINTY: readonly DriverUncertainty[] = [
  {
    id: 'skatteunderlag',
    inputId: 'skatteunderlagstillvaxt',
    label: 'Skatteunderlagets tillväxt',
    kind: 'rate',
    sd: [round2(sdFromMeanAbsoluteError(Math.max(...CITED.skatteunderlagMae))), 1.0, 1.3, 1.5],
    includeBaseYear: true,
    basis: 'bedömning',
    source:
      'Innevarande år: SKL:s utvärderingar av sina skatteunderlagsprognoser, genomsnittlig miss 0,2–0,44 procentenheter (inkomståren 2013, 2015, 2016, 2017; PM B. Legerius 2015-01-30 och 2017-02-02, skl.se 2018-03-26, skr.se 2019-01-15), som standardavvikelse 0,44·√(π/2) = 0,55. Följande år 1,0, 1,3 och 1,5 procentenheter är en bedömning: SKR:s egna revideringar av ett år framåt har varit upp till 1,1 procentenheter (prognosen för 2024 mellan våren 2023 och maj 2024) och 4,0 under pandemin (2021).',
  },
  {
    id: 'prisindex',
    inputId: 'prisindex',
    label: 'Prisindex',
    kind: 'rate',
    sd: [0.5, 0.8, 1.0, 1.2],
    basis: 'bedömning',
    source:
      'Bedömning: ingen publicerad utvärdering av LPIK:s eller PKV:s prognosfel har hittats. Storleken följer lönedelens och förbrukningsdelens rörelser i SKR:s prognoser (timlön 3,3–3,8 %, förbrukning 2,4–4,2 % åren 2023–2027 i SKR:s prognos maj 2024).',
  },
  {
    id: 'befolkning',
    inputId: 'befolkning',
    label: 'Befolkning',
    kind: 'level',
    sd: [0.2, 0.4, 0.6, 0.8],
    measuredYearsBefore: 1,
    basis: 'bedömning',
    source:
      'Bedömning förankrad i utfall: en regions egen prognos sänktes med ca 800 personer (0,3 %) på ett år och befolkningen 1 november 2023 var 1 976 personer (0,8 %) fler än SCB:s prognos (en regions strategiska plan 2025–2027); Jönköpings kommuns prognoser 1999–2006 avvek 0,2–1,7 % (Utvärdering av delområdesprognoser, 2011). SCB: ”osäkerheten i framskrivningen ökar med åren”.',
  },
  {
    id: 'pensionsavkastning',
    inputId: 'pensionsavkastning',
    label: 'Pensionsportföljens avkastning',
    kind: 'return',
    sd: [round2(sampleSd(CITED.pensionReturns))],
    tailDf: 5,
    basis: 'publicerat',
    source:
      'Årlig avkastning för AP-fonderna: AP3 2017–2018 (8,8 och 0,6 %, ap3.se) och buffertfonderna 2019–2023 (17,4, 8,5, 20,2, −8,0 och 8,1 %, skr. 2022/23:130 och 2023/24:130), standardavvikelse 9,6 procentenheter kring planens förväntade avkastning; tjockare svansar (t-fördelning, 5 frihetsgrader) eftersom ett år som 2008 (AP2 −24 %) annars blir för osannolikt.',
  },
];

/**
 * Correlations between the errors of one year, where the sources support one: higher wages raise both the
 * skatteunderlag and the price index (SKR, Skatteunderlagsprognos 28 april 2022: ”markant upprevidering av
 * löneökningstakten … bidrar till en upprevidering av … det kommunala skatteunderlaget. Då även löner och
 * priser hos kommuner och regioner antas öka snabbare …”); a recession lowers both the skatteunderlag and
 * the portfolio (2008–2010), weakly (2022: −8 % return in a year of strong growth). Bedömning, not estimated.
 */
export const DEFAULT_CORRELATIONS: readonly {
  readonly a: UncertaintyId;
  readonly b: UncertaintyId;
  readonly rho: number;
}[] = [
  { a: 'skatteunderlag', b: 'prisindex', rho: 0.4 },
  { a: 'skatteunderlag', b: 'pensionsavkastning', rho: 0.2 },
];

/** The standard deviation at horizon h (see `DriverUncertainty.sd`). */
export const sdAt = (driver: DriverUncertainty, horizon: number): number => {
  const { sd } = driver;
  const h = Math.max(0, horizon);
  const last = sd.length - 1;
  if (h <= last) return sd[h] ?? 0;
  if (driver.kind !== 'level') return sd[last] ?? 0;
  const step = last > 0 ? (sd[last] ?? 0) - (sd[last - 1] ?? 0) : (sd[last] ?? 0);
  return (sd[last] ?? 0) + step * (h - last);
};
