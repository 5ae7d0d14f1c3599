import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInPlans } from '../../src/model/builtInPlans';
import { allYears, historyYears } from '../../src/model/years';

/** The plan is data: these folders may not name an organisation, a nämnd, a goal's threshold or a plan year. */
const FOLDERS = ['src/ui', 'src/charts', 'src/scenarios', 'src/cli'];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

/** The code without comments (which may give examples) and without import paths (an example's file name). */
const codeOf = (source: string): string =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
    .replace(/^import[\s\S]*?from\s+'[^']*';$/gm, '');

const plans = await loadBuiltInPlans();
/** Organisations with and without their kind ("Region Norrbotten", "Norrbotten"), and every nämnd. */
const NAMES = [
  ...plans.flatMap((plan) => [
    plan.organisation.name,
    plan.organisation.name.replace(/^Region /, '').replace(/ kommun$/, ''),
  ]),
  ...plans.flatMap((plan) => plan.namnder?.list.map((namnd) => namnd.name) ?? []),
  'styrelsen',
];
/** Every goal's and resultatkrav's limit as a percentage in text: "16 %", "1 %" (0 is the law, not a choice). */
const THRESHOLDS = [
  ...new Set(
    plans.flatMap((plan) => [
      ...plan.goals.flatMap((goal) => [
        'min' in goal ? goal.min : undefined,
        'max' in goal ? goal.max : undefined,
      ]),
      plan.resultatkrav?.percent,
    ]),
  ),
].filter((value): value is number => value !== undefined && value !== 0);
const YEARS = [
  ...new Set(plans.flatMap((plan) => [plan.years.base, ...historyYears(plan), ...allYears(plan)])),
];

const sv = (n: number) => String(n).replace('.', ',');
const PATTERNS: readonly { what: string; pattern: RegExp }[] = [
  ...NAMES.map((name) => ({ what: `namnet ${name}`, pattern: new RegExp(name, 'i') })),
  ...THRESHOLDS.map((n) => ({
    what: `gränsen ${sv(n)} %`,
    pattern: new RegExp(`(^|[^0-9,.])${sv(n).replace(',', '[,.]')}[\\s\\u00a0]+(%|procent)`),
  })),
  // A plan year as a literal, but not inside an ISO date (an example's timestamp).
  ...YEARS.map((year) => ({
    what: `året ${year}`,
    pattern: new RegExp(`(^|[^0-9-])${year}(?![0-9]|-[0-9]{2}-)`),
  })),
];

describe('the plan is data', () => {
  it('finds the built-in plans’ names, thresholds and years to look for', () => {
    expect(NAMES).toEqual(expect.arrayContaining(['Region Norrbotten', 'Sjöbo', 'Regionstyrelsen']));
    expect(THRESHOLDS).toEqual(expect.arrayContaining([1, 3, 16, 60]));
    expect(YEARS).toEqual(expect.arrayContaining([2020, 2024, 2025, 2030]));
  });

  it.each(FOLDERS)('%s names no organisation, nämnd, goal threshold or plan year in its code', (folder) => {
    const found = files(folder).flatMap((file) => {
      const code = codeOf(readFileSync(file, 'utf8'));
      return code
        .split('\n')
        .flatMap((line, i) =>
          PATTERNS.filter(({ pattern }) => pattern.test(line)).map(
            ({ what }) => `${file}:${i + 1}: ${what}: ${line.trim()}`,
          ),
        );
    });
    expect(found).toEqual([]);
  });

  it('catches such a literal when one is written', () => {
    const hits = (code: string) =>
      PATTERNS.filter(({ pattern }) => pattern.test(codeOf(code))).map((p) => p.what);
    expect(hits("const namnd = 'Regionstyrelsen';")).toContain('namnet Regionstyrelsen');
    expect(hits('const label = `Soliditet ≥ 16 %`;')).toContain('gränsen 16 %');
    expect(hits('const first = 2025;')).toContain('året 2025');
    expect(hits("const at = '2026-11-24T12:00:00.000Z'; // 2025")).toEqual([]);
  });
});
