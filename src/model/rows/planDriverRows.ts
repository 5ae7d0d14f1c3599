import { RELATIONS } from './derivedRow';
import { catalogueRow } from '../catalogue/catalogue';
import { nameStem } from '../names';
import { printedParts } from '../planStatements';
import {
  published,
  type FormulaContext,
  type FormulaRow,
  type PlanConstantRow,
  type RowSpec,
} from '../rowSpec';
import type { PlanModel, RevenueModelLine } from './planModel';
import { planTwinId } from './statementRows';

const constant = (spec: Omit<PlanConstantRow, 'kind' | 'sheet'>): PlanConstantRow => ({
  kind: 'plan',
  sheet: 'Plan',
  ...spec,
});
const formula = (spec: Omit<FormulaRow, 'kind' | 'sheet'>): FormulaRow => ({
  kind: 'formula',
  sheet: 'Plan',
  ...spec,
});
const skatt = 'Skatt, utjämning och befolkning';
const verksamhet = 'Verksamhet och nämndramar';

/** "Hälso- och sjukvårdsnämnden" → "Hälso_och_sjukvårdsnämnden": a nämnd's name in row ids and named cells. */
export const slug = (namnd: string): string => nameStem(namnd);

const revenueRow = (m: PlanModel, line: RevenueModelLine): PlanConstantRow => {
  const derived = Object.entries(line.derived);
  const main = m.sourceText(line.source ?? m.plan.revenue?.source ?? m.rb.source);
  return constant({
    id: `plan_intakt_${line.id}`,
    name: `Planens_${nameStem(line.label).toLowerCase()}`,
    label: `Planens ${line.label.toLowerCase()}`,
    unit: 'mnkr',
    span: 'all',
    section: skatt,
    planValue: (y) => published(line.values, y, line.label.toLowerCase()),
    definition: `${line.label} enligt planen (${line.group === 'skatt' ? 'skatt' : 'statsbidrag och utjämning'}).${line.note ? ` ${line.note}` : ''}`,
    source: derived.length === 0 ? main : `${main}; härlett: ${derived.map(([, why]) => why).join('; ')}`,
  });
};

/** `=A_2025+B_2025` over the revenue lines that `pick` selects; `undefined` when none does. */
const revenueSum = (m: PlanModel, pick: (line: RevenueModelLine) => boolean) => {
  const lines = m.revenue.filter(pick);
  if (lines.length === 0) return undefined;
  return (y: number, f: Parameters<FormulaRow['formula']>[1]) =>
    lines.map((line) => f.ref(`plan_intakt_${line.id}`, y)).join('+');
};

/** The plan's skatt and utjämning lines, the skatteunderlag they imply, skattesats and befolkning. */
const taxRows = (m: PlanModel): RowSpec[] => {
  const d = m.plan.drivers;
  const underlag = revenueSum(m, (line) => line.behaviour === 'skatt');
  const fast = revenueSum(m, (line) => line.group === 'skatt' && line.behaviour === 'fast');
  const utjamning = revenueSum(m, (line) => line.behaviour === 'inkomstutjamning');
  const following = revenueSum(m, (line) => line.behaviour !== 'fast');
  const rows: RowSpec[] = [
    ...m.revenue.map((line) => revenueRow(m, line)),
    constant({
      id: 'plan_skattesats',
      name: 'Planens_skattesats',
      label: 'Planens skattesats',
      unit: 'kr',
      span: 'all',
      section: skatt,
      planValue: (y) => published(d.skattesats.values, y, 'skattesats'),
      definition: 'Utdebitering i kronor per skattekrona enligt planen.',
      source: m.sourceText(d.skattesats.source),
    }),
    formula({
      id: 'plan_skatteunderlag',
      name: 'Planens_skatteunderlag',
      label: 'Planens skatteunderlag',
      unit: 'mnkr',
      span: 'all',
      section: skatt,
      formula: (y, f) => `=(${underlag ? underlag(y, f) : '0'})/${f.ref('plan_skattesats', y)}*100`,
      definition:
        'Det beskattningsbara underlag som planens skatteintäkter bygger på: skatteintäkter = skatteunderlag × skattesats / 100.',
      source: RELATIONS.skatt,
    }),
  ];
  if (fast)
    rows.push(
      formula({
        id: 'plan_skatt_fasta_poster',
        name: 'Planens_fasta_skatteposter',
        label: 'Planens skatteposter som inte följer skattesatsen',
        unit: 'mnkr',
        span: 'all',
        section: skatt,
        formula: (y, f) => `=${fast(y, f)}`,
        definition: 'Slutavräkningar och andra skatteposter som inte ändras med skattesats eller underlag.',
        source: RELATIONS.skatt,
      }),
    );
  if (utjamning)
    rows.push(
      formula({
        id: 'plan_inkomstutjamning',
        name: 'Planens_inkomstutjämning',
        label: 'Planens inkomstutjämning',
        unit: 'mnkr',
        span: 'all',
        section: skatt,
        formula: (y, f) => `=${utjamning(y, f)}`,
        definition:
          'Inkomstutjämningen enligt planen: följer skatteunderlagets tillväxt, inte den egna skattesatsen.',
        source: RELATIONS.skatt,
      }),
    );
  const befolkning = d.befolkning;
  if (befolkning)
    rows.push(
      formula({
        id: 'plan_skatteandel',
        name: 'Planens_skatteandel',
        label: 'Skatteintäkternas andel av det som följer befolkningen',
        unit: 'andel',
        span: 'all',
        section: skatt,
        formula: (y, f) => `=(${underlag ? underlag(y, f) : '0'})/(${following ? following(y, f) : '1'})`,
        definition:
          'Den del av befolkningseffekten som går till skatteintäkterna; resten går till de statsbidrag som följer befolkningen.',
        source: RELATIONS.befolkning,
      }),
      constant({
        id: 'plan_befolkning',
        name: 'Planens_befolkning',
        label: 'Planens befolkning',
        unit: 'invanare',
        span: 'all',
        section: skatt,
        planValue: (y) => published(befolkning.values, y, 'befolkning'),
        definition: `Befolkningen (${befolkning.date}) enligt planen.`,
        source: m.sourceText(befolkning.source),
      }),
    );
  rows.push(
    constant({
      id: 'plan_skatteunderlagstillvaxt',
      name: 'Planens_skatteunderlagstillväxt',
      label: 'Planens skatteunderlagstillväxt',
      unit: 'procent',
      span: 'all',
      section: skatt,
      planValue: (y) => d.skatteunderlagstillvaxt?.values?.[String(y)] ?? 0,
      definition: d.skatteunderlagstillvaxt?.values
        ? 'Skatteunderlagets tillväxt enligt planens prognos.'
        : 'Planen publicerar ingen tillväxt: 0, så att antagandet är en ändring mot planen.',
      source: d.skatteunderlagstillvaxt ? m.sourceText(d.skatteunderlagstillvaxt.source) : RELATIONS.skatt,
    }),
  );
  return rows;
};

/** The price index, the nämnd frames it uprates, the investments and the pension portfolio, as planned. */
const operationsRows = (m: PlanModel): RowSpec[] => {
  const d = m.plan.drivers;
  const rows: RowSpec[] = [];
  const index = d.prisindex;
  const namnder = m.plan.namnder;
  if (index && m.target('kostnader')) {
    rows.push(
      constant({
        id: 'plan_prisindex',
        name: 'Planens_prisindex',
        label: `Planens ${index.name}`,
        unit: 'procent',
        span: 'all',
        section: verksamhet,
        planValue: (y) => index.values?.[String(y)] ?? 0,
        definition: index.values
          ? `${index.label} enligt planen.`
          : 'Planen publicerar inget index: 0, så att antagandet är en ändring mot planen.',
        source: m.sourceText(index.source),
      }),
    );
    if (namnder)
      for (const namnd of namnder.list)
        rows.push(
          constant({
            id: `anslag_${slug(namnd.name)}`,
            name: `Anslag_året_innan_${slug(namnd.name)}`,
            label: `${namnd.name}: anslag ${m.plan.years.base}`,
            unit: 'mnkr',
            span: 'first',
            section: verksamhet,
            planValue: (y) => published(namnd.anslagAretInnan, y, `anslag året innan för ${namnd.name}`),
            definition: `Nämndens nettokostnadsram året före planperioden (${m.plan.years.base}).`,
            source: m.sourceText(namnder.source),
          }),
          constant({
            id: `ram_${slug(namnd.name)}`,
            name: `Nettokostnadsram_${slug(namnd.name)}`,
            label: `${namnd.name}: nettokostnadsram`,
            unit: 'mnkr',
            span: 'budget',
            section: verksamhet,
            planValue: (y) => published(namnd.ram, y, `nettokostnadsram för ${namnd.name}`),
            definition: 'Anslag året innan + prisuppräkning + ramförändring + omfördelning.',
            source: m.sourceText(namnder.source),
          }),
        );
    rows.push(ramunderlag(m));
  }
  for (const kind of m.investments?.kinds ?? [])
    rows.push(
      constant({
        id: `plan_investeringar_${kind}`,
        name: `Planens_${kind}_investeringar`,
        label: `Planens ${kind} investeringar`,
        unit: 'mnkr',
        span: 'budget',
        section: 'Investeringar, balans och likviditet',
        planValue: (y) => published(m.investments?.values[kind] ?? {}, y, `${kind} investeringar`),
        definition: 'Investeringsutgifterna enligt planen (likviditetseffekt).',
        source: m.sourceText(m.investments?.source ?? m.rb.source),
      }),
    );
  const portfolj = d.pensionsportfolj;
  if (portfolj && m.target('orealiserad') && m.target('finansiellaIntakter'))
    rows.push(
      formula({
        id: 'plan_orealiserad_avkastning',
        name: 'Planens_orealiserade_avkastning',
        label: 'Planens orealiserade avkastning på pensionsportföljen',
        unit: 'mnkr',
        span: 'all',
        section: verksamhet,
        formula: (y, f) => `=-${f.ref(planTwinId('orealiserade_vinster_vardepapper'), y)}`,
        definition: 'Den avkastning i finansiella intäkter som planen räknar bort ur balanskravsresultatet.',
        source: m.sourceText(m.rb.source),
      }),
      constant({
        id: 'plan_pensionsavkastning',
        name: 'Planens_pensionsavkastning',
        label: 'Planens avkastning på pensionsportföljen',
        unit: 'procent',
        span: 'all',
        section: verksamhet,
        planValue: () => portfolj.expectedReturn,
        definition: 'Förväntad nominell avkastning enligt planen.',
        source: m.sourceText(portfolj.source),
      }),
    );
  return rows;
};

/**
 * The plan's verksamhetens nettokostnad in a year: the printed row, or where the plan prints none (it goes
 * from intäkter, kostnader and avskrivningar straight to verksamhetens resultat), the printed lines it is
 * made of; `undefined` in a year without them.
 */
const planNetCost = (m: PlanModel) => {
  const id = 'verksamhetens_nettokostnad';
  const own = m.plan.statements.resultatbudget.rows.filter((row) => !catalogueRow(row.id));
  const printed = new Set(m.rb.rows.map((row) => row.id));
  const twins = (m.rb.byId.has(id) ? [id] : printedParts(id, printed, own)).map(planTwinId);
  return (y: number, f: FormulaContext): string | undefined => {
    const present = twins.filter((twin) => f.has(twin, y)).map((twin) => f.ref(twin, y));
    return present.length <= 1 ? present[0] : `(${present.join('+')})`;
  };
};

/**
 * What the price index uprates: the nämnder's frames the year before where the plan publishes them,
 * otherwise the plan's verksamhetens nettokostnad the year before (for the first year without one, the
 * first year's net cost deflated by the index).
 */
const ramunderlag = (m: PlanModel): FormulaRow => {
  const namnder = m.plan.namnder?.list ?? [];
  const net = planNetCost(m);
  return formula({
    id: 'ramunderlag',
    name: 'Ramunderlag',
    label: 'Ramunderlag (föregående års nettokostnad)',
    unit: 'mnkr',
    span: 'all',
    section: verksamhet,
    formula: (y, f) => {
      if (namnder.length > 0 && y === f.first)
        return `=-(${namnder.map((n) => f.ref(`anslag_${slug(n.name)}`, y)).join('+')})`;
      if (namnder.length > 0 && f.budgetYears.includes(y - 1))
        return `=-(${namnder.map((n) => f.ref(`ram_${slug(n.name)}`, y - 1)).join('+')})`;
      const before = net(y - 1, f);
      if (before) return `=-${before}`;
      return `=-${net(y, f) ?? '0'}/(1+${f.ref('plan_prisindex', y)}/100)`;
    },
    definition:
      'Det belopp som indexet räknar upp: nämndernas ramar föregående år där planen har dem, annars planens nettokostnad föregående år.',
    source: `${m.plan.namnder ? m.sourceText(m.plan.namnder.source) : m.sourceText(m.rb.source)}; ${RELATIONS.ramar}`,
  });
};

/** The Plan sheet's drivers: what the scenario's inputs are measured against. */
export const planDriverRows = (m: PlanModel): RowSpec[] => [...taxRows(m), ...operationsRows(m)];
