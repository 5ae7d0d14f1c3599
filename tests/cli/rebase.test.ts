import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NORRBOTTEN_REVISION_FILE } from '../model/revisions/norrbottenRevision';

const calc = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/calc.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'rebase-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Figure = {
  rowId: string;
  year: number;
  old: number | null;
  parts: Record<string, number>;
  rest: number;
  new: number;
  scenarioEffect: number;
  scenario: number;
};

describe('npm run calc -- --plan NEW --rebase scenario.json', () => {
  // The revision: skatteunderlagstillväxt 2025 4,8 → 3,7 %. By hand (DOMAIN.md §4): skatt 7 926 and
  // inkomstutjämning 937 scale by 1,037/1,048, so 2025 loses (7 926 + 937) × 0,011/1,048 = 93,03 mnkr.
  const json = calc(
    '--plan',
    NORRBOTTEN_REVISION_FILE,
    '--rebase',
    'fixtures/scenarios/skatt-plus-10-ore.json',
    '--json',
  );

  it('prints the bridge as JSON: the revised driver as the cause, parts adding up to the totals', () => {
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout) as { figures: Figure[]; rebased: { notCarried: unknown[] } };
    const row = out.figures.find((f) => f.rowId === 'balanskravsresultat' && f.year === 2025);
    expect(row?.parts['driver:skatteunderlagstillvaxt']).toBeCloseTo(-(7926 + 937) * (0.011 / 1.048), 3);
    for (const f of out.figures) {
      if (f.old === null) continue;
      const sum = Object.values(f.parts).reduce((a, b) => a + b, f.old) + f.rest;
      expect(Math.round(sum * 1e4)).toBe(Math.round(f.new * 1e4));
      expect(Math.round((f.new + f.scenarioEffect) * 1e4)).toBe(Math.round(f.scenario * 1e4));
    }
    expect(out.rebased.notCarried).toEqual([]);
  }, 180_000);

  it('prints the bridge as Swedish text, sv-SE numbers, with the changes that stayed behind', () => {
    const text = calc(
      '--plan',
      NORRBOTTEN_REVISION_FILE,
      '--rebase',
      'fixtures/scenarios/budgetforslag-v-2023.json',
    );
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^BALANSKRAVSRESULTAT \(mnkr\) +2025/m);
    expect(text.stdout).toMatch(/^ {2}Skatteunderlagstillväxt +−93 +−97/m);
    expect(text.stdout).toContain('Alla scenariots ändringar flyttades till den nya planen.');
    const sjobo = calc(
      '--plan',
      'fixtures/plans/sjobo-2024-2027.json',
      '--rebase',
      'fixtures/scenarios/budgetforslag-v-2023.json',
    );
    expect(sjobo.status).toBe(0);
    expect(sjobo.stdout).toMatch(/Ändringar som inte flyttades \(\d+\):/);
    expect(sjobo.stdout).toContain('Nämnden ”Regionstyrelsen” finns inte i Budget 2024 med plan 2025–2027.');
  }, 180_000);

  it('refuses bad arguments with exit code 2 and a file it cannot use with 1, in Swedish', () => {
    expect(calc('--rebase', 'fixtures/scenarios/skatt-plus-10-ore.json').status).toBe(2);
    const csv = calc(
      '--plan',
      NORRBOTTEN_REVISION_FILE,
      '--rebase',
      'fixtures/scenarios/skatt-plus-10-ore.json',
      '--csv',
    );
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain('--rebase scenario.json');
    expect(calc('--plan', NORRBOTTEN_REVISION_FILE, '--rebase').status).toBe(2);
    const broken = calc('--plan', NORRBOTTEN_REVISION_FILE, '--rebase', 'package.json');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^[A-ZÅÄÖ]/);
    const foreign = join(dir, 'annan-plan.json');
    const scenario = JSON.parse(readFileSync('fixtures/scenarios/skatt-plus-10-ore.json', 'utf8')) as {
      data: { plan: unknown };
    };
    scenario.data.plan = {
      id: 'gotland-2025',
      version: 1,
      name: 'Budget 2025',
      organisation: 'Region Gotland',
    };
    writeFileSync(foreign, JSON.stringify(scenario));
    const missing = calc('--plan', NORRBOTTEN_REVISION_FILE, '--rebase', foreign);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      'Scenariot gäller Budget 2025, Region Gotland (”gotland-2025”), som inte är en inbyggd plan.',
    );
  }, 180_000);
});
