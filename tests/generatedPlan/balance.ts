import { balanceItems, type LedgerYear } from './ledger';
import type { Random } from './random';
import type { GenYears } from './resultatbudget';
import type { BbShape, FbShape, PlanShape } from './shape';
import { fillSums, type GenRow } from './tree';

type Pick = (entry: LedgerYear) => number;

const rowsOf = (ledger: readonly LedgerYear[], years: readonly number[]) => {
  const rows: GenRow[] = [];
  const add = (id: string, value: Pick | null, extra: Partial<GenRow> = {}) => {
    const cells: Record<string, number> = {};
    if (value)
      for (const entry of ledger) if (years.includes(entry.year)) cells[String(entry.year)] = value(entry);
    rows.push({ id, cells, ...extra });
  };
  return { rows, add };
};

/** Printed in parts, in parts with their subtotal, or as one figure. */
const block = (
  add: (id: string, value: Pick | null) => void,
  mode: 'single' | 'parts' | 'partsWithSum',
  sum: string,
  parts: readonly (readonly [string, Pick] | false)[],
) => {
  const present = parts.filter((part) => part !== false);
  if (mode === 'single') add(sum, (e) => present.reduce((total, [, value]) => total + value(e), 0));
  else {
    for (const [id, value] of present) add(id, value);
    if (mode === 'partsWithSum') add(sum, null);
  }
};

const equityRows = (add: (id: string, value: Pick | null) => void, bb: BbShape) => {
  if (bb.ek === 'single') return add('eget_kapital', (e) => e.egetKapital);
  if (bb.ek === 'ingaende') {
    add('eget_kapital_ingaende', (e) => e.egetKapitalBefore);
    add('bb_arets_resultat', (e) => e.result);
  } else {
    const result = bb.ek === 'split';
    if (result) add('bb_arets_resultat', (e) => e.result);
    if (bb.rur) add('resultatutjamningsreserv', (e) => e.rur);
    add('ovrigt_eget_kapital', (e) => e.egetKapital - (bb.rur ? e.rur : 0) - (result ? e.result : 0));
  }
  if (bb.ekSum) add('eget_kapital', null);
};

/**
 * A balansbudget from the books: a random choice of how much of each side it breaks down, eget kapital as
 * ingående + årets resultat, as resultat/RUR/övrigt or as one figure, and soliditet where it prints it.
 */
export const generateBalansbudget = (
  shape: PlanShape,
  bb: BbShape,
  r: Random,
  years: GenYears,
  ledger: readonly LedgerYear[],
): GenRow[] => {
  const items = balanceItems(shape);
  const shown = bb.history ? [...years.history, ...years.budget] : years.budget;
  const { rows, add } = rowsOf(ledger, shown);
  block(add, bb.anlaggning, 'anlaggningstillgangar', [
    items.immateriellaRow && ['immateriella_anlaggningstillgangar', (e) => e.immateriella],
    ['materiella_anlaggningstillgangar', (e) => e.materiella],
    items.finansiella && ['finansiella_anlaggningstillgangar', (e) => e.finansiella],
  ]);
  if (bb.bidrag) add('bidrag_statlig_infrastruktur', (e) => e.bidrag);
  block(add, bb.omsattning, 'omsattningstillgangar', [
    items.forrad && ['forrad', (e) => e.forrad],
    ['fordringar', (e) => e.fordringar],
    items.exploatering && ['exploateringsfastigheter', (e) => e.exploatering],
    items.placeringar && ['kortfristiga_placeringar', (e) => e.placeringar],
    ['kassa_och_bank', (e) => e.kassa],
  ]);
  add('summa_tillgangar', null);
  equityRows(add, bb);
  if (bb.avsattningar !== 'none')
    block(add, bb.avsattningar, 'avsattningar', [
      ['avsattning_pensioner', (e) => e.avsattningPensioner],
      ['andra_avsattningar', (e) => e.andraAvsattningar],
    ]);
  block(add, bb.skulder, 'skulder', [
    ['langfristiga_skulder', (e) => e.langfristiga],
    ['kortfristiga_skulder', (e) => e.kortfristiga],
  ]);
  add('summa_eget_kapital_och_skulder', null);
  if (bb.ansvarsRow) add('ansvarsforbindelse_pensioner', (e) => e.ansvar);
  if (bb.borgen) add('borgensataganden', (e) => e.kortfristiga * 2);
  if (bb.varav) {
    const parent = r.pick(rows.filter((row) => row.id !== 'summa_tillgangar'));
    rows.push({
      id: `varav_${parent.id}`,
      label: 'varav pensionsmedel',
      kind: 'varav',
      of: [parent.id],
      cells: { [String(years.budget[0])]: 1 },
    });
  }
  fillSums(rows);
  if (bb.soliditet) {
    const percent = (value: number) => (shape.whole ? Math.round(value) : Math.round(value * 10) / 10);
    const soliditet = (ansvar: boolean) => (e: LedgerYear) => {
      const assets = rows.find((row) => row.id === 'summa_tillgangar')?.cells[String(e.year)] ?? NaN;
      return percent(((e.egetKapital - (ansvar ? e.ansvar : 0)) / assets) * 100);
    };
    const { rows: ratios, add: addRatio } = rowsOf(ledger, years.budget);
    addRatio('soliditet_blandmodell', soliditet(false), { percent: true });
    if (bb.ansvarsRow || shape.drivers.ansvarsDriver)
      addRatio('soliditet_fullfondering', soliditet(true), { percent: true });
    rows.push(...ratios);
  }
  return rows;
};

/**
 * A finansieringsbudget from the same books: the löpande verksamhet in parts or as one figure, the
 * investments, the financing, and likvida medel chained year to year (offset from the balance's kassa when
 * the statement stands on its own).
 */
export const generateFinansieringsbudget = (
  shape: PlanShape,
  fb: FbShape,
  r: Random,
  years: GenYears,
  ledger: readonly LedgerYear[],
  size: number,
): GenRow[] => {
  const d = shape.drivers;
  const shown = fb.history ? [...years.history, ...years.budget] : years.budget;
  const { rows, add } = rowsOf(ledger, shown);
  const has = new Set(fb.lopandeParts);
  const lopande: Pick = (e) =>
    e.result +
    e.flows.depreciation -
    e.flows.unrealised +
    e.flows.avsattningar -
    e.flows.fordringar +
    e.flows.skulder;
  if (fb.lopande === 'single') add('kassaflode_lopande', lopande);
  else {
    add('fb_arets_resultat', (e) => e.result);
    add(
      'justering_ej_likvidpaverkande',
      (e) =>
        e.flows.depreciation -
        e.flows.unrealised +
        (has.has('ovriga') ? 0 : e.flows.avsattningar) +
        (has.has('fordringar') ? 0 : -e.flows.fordringar) +
        (has.has('skulder') ? 0 : e.flows.skulder),
    );
    if (has.has('ovriga')) add('ovriga_likviditetspaverkande', (e) => e.flows.avsattningar);
    if (has.has('fordringar')) add('forandring_kortfristiga_fordringar', (e) => -e.flows.fordringar);
    if (has.has('skulder')) add('forandring_kortfristiga_skulder', (e) => e.flows.skulder);
    if (!fb.noLopandeSum) add('kassaflode_lopande', null);
  }
  const f = (e: LedgerYear) => e.flows;
  if (fb.investering === 'single')
    add(
      'kassaflode_investering',
      (e) => -f(e).materiella - f(e).immateriella - f(e).finansiella + f(e).forsaljning,
    );
  else {
    if (d.immateriella) add('investering_immateriella', (e) => -f(e).immateriella);
    add('investering_materiella', (e) => -f(e).materiella);
    if (d.finansiella) add('investering_finansiella', (e) => -f(e).finansiella);
    if (fb.forsaljning) add('forsaljning_anlaggningstillgangar', (e) => f(e).forsaljning);
    if (!fb.noInvesteringSum) add('kassaflode_investering', null);
  }
  if (fb.finansiering === 'single') add('kassaflode_finansiering', (e) => f(e).lan - f(e).amortering);
  else {
    add('nyupptagna_lan', (e) => f(e).lan);
    add('amortering', (e) => -f(e).amortering);
    if (!fb.noFinansieringSum) add('kassaflode_finansiering', null);
  }
  add('arets_kassaflode', null);
  if (fb.likvida) {
    const offset = fb.standalone || shape.bb === null ? Math.round(size * r.between(-0.1, 0.1)) : 0;
    add('likvida_medel_borjan', (e) => e.kassaBefore + offset);
    add('likvida_medel_slut', null);
  }
  fillSums(rows);
  return rows;
};
