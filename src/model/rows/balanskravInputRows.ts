import { KL_RESERV, KL_RUR } from '../catalogue/catalogueRow';
import type { InputRow } from '../rowSpec';
import { SYNNERLIGA_SKAL } from './balanskravChainRows';
import { input, withinCosts } from './inputRow';
import { hasLevel } from './levelInputRows';
import type { PlanModel } from './planModel';

const SECTION = 'Balanskrav';
const AMOUNT = { min: 0, max: 1_000_000 } as const;

/** The reserve moves a plan may plan without printing them, each a positive amount in mnkr. */
export const PLANNED_MOVES = {
  reservation_resultatreserv: 'planerad_reservation',
  anvandning_resultatreserv: 'planerad_anvandning_resultatreserv',
  anvandning_resultatutjamningsreserv: 'planerad_anvandning_resultatutjamningsreserv',
} as const;
export type PlannedMove = keyof typeof PLANNED_MOVES;

/**
 * Whether the plan computes a balanskravsutredning: it has an årets resultat, and it does not print its
 * balanskravsresultat as a single figure of its own (balanskravRows.withBalanskravsutredning).
 */
export const hasBalanskravsutredning = (m: PlanModel): boolean => {
  const total = m.rb.byId.get('balanskravsresultat');
  return m.rb.byId.has('arets_resultat') && (!total || total.kind === 'sum');
};

/** Whether the plan holds a resultatutjämningsreserv: its balansbudget prints one, or its balanskrav block. */
const hasRur = (m: PlanModel): boolean =>
  m.plan.balanskrav?.reserves?.resultatutjamningsreserv !== undefined ||
  (m.plan.statements.balansbudget?.rows ?? []).some((row) => row.id === 'resultatutjamningsreserv');

/** A reserve move the plan does not print as a line with a level in every modelled year: a planned input. */
export const plannedMoveInput = (m: PlanModel, id: PlannedMove): string | undefined => {
  const row = m.rb.byId.get(id);
  if (row && hasLevel(m, row)) return undefined;
  if (id === 'anvandning_resultatutjamningsreserv' && !hasRur(m)) return undefined;
  return PLANNED_MOVES[id];
};

const LABEL: Readonly<Record<PlannedMove, string>> = {
  reservation_resultatreserv: 'Planerad reservering till resultatreserv',
  anvandning_resultatreserv: 'Planerad användning av resultatreserv',
  anvandning_resultatutjamningsreserv: 'Planerad användning av resultatutjämningsreserv',
};

const plannedRow = (m: PlanModel, id: PlannedMove, inputId: string): InputRow =>
  input({
    id: inputId,
    name: LABEL[id].replaceAll(' ', '_'),
    label: LABEL[id],
    unit: 'mnkr',
    span: 'all',
    section: SECTION,
    planValue: () => 0,
    bounds: AMOUNT,
    plausible: withinCosts(m),
    definition:
      id === 'reservation_resultatreserv'
        ? 'Det belopp scenariot vill reservera (positivt). Balanskravsutredningen tar högst vad lagen tillåter; raden Tillåten reservering visar gränsen.'
        : 'Det belopp scenariot vill använda (positivt). Balanskravsutredningen tar högst reservens saldo och högst till ett balanskravsresultat på noll.',
    source: `${id === 'anvandning_resultatutjamningsreserv' ? KL_RUR : KL_RESERV}; planen anger inget belopp (noll)`,
  });

/** Fullmäktige's decisions on synnerliga skäl as the plan states them, by year. */
const decided = (m: PlanModel) => (year: number) =>
  m.plan.balanskrav?.synnerligaSkal?.find((d) => d.year === year)?.amount ?? 0;

/**
 * The balanskrav's inputs (issue 14 §2–3): planned reserve moves the plan does not print, and the part of a
 * year's negative balanskravsresultat fullmäktige decides not to restore for synnerliga skäl.
 */
export const balanskravInputRows = (m: PlanModel): InputRow[] => {
  if (!hasBalanskravsutredning(m)) return [];
  const moves = (Object.keys(PLANNED_MOVES) as PlannedMove[]).flatMap((id) => {
    const inputId = plannedMoveInput(m, id);
    return inputId ? [plannedRow(m, id, inputId)] : [];
  });
  const decisions = m.plan.balanskrav?.synnerligaSkal ?? [];
  return [
    ...moves,
    input({
      id: SYNNERLIGA_SKAL,
      name: 'Synnerliga_skäl',
      label: 'Underskott som inte återställs (synnerliga skäl)',
      unit: 'mnkr',
      span: 'all',
      section: SECTION,
      planValue: decided(m),
      bounds: AMOUNT,
      plausible: withinCosts(m),
      definition:
        'Den del av årets negativa balanskravsresultat som fullmäktige av synnerliga skäl beslutat att inte återställa; högst årets underskott räknas. Beslutet och dess skäl visas i utskrift och Excel.',
      source:
        decisions.length > 0
          ? `Kommunallagen (2017:725) 11 kap. 13 §; ${decisions.map((d) => `${d.year}: ${m.sourceText(d.source)}`).join('; ')}`
          : 'Kommunallagen (2017:725) 11 kap. 13 §; planen anger inget beslut',
    }),
  ];
};
