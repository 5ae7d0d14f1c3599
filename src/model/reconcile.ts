import type { Plan } from './planSchema';
import { numberAt, type Results } from './results';
import type { Year } from './years';

/** One published figure beside the model's: the ekonomichef's "which cell differs, by how much, and why". */
export type ReconciliationLine = {
  readonly table: string;
  readonly publishedRow: string;
  readonly rowId: string;
  readonly year: Year;
  readonly unit: 'mnkr' | 'procent';
  readonly published: number;
  readonly computed: number | undefined;
  readonly difference: number | undefined;
  /** Within ±1 mnkr, or ±0,5 procentenheter for a percentage (issue #2). */
  readonly withinTolerance: boolean;
  readonly explanation: string;
};

type Check = {
  table: string;
  row: string;
  id: string;
  unit: 'mnkr' | 'procent';
  values: Record<string, number>;
};

/** Published subtotals and the published parts they are printed as the sum of (DOMAIN.md §1). */
const SUBTOTAL_PARTS: Readonly<Record<string, readonly (readonly [string, 1 | -1])[]>> = {
  verksamhetens_nettokostnad: [
    ['verksamhetens_intakter', 1],
    ['verksamhetens_kostnader', 1],
    ['avskrivningar', 1],
  ],
  verksamhetens_resultat: [
    ['verksamhetens_nettokostnad', 1],
    ['skatteintakter', 1],
    ['generella_statsbidrag', 1],
  ],
  arets_resultat: [
    ['verksamhetens_resultat', 1],
    ['finansiella_intakter', 1],
    ['finansiella_kostnader', 1],
  ],
  balanskravsresultat: [
    ['arets_resultat', 1],
    ['avkastning_pensionsportfolj', 1],
  ],
  behov_av_atgarder: [
    ['resultatkrav', 1],
    ['balanskravsresultat', -1],
  ],
};

const sv = (value: number) =>
  String(Math.round(value * 10) / 10)
    .replace('.', ',')
    .replace('-', '−');

/** −11, 295, −192 → "−11 + 295 − 192". */
const expression = (values: readonly number[]): string =>
  values
    .map((value, i) => (i === 0 ? sv(value) : `${value < 0 ? '−' : '+'} ${sv(Math.abs(value))}`))
    .join(' ');

const explain = (plan: Plan, check: Check, year: Year, difference: number | undefined): string => {
  if (difference === undefined) return 'Modellen saknar värde för raden detta år.';
  if (Math.abs(difference) <= 0.5) return 'Stämmer inom avrundning.';
  const parts = check.table === 'resultatbudget' ? SUBTOTAL_PARTS[check.row] : undefined;
  if (parts) {
    const rows = plan.tables.resultatbudget.rows as Record<string, Record<string, number>>;
    const values = parts.map(([row, sign]) => sign * (rows[row]?.[String(year)] ?? Number.NaN));
    const sum = values.reduce((a, b) => a + b, 0);
    const printed = check.values[String(year)] ?? Number.NaN;
    if (Math.abs(sum - printed) > 1.5)
      return `Planens tabell går inte ihop: ${expression(values)} = ${sv(sum)}, tryckt ${sv(printed)}. Modellen behåller sitt beräknade värde.`;
  }
  if (check.unit === 'procent') return 'Avrundning: planen trycker procenttal i hela procent.';
  return 'Avrundning: planen summerar oavrundade belopp, modellen de tryckta hela miljonerna; skillnaden förs vidare via årets resultat och likvida medel.';
};

/**
 * Lists computed vs published for every published row and year of the resultat-, balans- and
 * finansieringsbudget and the goals, with the difference and why it arises.
 *
 * @example
 *   reconcile(plan, engine.results()).filter((line) => Math.abs(line.difference ?? 0) > 0.5);
 */
export const reconcile = (plan: Plan, results: Results): readonly ReconciliationLine[] => {
  const t = plan.tables;
  const checks: Check[] = [];
  const add = (
    table: string,
    rows: Record<string, Record<string, number>>,
    ids: Record<string, string> = {},
  ) => {
    for (const [row, values] of Object.entries(rows)) {
      const unit = row.startsWith('soliditet') ? 'procent' : 'mnkr';
      checks.push({ table, row, id: ids[row] ?? row, unit, values });
    }
  };
  add('resultatbudget', t.resultatbudget.rows);
  add('balansbudget', t.balansbudget.rows, { arets_resultat: 'bb_arets_resultat' });
  add('finansieringsbudget', t.finansieringsbudget.rows, { arets_resultat: 'fb_arets_resultat' });
  add(
    'skattOchUtjamning',
    {
      summa_statsbidrag_och_utjamning: t.skattOchUtjamning.rows.summa_statsbidrag_och_utjamning,
      summa_skatt_statsbidrag_utjamning: t.skattOchUtjamning.rows.summa_skatt_statsbidrag_utjamning,
    },
    {
      summa_statsbidrag_och_utjamning: 'generella_statsbidrag',
      summa_skatt_statsbidrag_utjamning: 'skatt_och_statsbidrag',
    },
  );
  const firstGoalYear = String(plan.goals.sjalvfinansieringsgrad.years[0] ?? '');
  checks.push(
    {
      table: 'mål',
      row: 'verksamhetens_resultat_andel',
      id: 'verksamhetens_resultat_andel',
      unit: 'procent',
      values: { ...plan.goals.verksamhetensResultat.published },
    },
    {
      table: 'mål',
      row: 'soliditet_fullfondering',
      id: 'soliditet_fullfondering',
      unit: 'procent',
      values: { ...plan.goals.soliditetFullfondering.published },
    },
    {
      table: 'mål',
      row: 'sjalvfinansieringsgrad',
      id: 'sjalvfinansieringsgrad_planperiod',
      unit: 'procent',
      values: { [firstGoalYear]: plan.goals.sjalvfinansieringsgrad.published },
    },
  );

  return checks.flatMap((check) =>
    Object.entries(check.values).map(([yearKey, published]): ReconciliationLine => {
      const year = Number(yearKey);
      const computed = numberAt(results, check.id, year);
      const difference = computed === undefined ? undefined : computed - published;
      const tolerance = check.unit === 'mnkr' ? 1 + 1e-9 : 0.5 + 1e-9;
      return {
        table: check.table,
        publishedRow: check.row,
        rowId: check.id,
        year,
        unit: check.unit,
        published,
        computed,
        difference,
        withinTolerance: difference !== undefined && Math.abs(difference) <= tolerance,
        explanation: explain(plan, check, year, difference),
      };
    }),
  );
};
