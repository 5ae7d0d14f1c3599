import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

/**
 * The built-in plans load when the plan library opens, each in a chunk of its own (npm run bench: the first
 * script stays under its 350 kB gzip): no module of the app imports a plan file statically. The tests' own
 * shortcut to Norrbotten (src/model/norrbottenPlan.ts) is imported by no module of the app.
 */
it('no module of the app imports a built-in plan file statically', () => {
  const sources = files('src').map((file) => ({ file, code: readFileSync(file, 'utf8') }));
  const staticPlanImports = sources
    .filter(({ code }) => /^import[^;]*from\s+'[^']*fixtures\/plans\/[^']*';/m.test(code))
    .map(({ file }) => file);
  expect(staticPlanImports).toEqual(['src/model/norrbottenPlan.ts']);
  const importers = sources
    .filter(({ code }) => /from\s+'[^']*\/norrbottenPlan'/.test(code))
    .map(({ file }) => file);
  expect(importers).toEqual([]);
  const loader = sources.find(({ file }) => file === 'src/model/builtInPlans.ts')?.code ?? '';
  expect(loader.match(/import\('\.\.\/\.\.\/fixtures\/plans\/[^']+\.json'\)/g)).toHaveLength(3);
});
