import type { Random } from './random';
import type { GenYears, RbFigures } from './resultatbudget';
import type { PlanShape } from './shape';

/** One year of the generated organisation's books, in units: closing balances and the year's flows. */
export type LedgerYear = {
  readonly year: number;
  readonly materiella: number;
  readonly immateriella: number;
  readonly finansiella: number;
  readonly bidrag: number;
  readonly forrad: number;
  readonly fordringar: number;
  readonly exploatering: number;
  readonly placeringar: number;
  readonly kassa: number;
  readonly kassaBefore: number;
  readonly egetKapital: number;
  readonly egetKapitalBefore: number;
  readonly rur: number;
  readonly result: number;
  readonly avsattningPensioner: number;
  readonly andraAvsattningar: number;
  readonly langfristiga: number;
  readonly kortfristiga: number;
  readonly ansvar: number;
  readonly flows: {
    readonly depreciation: number;
    readonly unrealised: number;
    readonly avsattningar: number;
    readonly fordringar: number;
    readonly skulder: number;
    readonly materiella: number;
    readonly immateriella: number;
    readonly finansiella: number;
    readonly forsaljning: number;
    readonly lan: number;
    readonly amortering: number;
  };
};

/** Which balance items the plan has at all: an item the balance does not print holds nothing. */
export const balanceItems = (shape: PlanShape) => {
  const bb = shape.bb;
  const d = shape.drivers;
  const anlParts = bb !== null && bb.anlaggning !== 'single';
  const omsParts = bb !== null && bb.omsattning !== 'single';
  const placeringar = !omsParts || bb.placeringar;
  // A pension portfolio the balance shows no current placements for is held as a long-term one.
  const longTermPortfolio = d.pension && !placeringar;
  return {
    immateriellaRow: anlParts && bb.immateriella,
    finansiellaRow: anlParts && (bb.finansiella || d.finansiella || longTermPortfolio),
    finansiella: !anlParts || bb.finansiella || d.finansiella || longTermPortfolio,
    forrad: !omsParts || bb.forrad,
    exploatering: !omsParts || bb.exploatering,
    placeringar,
    avsattningar: bb === null || bb.avsattningar !== 'none',
  };
};

const total = (y: Omit<LedgerYear, 'flows'>) => ({
  assets:
    y.materiella +
    y.immateriella +
    y.finansiella +
    y.bidrag +
    y.forrad +
    y.fordringar +
    y.exploatering +
    y.placeringar +
    y.kassa,
  claims: y.egetKapital + y.avsattningPensioner + y.andraAvsattningar + y.langfristiga + y.kortfristiga,
});

/** The opening balance the year before the first balance year: it balances, eget kapital is the rest. */
const opening = (shape: PlanShape, r: Random, size: number) => {
  const items = balanceItems(shape);
  const part = (min: number, max: number, present = true) =>
    present ? Math.round(size * r.between(min, max)) : 0;
  const assets = {
    materiella: part(0.3, 1.5),
    immateriella: part(0, 0.03, items.immateriellaRow),
    finansiella: part(0.01, 0.1, items.finansiella),
    bidrag: part(0, 0.05, shape.bb?.bidrag ?? false),
    forrad: part(0, 0.01, items.forrad),
    fordringar: part(0.05, 0.2),
    exploatering: part(0, 0.02, items.exploatering),
    placeringar: part(0, 0.5, items.placeringar),
    kassa: part(-0.05, 0.2),
  };
  const sum = Object.values(assets).reduce((a, b) => a + b, 0);
  const avsattningPensioner = part(0, 0.4, items.avsattningar);
  const andraAvsattningar = part(0, 0.05, items.avsattningar);
  const kortfristiga = part(0.1, 0.3);
  const room = Math.round(sum * 0.9) - avsattningPensioner - andraAvsattningar - kortfristiga;
  const langfristiga = Math.max(0, Math.min(part(0, 0.5), room));
  const egetKapital = sum - avsattningPensioner - andraAvsattningar - kortfristiga - langfristiga;
  const rur = shape.bb?.rur && egetKapital > 0 ? Math.round(egetKapital * r.between(0, 0.2)) : 0;
  return { ...assets, avsattningPensioner, andraAvsattningar, kortfristiga, langfristiga, egetKapital, rur };
};

/**
 * The books behind the balansbudget and finansieringsbudget: every year's result, depreciation,
 * investments, loans and changes in receivables and payables move the balance and the cash, so that the
 * balance balances every year, eget kapital grows by årets resultat and likvida medel by årets kassaflöde.
 */
export const generateLedger = (
  shape: PlanShape,
  r: Random,
  years: GenYears,
  rb: RbFigures,
  size: number,
): LedgerYear[] => {
  const items = balanceItems(shape);
  const d = shape.drivers;
  let state = opening(shape, r, size);
  return [...years.history, ...years.budget].map((year) => {
    const revenue = rb.revenue(year);
    const part = (min: number, max: number, present = true) =>
      present ? Math.round(revenue * r.between(min, max)) : 0;
    const depreciation = rb.depreciation(year);
    const immateriellaDepreciation = items.immateriellaRow
      ? Math.min(state.immateriella, Math.round(depreciation * 0.1))
      : 0;
    const materiella = Math.max(1, part(0.02, 0.12));
    const flows = {
      depreciation,
      unrealised: rb.unrealised(year),
      avsattningar: part(-0.01, 0.02, items.avsattningar),
      andra: part(-0.005, 0.005, items.avsattningar),
      fordringar: part(-0.02, 0.02),
      skulder: part(-0.02, 0.02),
      materiella,
      immateriella: part(0, 0.01, d.immateriella),
      finansiella: part(0, 0.01, d.finansiella),
      forsaljning: shape.fb?.forsaljning ? Math.round(materiella * r.between(0, 0.3)) : 0,
      lan: part(0, 0.05),
      amortering: Math.min(state.langfristiga, part(0, 0.03)),
    };
    const result = rb.result(year);
    const cash =
      result +
      depreciation -
      flows.unrealised +
      flows.avsattningar +
      flows.andra -
      flows.fordringar +
      flows.skulder -
      flows.materiella -
      flows.immateriella -
      flows.finansiella +
      flows.forsaljning +
      flows.lan -
      flows.amortering;
    const before = state;
    state = {
      materiella:
        state.materiella +
        materiella +
        (items.immateriellaRow ? 0 : flows.immateriella) -
        (depreciation - immateriellaDepreciation) -
        flows.forsaljning,
      immateriella:
        state.immateriella + (items.immateriellaRow ? flows.immateriella - immateriellaDepreciation : 0),
      finansiella: state.finansiella + flows.finansiella + (items.placeringar ? 0 : flows.unrealised),
      bidrag: state.bidrag,
      forrad: state.forrad,
      fordringar: state.fordringar + flows.fordringar,
      exploatering: state.exploatering,
      placeringar: state.placeringar + (items.placeringar ? flows.unrealised : 0),
      kassa: state.kassa + cash,
      avsattningPensioner: state.avsattningPensioner + flows.avsattningar,
      andraAvsattningar: state.andraAvsattningar + flows.andra,
      langfristiga: state.langfristiga + flows.lan - flows.amortering,
      kortfristiga: state.kortfristiga + flows.skulder,
      egetKapital: state.egetKapital + result,
      rur: state.rur - rb.reserve(year),
    };
    const entry = {
      ...state,
      year,
      kassaBefore: before.kassa,
      egetKapitalBefore: before.egetKapital,
      result,
      ansvar: Math.round(size * r.between(0.05, 0.5)),
      flows: { ...flows, avsattningar: flows.avsattningar + flows.andra },
    };
    const { assets, claims } = total(entry);
    if (assets !== claims) throw new Error(`generator: the books do not balance in ${year}`);
    return entry;
  });
};
