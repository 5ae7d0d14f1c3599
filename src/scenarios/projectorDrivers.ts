import Decimal from 'decimal.js';
import { defaultNamnd } from '../model/namnder';
import type { Plan } from '../model/planSchema';
import { isPlausible, type ImplausibleValue } from '../model/plausibility';
import { cellAt } from '../model/results';
import type { FrameChange } from '../model/scenarioChanges';
import type { Command } from './commands';
import { stepsOf } from './projectorSteps';
import type { ScenarioState } from './scenarioStore';

/** A driver the projector mode offers as a large control, with the steps people think in. */
export type ProjectorDriver = {
  readonly id: string;
  readonly label: string;
  /**
   * The label as it reads inside a sentence ("Minska LPIK", "Öka skattesats"): an abbreviation keeps its
   * capitals, a common noun is lower case. Never `label.toLowerCase()`, which would say "lpik".
   */
  readonly inSentence: string;
  /** The two step sizes, small and large, in the driver's unit. */
  readonly steps: readonly [number, number];
  readonly stepLabel: (step: number) => string;
  /** The step as a button shows it, with the unit said once in the heading: "10" (öre). */
  readonly stepText: (step: number) => string;
  readonly stepUnit: string;
  readonly unit: 'kr' | 'invanare' | 'procent' | 'mnkr';
  /** An input row changed in every year it has, or a frame change of its own. */
  readonly target: { readonly kind: 'input' } | { readonly kind: 'frame'; readonly name: string };
};

const sv = (n: number) => String(n).replace('.', ',');
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
/** A value in a message as a Swede reads it: "20 248 103", "−1,5" (scenarios do not import src/format). */
const grouped = (n: number) => {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  return `${n < 0 ? '−' : ''}${thousands(Number(whole))}${fraction ? `,${fraction}` : ''}`;
};
export const EFFICIENCY_FRAME_ID = 'projektor-effektivisering';

export const PROJECTOR_DRIVERS: readonly ProjectorDriver[] = [
  {
    id: 'skattesats',
    label: 'Skattesats',
    inSentence: 'skattesats',
    unit: 'kr',
    steps: [0.01, 0.1],
    stepLabel: (s) => `${sv(Math.round(s * 100))} öre`,
    stepText: (s) => sv(Math.round(s * 100)),
    stepUnit: 'öre',
    target: { kind: 'input' },
  },
  {
    id: 'befolkning',
    label: 'Befolkning',
    inSentence: 'befolkning',
    unit: 'invanare',
    steps: [100, 1000],
    stepLabel: (s) => `${thousands(s)} invånare`,
    stepText: thousands,
    stepUnit: 'invånare',
    target: { kind: 'input' },
  },
  {
    id: 'prisindex',
    label: 'Prisindex',
    inSentence: 'prisindex',
    unit: 'procent',
    steps: [0.1, 0.5],
    stepLabel: (s) => `${sv(s)} procentenheter`,
    stepText: sv,
    stepUnit: 'p.e.',
    target: { kind: 'input' },
  },
  {
    id: 'investeringar_materiella',
    label: 'Investeringar',
    inSentence: 'investeringar',
    unit: 'mnkr',
    steps: [10, 100],
    stepLabel: (s) => `${s} mnkr`,
    stepText: sv,
    stepUnit: 'mnkr',
    target: { kind: 'input' },
  },
  {
    id: 'effektivisering',
    label: 'Effektiviseringskrav',
    inSentence: 'effektiviseringskrav',
    unit: 'mnkr',
    steps: [10, 50],
    stepLabel: (s) => `${s} mnkr per år`,
    stepText: sv,
    stepUnit: 'mnkr',
    target: { kind: 'frame', name: 'Effektiviseringskrav (projektorläget)' },
  },
];

/** A name as it reads inside a sentence: an abbreviation keeps its capitals ("LPIK"), a noun is lower case. */
const inSentenceOf = (name: string) =>
  /^\p{Lu}{2}/u.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);

/**
 * The projector's drivers for one plan: those it has rows for (a plan without befolkning offers none), the
 * price index by the plan's own name ("LPIK", "Pris- och lönekompensation"), steps from the plan's level.
 */
export const projectorDriversFor = (
  plan: Plan,
  hasRow: (id: string) => boolean,
): readonly ProjectorDriver[] =>
  PROJECTOR_DRIVERS.filter((driver) => driver.target.kind === 'frame' || hasRow(driver.id)).map((driver) => {
    const index = plan.drivers.prisindex;
    const named =
      driver.id === 'prisindex' && index
        ? { ...driver, label: index.name, inSentence: inSentenceOf(index.name) }
        : driver;
    return { ...named, steps: stepsOf(plan, driver) };
  });

/** What a step button says to a screen reader: "Minska LPIK med 0,1 procentenheter". */
export const stepButtonLabel = (driver: ProjectorDriver, delta: number): string =>
  `${delta < 0 ? 'Minska' : 'Öka'} ${driver.inSentence} med ${driver.stepLabel(Math.abs(delta))}`;

/** The name of a driver's group of step buttons: "Ändra LPIK". */
export const stepGroupLabel = (driver: ProjectorDriver): string => `Ändra ${driver.inSentence}`;

export const DEFAULT_PROJECTOR_DRIVERS = [
  'skattesats',
  'befolkning',
  'prisindex',
  'investeringar_materiella',
] as const;

/** How many drivers the projector shows at once: three to five, fewer when the plan has fewer. */
export const shownDriverRange = (drivers: readonly ProjectorDriver[]) => ({
  min: Math.min(3, drivers.length),
  max: Math.min(5, drivers.length),
});

/**
 * The drivers shown first: the usual four where the plan has them, topped up to three from the others (a plan
 * with only a skattesats shows it and the efficiency requirement).
 */
export const defaultDriversFor = (drivers: readonly ProjectorDriver[]): readonly string[] => {
  const ids = drivers.map((driver) => driver.id);
  const usual = DEFAULT_PROJECTOR_DRIVERS.filter((id) => ids.includes(id));
  const others = ids.filter((id) => !usual.some((chosen) => chosen === id));
  return [...usual, ...others.slice(0, Math.max(0, shownDriverRange(drivers).min - usual.length))];
};

const add = (value: number, delta: number) => new Decimal(value).plus(delta).toDecimalPlaces(10).toNumber();

/** The driver's first-year value in the scenario and the plan, for the control's display. */
export const driverValue = (
  state: ScenarioState,
  driver: ProjectorDriver,
): { scenario: number; plan: number } => {
  if (driver.target.kind === 'frame') {
    const frame = state.document.changes.frameChanges.find((c) => c.id === EFFICIENCY_FRAME_ID);
    const first = state.workbook.layout.years[0] ?? 0;
    return { scenario: -(frame?.amounts[String(first)] ?? 0), plan: 0 };
  }
  const row = state.workbook.rows.byId.get(driver.id);
  const year = row ? state.workbook.layout.yearsOfRow(row)[0] : undefined;
  const read = (results: ScenarioState['results']) => {
    const value = year === undefined ? null : cellAt(results, driver.id, year);
    return typeof value === 'number' ? value : 0;
  };
  return { scenario: read(state.results), plan: read(state.planResults) };
};

/** A step that would take a driver outside its plausible range: the values to ask about, and the step. */
export type StepQuestion = { readonly ask: readonly ImplausibleValue[]; readonly command: Command };

/**
 * One press of a projector control as one command: the same step added to the driver in every year it has
 * (so "+10 öre" raises the rate for the whole period), or the efficiency frame change moved by the step.
 * A step that would leave the driver's allowed range returns a Swedish message instead; one that would first
 * take a year outside its plausible range returns the question to ask before the step is taken (issue 12 §2).
 */
export const stepDriver = (
  state: ScenarioState,
  driver: ProjectorDriver,
  delta: number,
): Command | StepQuestion | { readonly refused: string } => {
  const { layout, rows } = state.workbook;
  if (driver.target.kind === 'frame') {
    const existing = state.document.changes.frameChanges.find((c) => c.id === EFFICIENCY_FRAME_ID);
    const amounts = Object.fromEntries(
      layout.years.map((year) => [String(year), add(existing?.amounts[String(year)] ?? 0, -delta)]),
    );
    if (Object.values(amounts).some((amount) => amount > 0))
      return {
        refused: 'Effektiviseringskravet kan inte bli negativt. Lägg till kostnader under Ramförändringar.',
      };
    if (existing && Object.values(amounts).every((amount) => amount === 0))
      return { type: 'scenario/removeFrameChange', id: EFFICIENCY_FRAME_ID };
    const change: FrameChange = {
      id: EFFICIENCY_FRAME_ID,
      name: driver.target.name,
      namnd: defaultNamnd(state.plan),
      kind: 'kostnad',
      active: true,
      amounts,
      note: 'Effektiviseringskrav satt i projektorläget (negativ kostnad).',
    };
    return existing
      ? { type: 'scenario/updateFrameChange', change }
      : { type: 'scenario/addFrameChange', change };
  }
  const row = rows.byId.get(driver.id);
  if (row?.kind !== 'input') return { refused: `${driver.label} finns inte i planen.` };
  const values: Record<string, number | null> = {};
  const ask: ImplausibleValue[] = [];
  for (const year of layout.yearsOfRow(row)) {
    const current = cellAt(state.results, driver.id, year);
    const plan = cellAt(state.planResults, driver.id, year);
    if (typeof current !== 'number') continue;
    const next = add(current, delta);
    if (next < row.bounds.min || next > row.bounds.max)
      return {
        refused: `${driver.label} kan inte bli ${grouped(next)}: gränserna är ${grouped(row.bounds.min)} till ${grouped(row.bounds.max)}.`,
      };
    // Asked once, where a year crosses out of its range; steps further out were agreed to then.
    if (isPlausible(row, year, current) && !isPlausible(row, year, next))
      ask.push({ what: row.label, year, value: next, plan: row.planValue(year), spec: row });
    values[String(year)] = typeof plan === 'number' && Math.abs(plan - next) < 1e-9 ? null : next;
  }
  const command: Command = { type: 'scenario/setInputs', inputs: { [driver.id]: values } };
  return ask.length > 0 ? { ask, command } : command;
};
