import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  execFileSync('npx', ['tsx', 'src/cli/calc.ts', ...args], { encoding: 'utf8' });

type Json = {
  statements: Record<string, { id: string; values: Record<string, number | boolean | null> }[]>;
  goals: { id: string; years: Record<string, { value: number; met: boolean }> }[];
  reconciliation: { withinTolerance: boolean }[];
};
const row = (json: Json, sheet: string, id: string) =>
  json.statements[sheet]?.find((r) => r.id === id)?.values ?? {};

describe('npm run calc', () => {
  it('--json reproduces DOMAIN.md §1–2 and prints the three goals as published', () => {
    const json = JSON.parse(run('--json')) as Json;
    expect(row(json, 'Resultatbudget', 'skatteintakter')).toMatchObject({ 2025: 7926, 2030: 9412 });
    expect(Math.round(row(json, 'Balansbudget', 'summa_tillgangar')['2026'] as number)).toBe(14062);
    expect(Math.round(row(json, 'Finansieringsbudget', 'likvida_medel_slut')['2026'] as number)).toBe(-361);
    expect(json.reconciliation.length).toBeGreaterThan(150);
    expect(json.reconciliation.every((line) => line.withinTolerance)).toBe(true);
    const goal = (id: string) => json.goals.find((g) => g.id === id)?.years['2025'];
    expect(goal('resultat')).toMatchObject({ met: true });
    expect(goal('resultat')?.value).toBeCloseTo(1.2, 1);
    expect(Math.round(goal('soliditet')?.value ?? 0)).toBe(18);
    expect(goal('sjalvfinansiering')).toMatchObject({ met: false });
    expect(Math.round(goal('sjalvfinansiering')?.value ?? 0)).toBe(36);
  });

  it('applies a scenario file and prints CSV with Swedish decimals', () => {
    const text = run('fixtures/scenarios/skatt-plus-10-ore.json', '--csv');
    const line = text.split('\n').find((l) => l.startsWith('Resultatbudget;skatteintakter;'));
    expect(line).toMatch(/^Resultatbudget;skatteintakter;Skatteintäkter;mnkr;7995,8942;/);
  });

  it('refuses a broken scenario file with a Swedish message and exit code 1', () => {
    const result = spawnSync('npx', ['tsx', 'src/cli/calc.ts', 'package.json'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/inte en scenariofil från Budgetverkstad/);
  });
});

// Two CLI runs a test: each starts tsx, slow on a busy machine.
describe('npm run calc -- --plan and --plan-template', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'calc-plan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sjobo = 'fixtures/plans/sjobo-2024-2027.json';

  it('--plan runs another plan: Sjöbo’s balanskravsresultat 2024 is −18,6 as its budget prints', () => {
    const json = JSON.parse(run('--plan', sjobo, '--json')) as Json & { plan: { id: string } };
    expect(json.plan.id).toBe('sjobo-2024-2027');
    expect(row(json, 'Resultatbudget', 'balanskravsresultat')['2024']).toBeCloseTo(-18.6, 6);
    expect(row(json, 'Resultatbudget', 'arets_resultat')['2025']).toBeCloseTo(40, 6);
  });

  it('answers the revisor’s three questions for Sjöbo: 2024 fails, 4,8 + 18,6 are restored by 2025', () => {
    const text = run('--plan', sjobo);
    expect(text).toContain(
      'Uppfylls balanskravet? Nej, negativt balanskravsresultat 2024 (−18,6\u00a0mnkr).',
    );
    expect(text).toContain('Återställs underskotten i tid? Ja, varje underskott återställs inom tre år.');
    const json = JSON.parse(run('--plan', sjobo, '--json')) as {
      balanskrav: { years: { year: number; left: number; atgardsplanKravs: boolean }[] };
    };
    const left = Object.fromEntries(json.balanskrav.years.map((y) => [y.year, y.left]));
    expect(left[2024]).toBeCloseTo(23.4, 6);
    expect(left[2025]).toBe(0);
  });

  it('--plan-template writes the empty template, which --plan refuses naming what is missing', () => {
    const file = join(dir, 'mall.xlsx');
    expect(run('--plan-template', file)).toMatch(/En tom mall är sparad i/);
    expect(existsSync(file)).toBe(true);
    const result = spawnSync('npx', ['tsx', 'src/cli/calc.ts', '--plan', file], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Planen i .*mall\.xlsx kan inte användas:/);
    expect(result.stderr).toMatch(/Planen!B3: skriv organisationens namn/);
    expect(result.stderr).toMatch(/Planen!B8: skriv första budgetåret/);
  });

  it('a template pre-filled with --plan reads back as the plan', () => {
    const file = join(dir, 'sjobo.xlsx');
    expect(run('--plan-template', file, '--plan', sjobo)).toMatch(
      /Mallen med planen Budget 2024 med plan 2025–2027/,
    );
    const json = JSON.parse(run('--plan', file, '--json')) as Json;
    expect(row(json, 'Resultatbudget', 'balanskravsresultat')['2024']).toBeCloseTo(-18.6, 6);
  });

  it('a broken plan file is refused in Swedish with exit code 1, a bad argument with 2', () => {
    const broken = spawnSync('npx', ['tsx', 'src/cli/calc.ts', '--plan', 'package.json'], {
      encoding: 'utf8',
    });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/Planen i package.json kan inte användas:\n {2}format: fältet saknas/);
    const usage = spawnSync('npx', ['tsx', 'src/cli/calc.ts', '--plan'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^Användning:/);
  });
});

describe('npm run calc -- --simulate', { timeout: 120_000 }, () => {
  type Summary = {
    draws: number;
    scenarios: { years: { year: number; balanskrav: { p: number } }[] }[];
    secondBetter: { year: number; chance: { p: number } }[];
  };

  it('gives the same figures for the same seed, for the plan and a scenario on the same draws', () => {
    const args = ['fixtures/scenarios/skatt-plus-10-ore.json', '--simulate', '2000', '--seed', '5', '--json'];
    const first = run(...args);
    expect(run(...args)).toBe(first);
    const json = JSON.parse(first) as Summary;
    expect(json.draws).toBe(2000);
    const [plan, scenario] = json.scenarios;
    // Ten öre more skatt every year is more balanskravsresultat in every draw of every year.
    expect(json.secondBetter.map((y) => y.chance.p)).toEqual([1, 1, 1, 1, 1, 1]);
    plan?.years.forEach((year, i) =>
      expect(scenario?.years[i]?.balanskrav.p).toBeGreaterThanOrEqual(year.balanskrav.p),
    );
  });

  it('says the chance in words and refuses a count that is not a whole number', () => {
    const text = run('--simulate', '500');
    expect(text).toMatch(/Sannolikheten att balanskravet klaras \d{4} är \d+ % med planen: i /);
    expect(text).toMatch(/Skatteunderlagets tillväxt: 0,55 \/ 1,00 \/ 1,30 \/ 1,50 \(bedömning\)/);
    const bad = spawnSync('npx', ['tsx', 'src/cli/calc.ts', '--simulate', '1,5'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('Antalet dragningar ska vara ett heltal, inte 1,5.\n');
  });
});
