import { modelRows } from '../modelRows';
import type { Plan, StatementKind } from '../planSchema';
import { STATEMENT_KINDS } from '../planSchema';
import { UNIT_NAMES, yearsOf, type InputRow, type Unit } from '../rowSpec';
import { allYears, budgetYears, columnYears } from '../years';
import { decimalsFor, svNumber, svSigned } from './svText';

/** One difference between two plan versions, with its Swedish sentence. */
export type PlanDifference = {
  readonly section: 'år' | 'drivare' | 'intäktsrad' | StatementKind;
  readonly id: string;
  readonly label: string;
  readonly year: number | undefined;
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly text: string;
};

const STATEMENT_NAMES: Readonly<Record<StatementKind, string>> = {
  resultatbudget: 'Resultatbudget',
  balansbudget: 'Balansbudget',
  finansieringsbudget: 'Finansieringsbudget',
};

const yearsText = (plan: Plan) => `${allYears(plan)[0]}–${allYears(plan).at(-1)}`;

/** "Skatteunderlagstillväxt 2026: 4,1 % → 3,1 % (−1 procentenheter)", or a value only one version has. */
const sentence = (
  label: string,
  year: number,
  from: number | undefined,
  to: number | undefined,
  unit: Unit,
) => {
  // A revision's mnkr carry the model's decimals: tenths are enough to see a change.
  const exact = decimalsFor([from ?? 0, to ?? 0], unit === 'kr' ? 2 : unit === 'procent' ? 1 : 0);
  const decimals = unit === 'mnkr' ? Math.min(exact, 1) : exact;
  const name = UNIT_NAMES[unit];
  const diffUnit = unit === 'procent' ? 'procentenheter' : name;
  if (from === undefined) return `${label} ${year}: ny, ${svNumber(to ?? 0, decimals)} ${name}.`;
  if (to === undefined)
    return `${label} ${year}: finns inte längre (var ${svNumber(from, decimals)} ${name}).`;
  return `${label} ${year}: ${svNumber(from, decimals)} → ${svNumber(to, decimals)} ${name} (${svSigned(to - from, decimals)} ${diffUnit}).`;
};

const values = (
  section: PlanDifference['section'],
  id: string,
  label: string,
  years: readonly number[],
  from: (year: number) => number | undefined,
  to: (year: number) => number | undefined,
  unit: Unit,
): PlanDifference[] =>
  years.flatMap((year) => {
    const a = from(year);
    const b = to(year);
    return a === b || (a === undefined && b === undefined)
      ? []
      : [{ section, id, label, year, from: a, to: b, text: sentence(label, year, a, b, unit) }];
  });

const driverDifferences = (a: Plan, b: Plan): PlanDifference[] => {
  const rowsA = modelRows(a).inputs.filter((row) => !row.id.endsWith('_grund'));
  const rowsB = new Map(modelRows(b).inputs.map((row) => [row.id, row] as const));
  const yearsOfRow = (plan: Plan, row: InputRow | undefined) =>
    row ? yearsOf(row.span, allYears(plan), budgetYears(plan)) : [];
  return rowsA.flatMap((row) => {
    const other = rowsB.get(row.id);
    const years = [...new Set([...yearsOfRow(a, row), ...yearsOfRow(b, other)])].sort((x, y) => x - y);
    const at = (plan: Plan, r: InputRow | undefined) => (year: number) =>
      r && yearsOfRow(plan, r).includes(year) ? r.planValue(year) : undefined;
    return values('drivare', row.id, row.label, years, at(a, row), at(b, other), row.unit);
  });
};

const lineDifferences = (a: Plan, b: Plan): PlanDifference[] => {
  const years = [...new Set([...allYears(a), ...allYears(b)])].sort((x, y) => x - y);
  const ids = [...new Set([...(a.revenue?.lines ?? []), ...(b.revenue?.lines ?? [])].map((l) => l.id))];
  return ids.flatMap((id) => {
    const la = a.revenue?.lines.find((l) => l.id === id);
    const lb = b.revenue?.lines.find((l) => l.id === id);
    return values(
      'intäktsrad',
      id,
      (lb ?? la)?.label ?? id,
      years,
      (y) => la?.values[String(y)],
      (y) => lb?.values[String(y)],
      'mnkr',
    );
  });
};

const statementDifferences = (a: Plan, b: Plan): PlanDifference[] => {
  const years = [...new Set([...columnYears(a), ...columnYears(b)])].sort((x, y) => x - y);
  return STATEMENT_KINDS.flatMap((kind) => {
    const rowsA = a.statements[kind]?.rows ?? [];
    const rowsB = b.statements[kind]?.rows ?? [];
    const ids = [...new Set([...rowsA, ...rowsB].map((row) => row.id))];
    return ids.flatMap((id) => {
      const ra = rowsA.find((row) => row.id === id);
      const rb = rowsB.find((row) => row.id === id);
      const label = `${STATEMENT_NAMES[kind]}: ${(rb ?? ra)?.label ?? modelRows(b).byId.get(id)?.label ?? id}`;
      return values(
        kind,
        id,
        label,
        years,
        (y) => ra?.values[String(y)],
        (y) => rb?.values[String(y)],
        'mnkr',
      );
    });
  });
};

/**
 * What differs between two versions of a plan, in Swedish words and figures: the years, then driver by
 * driver and year by year, the revenue lines, and every printed figure of the statements line by line.
 *
 * @example
 *   comparePlans(plan, revision.plan).map((d) => d.text);
 *   // ["Skatteunderlagstillväxt 2026: 4,1 → 3,1 % (−1 procentenheter).", "Intäktsrad Skatteintäkter 2026: 8 197 → 8 118 mnkr (−79 mnkr).", …]
 */
export const comparePlans = (a: Plan, b: Plan): PlanDifference[] => [
  ...(yearsText(a) === yearsText(b)
    ? []
    : [
        {
          section: 'år' as const,
          id: 'years',
          label: 'Budget- och kalkylår',
          year: undefined,
          from: undefined,
          to: undefined,
          text: `Budget- och kalkylåren: ${yearsText(a)} → ${yearsText(b)}.`,
        },
      ]),
  ...driverDifferences(a, b),
  ...lineDifferences(a, b).map((d) => ({ ...d, text: `Intäktsrad ${d.text}` })),
  ...statementDifferences(a, b),
];
