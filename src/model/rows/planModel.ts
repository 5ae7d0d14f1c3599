import type { Plan, RevenueLine, Source, YearValues } from '../planSchema';
import {
  firstPrintedLine,
  planStatements,
  type PlanStatement,
  type PlanStatementRow,
  type PlanStatements,
} from '../planStatements';
import { allYears, budgetYears, columnYears, historyYears, type Year } from '../years';

/**
 * Where each scenario mechanism lands in this plan's statements: the first candidate the plan prints as a
 * line. A mechanism without a target is not offered (a plan without a balansbudget has no balance effects).
 */
const TARGETS = {
  intakter: [
    'verksamhetens_intakter',
    'verksamhetens_nettokostnad_fore_avskrivningar',
    'verksamhetens_nettokostnad',
  ],
  kostnader: [
    'verksamhetens_kostnader',
    'verksamhetens_nettokostnad_fore_avskrivningar',
    'verksamhetens_nettokostnad',
  ],
  avskrivningar: ['avskrivningar', 'verksamhetens_nettokostnad'],
  finansiellaIntakter: ['finansiella_intakter'],
  orealiserad: ['orealiserade_vinster_vardepapper'],
  anlaggningar: ['materiella_anlaggningstillgangar', 'anlaggningstillgangar'],
  finansiellaAnlaggningar: ['finansiella_anlaggningstillgangar', 'anlaggningstillgangar'],
  likvida: ['kassa_och_bank', 'omsattningstillgangar'],
  // A portfolio the balance does not show among the current assets is a long-term placement.
  portfolj: [
    'kortfristiga_placeringar',
    'omsattningstillgangar',
    'finansiella_anlaggningstillgangar',
    'anlaggningstillgangar',
  ],
  egetKapitalTidigare: ['ovrigt_eget_kapital', 'eget_kapital_ingaende'],
  egetKapitalUtgaende: ['eget_kapital'],
} as const;
export type Mechanism = keyof typeof TARGETS;

/** One skatt, statsbidrag or utjämning line with a plan value in every modelled year. */
export type RevenueModelLine = RevenueLine & {
  /** Years whose value is derived (the plan prints only the totals that year), with the reason. */
  readonly derived: Readonly<Record<string, string>>;
};

export type PlanModel = {
  readonly plan: Plan;
  readonly statements: PlanStatements;
  readonly rb: PlanStatement;
  readonly bb: PlanStatement | undefined;
  readonly fb: PlanStatement | undefined;
  readonly years: readonly Year[];
  readonly budget: readonly Year[];
  readonly history: readonly Year[];
  readonly columns: readonly Year[];
  readonly first: Year;
  readonly target: (mechanism: Mechanism) => PlanStatementRow | undefined;
  readonly revenue: readonly RevenueModelLine[];
  /** Investment outflows per budget year (positive mnkr), by kind, with their source; absent without investments. */
  readonly investments:
    | {
        readonly source: Source;
        readonly kinds: readonly ('materiella' | 'immateriella' | 'finansiella')[];
        readonly values: Readonly<Record<string, YearValues>>;
      }
    | undefined;
  readonly sourceText: (source: Source) => string;
};

const sourceTextOf =
  (plan: Plan) =>
  (source: Source): string => {
    if (source.kind === 'entered') return `Inmatat av användaren${source.note ? `: ${source.note}` : ''}`;
    if (source.kind === 'derived') return `Härlett: ${source.basis}`;
    const document = plan.documents[source.document];
    // A section says what it is when it starts in lower case ("tabell …", "bilaga 4, …"); else it is an avsnitt.
    const section = /^\p{Lu}/u.test(source.section) ? `avsnitt ${source.section}` : source.section;
    // A document the plan does not list is cited by its section alone: its key is the file's, not a word.
    if (!document) return section;
    return `${[document.title, document.publisher].filter(Boolean).join(', ')}, ${section}`;
  };

const revenueLines = (
  plan: Plan,
  rbValues: (id: string) => YearValues,
  years: readonly Year[],
): RevenueModelLine[] => {
  const lines: readonly RevenueLine[] = plan.revenue?.lines ?? [
    {
      id: 'skatteintakter',
      label: 'Skatteintäkter',
      group: 'skatt',
      behaviour: 'skatt',
      values: rbValues('skatteintakter'),
    },
    {
      id: 'generella_statsbidrag',
      label: 'Generella statsbidrag och utjämning',
      group: 'statsbidrag',
      behaviour: 'befolkning',
      values: rbValues('generella_statsbidrag'),
    },
  ];
  // A year has line detail when the plan prints any line that year; a line it leaves out that year is 0.
  const detailed = years.filter((year) => lines.some((line) => line.values[String(year)] !== undefined));
  const total = (group: RevenueLine['group'], values: (line: RevenueLine) => number | undefined) =>
    lines.filter((line) => line.group === group).reduce((sum, line) => sum + (values(line) ?? 0), 0);
  const modelled = lines.filter(
    (line) => detailed.length === 0 || detailed.some((year) => line.values[String(year)] !== undefined),
  );
  return modelled.map((line) => {
    const values: Record<string, number> = { ...line.values };
    const derived: Record<string, string> = {};
    for (const year of years) {
      if (detailed.includes(year)) {
        values[String(year)] ??= 0;
        continue;
      }
      const nearest = [...detailed].reverse().find((d) => d < year) ?? detailed.find((d) => d > year);
      const groupTotal = rbValues(line.group === 'skatt' ? 'skatteintakter' : 'generella_statsbidrag')[
        String(year)
      ];
      if (nearest === undefined || groupTotal === undefined) continue;
      const share = (line.values[String(nearest)] ?? 0) / total(line.group, (l) => l.values[String(nearest)]);
      values[String(year)] = groupTotal * (Number.isFinite(share) ? share : 0);
      derived[String(year)] =
        `planen trycker bara summan ${year}; raden har samma andel av summan som ${nearest}`;
    }
    return { ...line, values, derived };
  });
};

const investmentsOf = (
  plan: Plan,
  fb: PlanStatement | undefined,
  budget: readonly Year[],
): PlanModel['investments'] => {
  const explicit = plan.drivers.investeringar;
  if (explicit) {
    const values: Record<string, YearValues> = { materiella: explicit.materiella };
    if (explicit.immateriella) values.immateriella = explicit.immateriella;
    if (explicit.finansiella) values.finansiella = explicit.finansiella;
    return {
      source: explicit.source,
      kinds: Object.keys(values) as ('materiella' | 'immateriella' | 'finansiella')[],
      values,
    };
  }
  const kinds = (['materiella', 'immateriella', 'finansiella'] as const).filter((kind) => {
    const row = fb?.byId.get(`investering_${kind}`);
    return row?.kind === 'line' && budget.every((year) => row.values[String(year)] !== undefined);
  });
  if (!fb || kinds.length === 0) return undefined;
  const values = Object.fromEntries(
    kinds.map((kind) => {
      const row = fb.byId.get(`investering_${kind}`);
      return [
        kind,
        Object.fromEntries(budget.map((year) => [String(year), -(row?.values[String(year)] ?? 0)])),
      ];
    }),
  );
  return { source: fb.source, kinds, values };
};

/**
 * Everything the row generators read from a plan, worked out once: its statements as printed, where each
 * mechanism lands, the revenue lines for every modelled year and the investments.
 */
export const planModel = (plan: Plan): PlanModel => {
  const statements = planStatements(plan);
  const rb = statements.resultatbudget;
  if (!rb) throw new Error('Planen saknar resultatbudget');
  const years = allYears(plan);
  const budget = budgetYears(plan);
  const rbValues = (id: string) => rb.byId.get(id)?.values ?? {};
  return {
    plan,
    statements,
    rb,
    bb: statements.balansbudget,
    fb: statements.finansieringsbudget,
    years,
    budget,
    history: historyYears(plan),
    columns: columnYears(plan),
    first: budget[0] ?? plan.years.base + 1,
    target: (mechanism) => firstPrintedLine(statements, TARGETS[mechanism]),
    revenue: revenueLines(plan, rbValues, years),
    investments: investmentsOf(plan, statements.finansieringsbudget, budget),
    sourceText: sourceTextOf(plan),
  };
};

const memo = new WeakMap<Plan, PlanModel>();

/** {@link planModel}, worked out once per plan object. */
export const planModelOf = (plan: Plan): PlanModel => {
  const known = memo.get(plan);
  if (known) return known;
  const model = planModel(plan);
  memo.set(plan, model);
  return model;
};
