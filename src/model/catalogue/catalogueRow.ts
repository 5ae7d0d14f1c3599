import type { StatementKind } from '../planSchema';
import { RESULTATRESERV_FROM_YEAR } from '../balanskrav/regler';

/** The year the resultatreserv replaced the resultatutjämningsreserv: the law's, not a plan's. */
const FROM = RESULTATRESERV_FROM_YEAR.value;

/**
 * A standard row of the statements as lagen (2018:597) om kommunal bokföring och redovisning lays them out
 * (resultaträkning 5 kap., balansräkning 6 kap., kassaflödesanalys 8 kap.), with the rows Swedish plans add
 * to them (the balanskravsutredning, kommunallagen 11 kap.; "resultat krav"). A plan's statement lists the
 * rows it prints; the catalogue says what each one is, how sums are composed, and which scenario mechanism
 * moves it.
 */
export type CatalogueRow = {
  readonly id: string;
  readonly statement: StatementKind;
  /** The standard Swedish label; a plan may print its own. */
  readonly label: string;
  /** The stem of the row's named cells where the label alone is not unique across the statements. */
  readonly name?: string;
  /**
   * `line`: a published level; `sum`: the sum of the present rows of `of` (a sum a plan prints without any
   * of its parts is read as a line); `ratio`: a key figure computed by the model (soliditet, resultatkrav);
   * `memo`: a figure outside the sums ("inom linjen": ansvarsförbindelser, borgen).
   */
  readonly kind: 'line' | 'sum' | 'ratio' | 'memo';
  /** The parts of a sum, in the order printed. Absent parts are skipped; an absent sum part is replaced by its own parts. */
  readonly of?: readonly string[];
  readonly section: string;
  /** How the grid sets a sum apart: a subtotal, or a total that closes a statement or a part of it. */
  readonly emphasis?: 'subtotal' | 'total';
  /** What the figure is, in Swedish, for the formula bar. */
  readonly definition: string;
  /** The legal or published basis of the row's place and meaning. */
  readonly basis: string;
  /**
   * A level a scenario may override in Antaganden (`<id>_grund`, or `inputId`): the resultatbudget's lines.
   * Balance and cash-flow lines follow from the scenario's results instead, so the balance always balances.
   */
  readonly level?: { readonly inputId?: string };
};

export const LKBR_RR = 'Lag (2018:597) om kommunal bokföring och redovisning, 5 kap. (resultaträkning)';
export const LKBR_BR = 'Lag (2018:597) om kommunal bokföring och redovisning, 6 kap. (balansräkning)';
export const LKBR_KF = 'Lag (2018:597) om kommunal bokföring och redovisning, 8 kap. (kassaflödesanalys)';
export const KL_BALANSKRAV = 'Kommunallagen (2017:725) 11 kap. 12–14 §§ (balanskravet)';
export const KL_RESERV = `Kommunallagen (2017:725) 11 kap. 14 § (resultatreserv från ${FROM}); prop. 2022/23:119 avsnitt 5; SKR 1 juni 2023`;
export const KL_RUR = `Kommunallagen (2017:725) 11 kap. 14 § i lydelse t.o.m. ${FROM - 1} (resultatutjämningsreserv); prop. 2011/12:172; SKR 25 oktober 2023`;
