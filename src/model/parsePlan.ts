import * as v from 'valibot';
import { catalogueRow } from './catalogue/catalogue';
import { compileWorkbook } from './compileWorkbook';
import { describeIssues, isPlainObject } from './describeIssues';
import { migratePlanV1 } from './migratePlan';
import { PLAN_YEAR_LIMITS, planSchema, type Plan, type Source, type StatementKind } from './planSchema';
import { planSchemaV1 } from './planSchemaV1';
import { slug } from './rows/planDriverRows';
import { NO_CHANGES } from './scenarioChanges';
import { allYears, budgetYears } from './years';

/** A plan file that cannot be used; `problems` name each field and what is wrong with it, in Swedish. */
export class PlanError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Planen kan inte användas: ${problems.join('; ')}`);
    this.name = 'PlanError';
    this.problems = problems;
  }
}

const RESERVED =
  /^(plan_|mal_|anslag_|ram_|avskrivning_investeringar_|planerad_|ingaende_|riktlinje_|saldo_|troskel_|tak_)|_grund$|^(synnerliga_skal|tidigare_underskott|kvar_att_aterstalla|tillaten_reservation)$/;

const yearChecks = (plan: Plan): string[] => {
  const problems: string[] = [];
  const budget = budgetYears(plan);
  const first = budget[0];
  if (first !== undefined && plan.years.base !== first - 1)
    problems.push(`years.base: ska vara året före första budgetåret (${first - 1})`);
  const modelled = allYears(plan);
  if (modelled.some((year, i) => i > 0 && year !== (modelled[i - 1] ?? 0) + 1))
    problems.push('years: budget- och kalkylåren ska vara på varandra följande år');
  if (modelled.length > PLAN_YEAR_LIMITS.horizon)
    problems.push(`years: högst ${PLAN_YEAR_LIMITS.horizon} budget- och kalkylår tillsammans`);
  const history = plan.years.history ?? [];
  if (
    history.some(
      (year, i) => (first !== undefined && year >= first) || (i > 0 && year <= (history[i - 1] ?? 0)),
    )
  )
    problems.push('years.history: ska vara stigande år före första budgetåret');
  return problems;
};

const statementChecks = (plan: Plan, kind: StatementKind): string[] => {
  const statement = plan.statements[kind];
  if (!statement) return [];
  const path = `statements.${kind}.rows`;
  const ids = statement.rows.map((row) => row.id);
  const needed = kind === 'resultatbudget' ? allYears(plan) : budgetYears(plan);
  const problems: string[] = [];
  statement.rows.forEach((row, i) => {
    const at = `${path}.${i} (${row.id})`;
    if (ids.indexOf(row.id) !== i) problems.push(`${at}: raden finns två gånger`);
    const standard = catalogueRow(row.id);
    if (standard && standard.statement !== kind) problems.push(`${at}: raden hör till ${standard.statement}`);
    if (!standard) {
      if (RESERVED.test(row.id)) problems.push(`${at}: id:t är reserverat för modellen`);
      if (!row.kind) problems.push(`${at}: en egen rad behöver kind (line, sum eller varav)`);
      if (row.kind === 'line' && !(row.in && catalogueRow(row.in)?.kind === 'sum'))
        problems.push(`${at}: en egen rad behöver in, en standardsumma den ingår i`);
      if ((row.kind === 'sum' || row.kind === 'varav') && !(row.of ?? []).every((part) => ids.includes(part)))
        problems.push(`${at}: of ska bara nämna rader som finns i samma tabell`);
    }
    const modelled = needed.filter((year) => row.values[String(year)] !== undefined);
    if (modelled.length > 0 && modelled.length < needed.length && row.kind !== 'varav')
      problems.push(`${at}: värden saknas för ${needed.filter((y) => !modelled.includes(y)).join(', ')}`);
  });
  if (kind === 'resultatbudget')
    for (const id of ['skatteintakter', 'generella_statsbidrag', 'arets_resultat'])
      if (!ids.includes(id)) problems.push(`${path}: raden ${id} krävs`);
  return problems;
};

/**
 * A revenue line's behaviour must fit its group: the model's skatteintäkter are underlag × sats plus the skatt
 * lines that are fast, and befolkning and utjämning effects land in the statsbidrag. A skatt line that follows
 * befolkning or utjämning would be left out of skatteintäkter, a statsbidrag line that follows the rate counted
 * there twice.
 */
const revenueChecks = (plan: Plan): string[] =>
  (plan.revenue?.lines ?? []).flatMap((line, i) => {
    const at = `revenue.lines.${i} (${line.id})`;
    if (line.group === 'skatt' && line.behaviour !== 'skatt' && line.behaviour !== 'fast')
      return [`${at}: en skatterad följer skattesatsen (skatt) eller är fast`];
    if (line.group === 'statsbidrag' && line.behaviour === 'skatt')
      return [
        `${at}: statsbidrag och utjämning följer inte den egna skattesatsen (inkomstutjamning, befolkning eller fast)`,
      ];
    return [];
  });

const coverage = (plan: Plan): string[] => {
  const d = plan.drivers;
  const modelled = allYears(plan);
  const budget = budgetYears(plan);
  const problems: string[] = [];
  const need = (
    path: string,
    values: Readonly<Record<string, number>> | undefined,
    years: readonly number[],
  ) => {
    if (!values) return;
    const absent = years.filter((year) => values[String(year)] === undefined);
    if (absent.length > 0) problems.push(`${path}: värden saknas för ${absent.join(', ')}`);
  };
  need('drivers.skattesats.values', d.skattesats.values, modelled);
  need('drivers.befolkning.values', d.befolkning?.values, modelled);
  need('drivers.skatteunderlagstillvaxt.values', d.skatteunderlagstillvaxt?.values, modelled);
  need('drivers.prisindex.values', d.prisindex?.values, modelled);
  need('drivers.investeringar.materiella', d.investeringar?.materiella, budget);
  need('drivers.ansvarsforbindelse.values', d.ansvarsforbindelse?.values, budget);
  const stems = new Map<string, string>();
  plan.namnder?.list.forEach((namnd, i) => {
    // Each nämnd's rows are named after it (`Anslag_året_innan_Regionstyrelsen`): two may not meet in one.
    const stem = slug(namnd.name).toLowerCase();
    const other = stems.get(stem);
    if (other !== undefined)
      problems.push(
        `namnder.list.${i}: ”${namnd.name.slice(0, 40)}” och ”${other.slice(0, 40)}” går inte att skilja åt`,
      );
    stems.set(stem, namnd.name);
    need(`namnder.list.${i}.anslagAretInnan`, namnd.anslagAretInnan, budget.slice(0, 1));
    need(`namnder.list.${i}.ram`, namnd.ram, budget);
  });
  const goalIds = plan.goals.map((goal) => goal.id);
  goalIds.forEach(
    (id, i) => goalIds.indexOf(id) !== i && problems.push(`goals.${i}: målet ${id} finns två gånger`),
  );
  if (!plan.goals.some((goal) => goal.kind === 'balanskrav'))
    problems.push('goals: balanskravet (kommunallagen 11 kap.) saknas bland målen');
  return problems;
};

/** The balanskrav block's years and reserves fit the plan (planSchema: balanskravBlockSchema). */
const balanskravChecks = (plan: Plan): string[] => {
  const block = plan.balanskrav;
  if (!block) return [];
  const modelled = allYears(plan);
  const firstColumn = plan.years.history?.[0] ?? modelled[0] ?? 0;
  const problems: string[] = [];
  const unique = (path: string, years: readonly number[]) =>
    years.forEach(
      (y, i) => years.indexOf(y) !== i && problems.push(`${path}.${i}: året ${y} finns två gånger`),
    );
  const deficits = block.earlierDeficits ?? [];
  deficits.forEach((d, i) => {
    if (d.year >= firstColumn)
      problems.push(
        `balanskrav.earlierDeficits.${i}: ${d.year} är inget år före planen (före ${firstColumn}); planens egna år räknas ur resultatbudgeten`,
      );
  });
  unique(
    'balanskrav.earlierDeficits',
    deficits.map((d) => d.year),
  );
  const decisions = block.synnerligaSkal ?? [];
  decisions.forEach((d, i) => {
    if (!modelled.includes(d.year))
      problems.push(
        `balanskrav.synnerligaSkal.${i}: ${d.year} är inget budget- eller kalkylår; ett äldre beslut ingår i det tidigare underskottets belopp`,
      );
  });
  unique(
    'balanskrav.synnerligaSkal',
    decisions.map((d) => d.year),
  );
  (block.riktlinjer?.useYears ?? []).forEach((y, i) => {
    if (!modelled.includes(y))
      problems.push(`balanskrav.riktlinjer.useYears.${i}: ${y} är inget budget- eller kalkylår`);
  });
  const printed = plan.statements.balansbudget?.rows ?? [];
  for (const reserve of ['resultatutjamningsreserv', 'resultatreserv'] as const) {
    const row = printed.find((r) => r.id === reserve);
    if (block.reserves?.[reserve] && row?.values[String(plan.years.base)] !== undefined)
      problems.push(
        `balanskrav.reserves.${reserve}: balansbudgeten anger redan reservens saldo ${plan.years.base}; ange det på ett ställe`,
      );
  }
  return problems;
};

/** Every source names a document the plan lists. */
const documentChecks = (plan: Plan): string[] => {
  const problems: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}.${i}`));
    else if (isPlainObject(value)) {
      const source = value as Partial<Source>;
      if (
        source.kind === 'document' &&
        typeof source.document === 'string' &&
        !(source.document in plan.documents)
      )
        problems.push(`${path}.document: dokumentet "${source.document}" finns inte under documents`);
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
    }
  };
  visit(plan, '');
  return problems;
};

/** Reads a plan of any released schema version: version 1 is migrated to the current one. */
const currentOf = (input: Record<string, unknown>): Plan => {
  if (input.schemaVersion === 1) {
    const old = v.safeParse(planSchemaV1, input);
    if (!old.success) throw new PlanError(describeIssues(old.issues));
    return migratePlanV1(old.output);
  }
  const result = v.safeParse(planSchema, input);
  if (!result.success) throw new PlanError(describeIssues(result.issues));
  return result.output;
};

/**
 * Validates an unknown value (a parsed JSON plan file) and returns it as a typed, frozen {@link Plan}: the
 * schema, then what the schema cannot say (years in order, every figure the model needs, each own row's
 * place). Version 1 files are migrated.
 *
 * @throws {@link PlanError} naming every field that is missing or wrong; never anything else.
 * @example
 *   const plan = parsePlan(JSON.parse(text)); // PlanError: "statements.resultatbudget.rows.4.values.2025: ett tal väntades (fick "7 926")"
 */
export const parsePlan = (input: unknown): Plan => {
  if (!isPlainObject(input)) throw new PlanError(['(hela filen): ett objekt väntades']);
  const plan = currentOf(input);
  const problems = [
    ...yearChecks(plan),
    ...(['resultatbudget', 'balansbudget', 'finansieringsbudget'] as const).flatMap((kind) =>
      statementChecks(plan, kind),
    ),
    ...revenueChecks(plan),
    ...coverage(plan),
    ...balanskravChecks(plan),
    ...documentChecks(plan),
  ];
  if (problems.length > 0) throw new PlanError(problems.slice(0, 10));
  const frozen = deepFreeze(plan);
  try {
    compileWorkbook(frozen, NO_CHANGES);
  } catch (error) {
    throw new PlanError([
      `Planen går inte att räkna: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  return frozen;
};

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};
