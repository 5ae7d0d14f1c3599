import type { GoalSeekInstrument, InstrumentKind, SeekWorkbook } from './goalSeek';
import type { RowId } from './rowId';

export const INVESTMENT_ROWS = [
  'investeringar_materiella',
  'investeringar_immateriella',
  'investeringar_finansiella',
] as const satisfies readonly RowId[];

export type InstrumentBounds = { readonly min: number; readonly max: number };

/** How far the skattesats is searched either side of the plan's own rate, in öre (a kommun's ~21 kr, a region's ~11 kr). */
const RATE_REACH_ORE = 300;
/** The largest efficiency requirement searched, as a share of the plan's skatt and statsbidrag in its first year. */
const EFFICIENCY_SHARE = 0.2;
/** The investment level is a percent of the scenario's own investments: the same range for every plan. */
const INVESTMENT_PERCENT = { min: -50, max: 100 } as const;

const firstYearPrinted = (workbook: SeekWorkbook, id: string): number => {
  const row = workbook.plan.statements.resultatbudget.rows.find((candidate) => candidate.id === id);
  return Math.abs(row?.values[String(workbook.layout.budgetYears[0])] ?? 0);
};

/**
 * The search range on each instrument's grid (öre, mnkr per year, percent), from the plan's own level: the
 * plan's skattesats ± 3 kr out to whole kronor, an efficiency requirement up to a fifth of its skatt and
 * statsbidrag (to whole hundreds of mnkr), investments −50 % to +100 %.
 *
 * @example instrumentBounds(norrbotten, { kind: 'skattesats', fromYear: 2025 }); // { min: 800, max: 1500 }
 */
export const instrumentBounds = (
  workbook: SeekWorkbook,
  instrument: GoalSeekInstrument,
): InstrumentBounds => {
  switch (instrument.kind) {
    case 'skattesats': {
      const row = workbook.rows.byId.get('skattesats');
      const first = workbook.layout.budgetYears[0] ?? 0;
      const rate = row?.kind === 'input' ? Math.round(row.planValue(first) * 100) : 0;
      const floor = row?.kind === 'input' ? Math.ceil(row.bounds.min * 100) : 0;
      return {
        min: Math.max(floor, Math.floor((rate - RATE_REACH_ORE) / 100) * 100),
        max: Math.ceil((rate + RATE_REACH_ORE) / 100) * 100,
      };
    }
    case 'effektivisering': {
      const revenue =
        firstYearPrinted(workbook, 'skatteintakter') + firstYearPrinted(workbook, 'generella_statsbidrag');
      return { min: 0, max: Math.max(100, Math.ceil((revenue * EFFICIENCY_SHARE) / 100) * 100) };
    }
    case 'investeringar':
      return INVESTMENT_PERCENT;
  }
};

/** The instruments the plan can turn: the investment level only where it has investments to scale. */
export const instrumentsOf = (workbook: Pick<SeekWorkbook, 'rows'>): readonly InstrumentKind[] => [
  'skattesats',
  'effektivisering',
  ...(INVESTMENT_ROWS.some((id) => workbook.rows.byId.get(id)?.kind === 'input')
    ? (['investeringar'] as const)
    : []),
];
