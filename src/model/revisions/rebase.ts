import { isFrameAmountAllowed } from '../checkChanges';
import { modelRows } from '../modelRows';
import { planNamnder } from '../namnder';
import type { Plan } from '../planSchema';
import { UNIT_NAMES, yearsOf, type InputRow } from '../rowSpec';
import type { FrameChange, ScenarioChanges } from '../scenarioChanges';
import { allYears, budgetYears, type Year } from '../years';
import { decimalsFor, svNumber } from './svText';

/** A change the target plan cannot take, with the reason in Swedish. Nothing is dropped without one. */
export type NotCarried =
  | {
      readonly kind: 'input';
      readonly id: string;
      readonly year: string;
      readonly value: number;
      readonly what: string;
      readonly reason: string;
    }
  | {
      readonly kind: 'frame';
      readonly id: string;
      /** The year of one amount, or `undefined` when the whole frame change stays behind. */
      readonly year: string | undefined;
      readonly what: string;
      readonly reason: string;
    };

/** A carried value whose year the target plan forecasts differently: the scenario's value still stands. */
export type PlanMoved = {
  readonly id: string;
  readonly year: string;
  readonly text: string;
};

export type Rebased = {
  readonly changes: ScenarioChanges;
  readonly notCarried: readonly NotCarried[];
  readonly planMoved: readonly PlanMoved[];
};

const decimalsOf = (row: InputRow) =>
  row.unit === 'procent' ? 1 : row.unit === 'kr' ? 2 : (row.decimals ?? 0);
const valueText = (row: InputRow, value: number) =>
  `${svNumber(value, decimalsFor([value], decimalsOf(row)))} ${UNIT_NAMES[row.unit]}`;

/** Why the target lacks a year: it lies before the target's first year, after its last, or outside the row's years. */
const yearReason = (to: Plan, row: InputRow, year: number): string => {
  const years = allYears(to);
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? 0;
  if (year < first) return `${to.name} börjar ${first}; året ${year} finns inte i den planen.`;
  if (year > last) return `${to.name} räknar till ${last}; året ${year} finns inte i den planen.`;
  return `${row.label} gäller bara budgetåren ${budgetYears(to).join(', ')} i ${to.name}.`;
};

const inputsOnto = (changes: ScenarioChanges, from: Plan, to: Plan) => {
  const source = modelRows(from).byId;
  const target = modelRows(to).byId;
  const inputs: Record<string, Record<string, number>> = {};
  const notCarried: NotCarried[] = [];
  const planMoved: PlanMoved[] = [];
  for (const [id, values] of Object.entries(changes.inputs)) {
    const row = target.get(id);
    const old = source.get(id);
    for (const [year, value] of Object.entries(values)) {
      const label = (row ?? old)?.label ?? id;
      const what = `${label} ${year}`;
      const no = (reason: string) => notCarried.push({ kind: 'input', id, year, value, what, reason });
      if (row?.kind !== 'input') {
        no(`${to.name} publicerar inte drivaren ”${label}”.`);
        continue;
      }
      if (!yearsOf(row.span, allYears(to), budgetYears(to)).includes(Number(year))) {
        no(yearReason(to, row, Number(year)));
        continue;
      }
      if (!Number.isFinite(value) || value < row.bounds.min || value > row.bounds.max) {
        no(
          `${valueText(row, value)} ligger utanför det tillåtna i ${to.name} (${svNumber(row.bounds.min, 0)} till ${svNumber(row.bounds.max, 0)}).`,
        );
        continue;
      }
      (inputs[id] ??= {})[year] = value;
      const before = old?.kind === 'input' ? old.planValue(Number(year)) : undefined;
      const now = row.planValue(Number(year));
      if (before !== undefined && before !== now)
        planMoved.push({
          id,
          year,
          text: `${what}: scenariots ${valueText(row, value)} står kvar; planens värde var ${valueText(row, before)} och är nu ${valueText(row, now)}.`,
        });
    }
  }
  return { inputs, notCarried, planMoved };
};

/** A frame change onto the target: the years it has; a nämnd the source knew and the target lacks stays behind. */
const frameOnto = (
  change: FrameChange,
  from: Plan,
  to: Plan,
  notCarried: NotCarried[],
): FrameChange | undefined => {
  const what = `Ramförändringen ”${change.name}”`;
  if (planNamnder(from).includes(change.namnd) && !planNamnder(to).includes(change.namnd)) {
    notCarried.push({
      kind: 'frame',
      id: change.id,
      year: undefined,
      what,
      reason: `Nämnden ”${change.namnd}” finns inte i ${to.name}.`,
    });
    return undefined;
  }
  const years = allYears(to);
  const amounts: Record<string, number> = {};
  for (const [year, amount] of Object.entries(change.amounts)) {
    const no = (reason: string) =>
      notCarried.push({
        kind: 'frame',
        id: change.id,
        year,
        what: `${what} ${year} (${svNumber(amount, 1)} mnkr)`,
        reason,
      });
    if (!years.includes(Number(year as `${Year}`)))
      no(`${to.name} har inte året ${year} (planen räknar ${years[0]}–${years.at(-1)}).`);
    else if (!isFrameAmountAllowed(amount)) no('Beloppet ligger utanför det tillåtna (±1 000 000 mnkr).');
    else amounts[year] = amount;
  }
  const kept = Object.keys(amounts).length;
  if (kept === 0 && Object.keys(change.amounts).length > 0) return undefined;
  return kept === Object.keys(change.amounts).length ? change : { ...change, amounts };
};

/**
 * Moves a scenario's changes from the plan it was made for onto another version of it or onto next year's
 * plan. An input is carried for each year the target has it in, within its bounds; a frame change keeps
 * the years the target has. Everything else is listed in `notCarried` with a Swedish reason, so nothing is
 * dropped silently; `planMoved` lists carried values whose year the target forecasts differently (the
 * scenario's value replaces the new forecast, as it replaced the old). Onto the same plan it is the identity.
 *
 * @example
 *   rebaseScenario({ inputs: { skattesats: { '2025': 11.44, '2026': 11.44 } }, frameChanges: [] }, plan2025, plan2026);
 *   // { changes: { inputs: { skattesats: { '2026': 11.44 } }, … }, notCarried: [{ year: '2025', reason: '… börjar 2026; …' }], … }
 */
export const rebaseScenario = (changes: ScenarioChanges, fromPlan: Plan, toPlan: Plan): Rebased => {
  const { inputs, notCarried, planMoved } = inputsOnto(changes, fromPlan, toPlan);
  const frameChanges = changes.frameChanges.flatMap(
    (change) => frameOnto(change, fromPlan, toPlan, notCarried) ?? [],
  );
  return { changes: { inputs, frameChanges }, notCarried, planMoved };
};
