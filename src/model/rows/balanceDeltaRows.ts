import type { FormulaContext, FormulaRow } from '../rowSpec';
import type { Year } from '../years';
import { derivedRow, previous, RELATIONS } from './derivedRow';
import type { PlanModel } from './planModel';

const section = 'Balansens förändring mot planen';

/** `=A_2025` the first year, `=A_2024+B_2025` after: a running total over the budget years. */
const running =
  (id: string, step: (y: Year, f: FormulaContext) => string) => (y: Year, f: FormulaContext) => {
    const prior = previous(id, y, f);
    return `=${prior ? `${prior}+` : ''}${step(y, f)}`;
  };

/**
 * How a scenario moves the balance sheet, year by year against the plan: every change reaches eget kapital
 * through årets resultat, the anläggningstillgångar through the investments and their depreciation, the
 * pension portfolio through its unrealised return, and likvida medel through the cash flow those leave. The
 * balance therefore balances by the accounting, never by a plug, also in a plan without a finansieringsbudget.
 */
export const balanceDeltaRows = (m: PlanModel): FormulaRow[] => {
  if (!m.bb) return [];
  const pension = m.plan.drivers.pensionsportfolj !== undefined && m.target('orealiserad') !== undefined;
  const investments = m.investments !== undefined;
  const unrealised = (y: Year, f: FormulaContext) =>
    `(${f.ref('orealiserad_avkastning', y)}-${f.ref('plan_orealiserad_avkastning', y)})`;
  const rows: FormulaRow[] = [
    derivedRow({
      id: 'resultatforandring',
      name: 'Resultatförändring',
      label: 'Årets resultat jämfört med planen',
      unit: 'mnkr',
      span: 'budget',
      section,
      // Against the result the plan's balance is built on (its own printed figure): a rounding gap between
      // that and the model's sum of the printed lines then reaches eget kapital and likvida medel alike, and
      // the balance balances also without a change.
      formula: (y, f) =>
        `=${f.ref('arets_resultat', y)}-${f.ref(f.has('plan_bb_arets_resultat', y) ? 'plan_bb_arets_resultat' : 'plan_arets_resultat', y)}`,
      definition:
        'Hur mycket bättre (+) eller sämre (−) årets resultat blir än det planens balansbudget bygger på.',
      source: RELATIONS.egetKapital,
    }),
    derivedRow({
      id: 'tidigare_resultatforandring',
      name: 'Tidigare_års_resultatförändring',
      label: 'Tidigare års resultat jämfört med planen',
      unit: 'mnkr',
      span: 'budget',
      section,
      formula: (y, f) =>
        f.has('resultatforandring', y - 1)
          ? `=${f.ref('tidigare_resultatforandring', y - 1)}+${f.ref('resultatforandring', y - 1)}`
          : '=0',
      definition:
        'Summan av tidigare budgetårs ändrade resultat: den del av eget kapital som scenariot flyttat.',
      source: RELATIONS.egetKapital,
    }),
    derivedRow({
      id: 'kassaflodesforandring',
      name: 'Kassaflödesförändring',
      label: 'Årets kassaflöde jämfört med planen',
      unit: 'mnkr',
      span: 'budget',
      section,
      formula: (y, f) =>
        [
          `=${f.ref('resultatforandring', y)}`,
          investments
            ? `+${f.ref('tillkommande_avskrivningar', y)}-${f.ref('investeringsforandring', y)}`
            : '',
          pension ? `-${unrealised(y, f)}` : '',
        ].join(''),
      definition:
        'Ändrat resultat, med avskrivningar tillbaka och orealiserad avkastning bort (de rör inte kassan), minus ändrade investeringar.',
      source: RELATIONS.likvidaMedel,
    }),
    derivedRow({
      id: 'forandring_likvida_medel',
      name: 'Förändring_likvida_medel',
      label: 'Likvida medel jämfört med planen',
      unit: 'mnkr',
      span: 'budget',
      section,
      formula: running('forandring_likvida_medel', (y, f) => f.ref('kassaflodesforandring', y)),
      definition: 'Ändrade kassaflöden, ackumulerade från första budgetåret.',
      source: RELATIONS.likvidaMedel,
    }),
  ];
  if (investments)
    rows.push(
      derivedRow({
        id: 'forandring_anlaggningstillgangar',
        name: 'Förändring_anläggningstillgångar',
        label: 'Anläggningstillgångar jämfört med planen',
        unit: 'mnkr',
        span: 'budget',
        section,
        formula: running(
          'forandring_anlaggningstillgangar',
          (y, f) => `${f.ref('forandrade_investeringar', y)}-${f.ref('tillkommande_avskrivningar', y)}`,
        ),
        definition:
          'Ändrade materiella och immateriella investeringar minus tillkommande avskrivningar, ackumulerade.',
        source: RELATIONS.anlaggningstillgangar,
      }),
    );
  if (m.investments?.kinds.includes('finansiella'))
    rows.push(
      derivedRow({
        id: 'forandring_finansiella_anlaggningstillgangar',
        name: 'Förändring_finansiella_anläggningstillgångar',
        label: 'Finansiella anläggningstillgångar jämfört med planen',
        unit: 'mnkr',
        span: 'budget',
        section,
        formula: running(
          'forandring_finansiella_anlaggningstillgangar',
          (y, f) =>
            `(${f.ref('investeringar_finansiella', y)}-${f.ref('plan_investeringar_finansiella', y)})`,
        ),
        definition: 'Ändrade finansiella investeringar, ackumulerade; de skrivs inte av.',
        source: RELATIONS.anlaggningstillgangar,
      }),
    );
  if (pension)
    rows.push(
      derivedRow({
        id: 'forandring_pensionsmedel',
        name: 'Förändring_pensionsmedel',
        label: 'Pensionsportföljen jämfört med planen',
        unit: 'mnkr',
        span: 'budget',
        section,
        formula: running('forandring_pensionsmedel', unrealised),
        definition: 'Ändrad orealiserad avkastning, som stannar i portföljen år efter år.',
        source: RELATIONS.pensionsportfoljen,
      }),
    );
  return rows;
};
