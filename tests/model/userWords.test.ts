import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/cli/renderText';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { evaluateGoals, goalDefinitions } from '../../src/model/goals';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { statementTables } from '../../src/model/statementTables';
import { modelRows } from '../../src/model/modelRows';
import { UNIT_NAMES } from '../../src/model/rowSpec';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import vasternorrlandJson from '../../fixtures/plans/vasternorrland-2022-2024.json';
import { parsePlan } from '../../src/model/parsePlan';
import type { Plan } from '../../src/model/planSchema';
import { planModelOf } from '../../src/model/rows/planModel';
import { exampleScenarios } from '../../src/scenarios/examples';
import { projectorDriversFor, stepButtonLabel, stepGroupLabel } from '../../src/scenarios/projectorDrivers';
import { plan as norrbotten } from '../helpers';
import { endsWithUnit, internalWords } from '../internalWords';

const plans: readonly Plan[] = [norrbotten, parsePlan(sjoboJson), parsePlan(vasternorrlandJson)];
const driversOf = (plan: Plan) => {
  const rows = modelRows(plan);
  return projectorDriversFor(plan, (id) => rows.byId.has(id));
};

describe.each(plans.map((plan) => [plan.organisation.name, plan] as const))(
  'words a user reads: %s',
  (_, plan) => {
    /** The plan's own keys for its documents (`sp2025`): data, never words for a reader. */
    const documentKeys = Object.keys(plan.documents);
    const problemsIn = (where: string, text: string | undefined): string[] =>
      text === undefined ? [] : internalWords(text, documentKeys).map((problem) => `${where}: ${problem}`);
    const sourceText = planModelOf(plan).sourceText;

    it('no row label, section, definition or source holds an internal word or a doubled unit', () => {
      const problems = modelRows(plan).all.flatMap((row) => [
        ...problemsIn(`${row.id} label`, row.label),
        ...problemsIn(`${row.id} section`, row.section),
        ...problemsIn(`${row.id} definition`, row.definition),
        ...problemsIn(`${row.id} source`, row.source),
        // The grid, Jämför, the CLI and Excel print the unit after the label.
        ...(endsWithUnit(row.label, UNIT_NAMES[row.unit])
          ? [`${row.id} label: ends with its unit "${UNIT_NAMES[row.unit]}"`]
          : []),
        ...problemsIn(`${row.id} label + unit`, `${row.label} ${UNIT_NAMES[row.unit]}`),
      ]);
      expect(problems).toEqual([]);
    });

    it('no goal text holds an internal word', () => {
      const problems = goalDefinitions(plan).flatMap((goal) => [
        ...(['label', 'shortLabel', 'requirement'] as const).flatMap((key) =>
          problemsIn(`${goal.id} ${key}`, goal[key]),
        ),
        ...problemsIn(`${goal.id} source`, sourceText(goal.source)),
      ]);
      expect(problems).toEqual([]);
    });

    it('no built-in example names or notes an internal word', () => {
      const problems = exampleScenarios(plan).flatMap((example) => [
        ...problemsIn(`${example.id} name`, example.name),
        ...Object.entries(example.notes).flatMap(([key, note]) => problemsIn(`${example.id} ${key}`, note)),
        ...example.changes.frameChanges.flatMap((change) => [
          ...problemsIn(`${change.id} name`, change.name),
          ...problemsIn(`${change.id} note`, change.note),
        ]),
      ]);
      expect(problems).toEqual([]);
    });

    it('names the projector controls in Swedish, the price index by the plan’s name', () => {
      const drivers = driversOf(plan);
      const skatt = drivers.find((driver) => driver.id === 'skattesats');
      if (!skatt) throw new Error('Skattesatsen saknas i projektorläget');
      expect(stepButtonLabel(skatt, 0.1)).toBe('Öka skattesats med 10 öre');
      const problems = drivers.flatMap((driver) =>
        [
          driver.label,
          stepGroupLabel(driver),
          ...driver.steps.map((step) => stepButtonLabel(driver, step)),
        ].flatMap((text) => problemsIn(driver.id, text)),
      );
      expect(problems).toEqual([]);
    });

    it('the calculator prints no internal word', () => {
      const { workbook, results } = calculateOnce(plan, NO_CHANGES);
      const sheets = ['Resultatbudget', 'Balansbudget', 'Finansieringsbudget', 'Nyckeltal'] as const;
      const text = renderText(
        plan,
        null,
        statementTables(workbook, results, sheets),
        evaluateGoals(plan, results),
      );
      expect(text.split('\n').flatMap((line) => problemsIn('calc', line))).toEqual([]);
    });
  },
);

describe('words a user reads, in every plan', () => {
  it('names the price index by the plan’s own name: "Minska LPIK", never "minska lpik"', () => {
    const lpik = driversOf(norrbotten).find((driver) => driver.id === 'prisindex');
    if (!lpik) throw new Error('LPIK saknas i projektorläget');
    expect(stepButtonLabel(lpik, -0.1)).toBe('Minska LPIK med 0,1 procentenheter');
    expect(stepGroupLabel(lpik)).toBe('Ändra LPIK');
    const kompensation = driversOf(parsePlan(sjoboJson)).find((driver) => driver.id === 'prisindex');
    expect(kompensation && stepGroupLabel(kompensation)).toBe('Ändra pris- och lönekompensation');
    // A plan without a befolkning series offers no befolkning control.
    expect(driversOf(parsePlan(vasternorrlandJson)).map((driver) => driver.id)).not.toContain('befolkning');
  });

  it('cites a plan section as a reader would: the plan, the organisation, the section', () => {
    const sourceText = planModelOf(norrbotten).sourceText;
    expect(sourceText(norrbotten.statements.resultatbudget.source)).toBe(
      'Strategisk plan 2025–2027, Region Norrbotten, avsnitt Resultatbudget 2025–2027 och kalkyl 2028–2030',
    );
    // A document the plan does not list is cited by its section only, never by its key.
    expect(sourceText({ kind: 'document', document: 'okand', section: 'avsnitt Balansbudget' })).toBe(
      'avsnitt Balansbudget',
    );
  });

  it('the word rules catch what they are for', () => {
    expect(internalWords('Region Norrbotten, Strategisk plan 2025–2027 (seed 004)')).toEqual(['seed: seed']);
    expect(internalWords('Modellsamband, DOMAIN.md §4')).toEqual([
      'file name: DOMAIN.md',
      'internal document: DOMAIN',
    ]);
    expect(internalWords('Marginal till närmaste gräns, mnkr mnkr')).toEqual(['doubled unit: mnkr mnkr']);
    expect(internalWords('Marginal (mnkr) (mnkr)')).toEqual(['doubled unit: mnkr) (mnkr']);
    expect(internalWords('se arets_resultat')).toEqual(['id with underscore: arets_resultat']);
    expect(internalWords('källa sp2025', ['sp2025'])).toEqual(['internal key: sp2025']);
    expect(internalWords('Skatt +10 öre, år för år, 1 234 mnkr, 11,34 kr, 3 % och 0,5 p.e.')).toEqual([]);
    expect(endsWithUnit('Skatteunderlag jämfört med planen (faktor)', 'faktor')).toBe(true);
    expect(endsWithUnit('Resultat krav 1 %', 'mnkr')).toBe(false);
  });
});
