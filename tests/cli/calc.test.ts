import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

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
