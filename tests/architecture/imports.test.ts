import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The arrows of ARCHITECTURE.md: which src/ folder may import which, and who may import which library. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  model: [],
  format: ['model'],
  engine: ['model'],
  // Imported files (the plan template) hold Swedish number text: it goes through format's one parser.
  persistence: ['model', 'format'],
  charts: ['model', 'format'],
  scenarios: ['model', 'engine', 'persistence'],
  ui: ['scenarios', 'model', 'format', 'charts', 'pwa'],
  // The service worker's registration and the update's rules: nothing of the app's own.
  pwa: [],
  cli: ['model', 'engine', 'format', 'persistence'],
};
const LIBRARY_OWNERS: Readonly<Record<string, readonly string[]>> = {
  hyperformula: ['engine'],
  'idb-keyval': ['persistence'],
  echarts: ['charts'],
  react: ['ui', 'charts', 'scenarios', 'main.tsx'],
  'react-dom': ['main.tsx', 'ui'],
  '@tanstack/react-table': ['ui'],
  exceljs: ['persistence'],
  'virtual:pwa-register': ['pwa'],
  'workbox-window': ['pwa'],
};

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

const importsOf = (source: string): string[] =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1] ?? '');

const folderOf = (file: string): string => {
  const parts = relative('src', file).split('/');
  return parts.length === 1 ? (parts[0] ?? '') : (parts[0] ?? '');
};

describe('architecture', () => {
  const sources = files('src').map((file) => ({
    file,
    folder: folderOf(file),
    imports: importsOf(readFileSync(file, 'utf8')),
  }));

  it('finds the source tree', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(
      Object.keys(ALLOWED).every(
        (folder) =>
          sources.some((s) => s.folder === folder) ||
          folder === 'charts' ||
          folder === 'scenarios' ||
          folder === 'ui',
      ),
    ).toBe(true);
  });

  it('imports point one way between src/ folders', () => {
    const violations: string[] = [];
    for (const { file, folder, imports } of sources) {
      for (const path of imports.filter((p) => p.startsWith('.'))) {
        const target = folderOf(join(file, '..', path));
        if (target === folder || !(target in ALLOWED)) continue;
        if (!(ALLOWED[folder] ?? Object.keys(ALLOWED)).includes(target)) violations.push(`${file} → ${path}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('only the owning folder imports each library', () => {
    const violations: string[] = [];
    for (const { file, folder, imports } of sources) {
      for (const path of imports) {
        const library = Object.keys(LIBRARY_OWNERS).find((lib) => path === lib || path.startsWith(`${lib}/`));
        if (library && !(LIBRARY_OWNERS[library] ?? []).includes(folder))
          violations.push(`${file} → ${path}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no default exports, enums or barrel files', () => {
    for (const { file } of sources) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/export default|^\s*enum\s/m);
      expect(file).not.toMatch(/(^|\/)index\.tsx?$/);
    }
  });

  it('keeps HyperFormula out of the analysis worker (the batch evaluator runs there; a worker of 1 MB starts slowly)', () => {
    // Only imports that stay in the bundle: `import type …` is erased.
    const runtime = (file: string) =>
      importsOf(
        readFileSync(file, 'utf8')
          .replace(/^import type [^;]*;/gm, '')
          .replace(/^export type [^;]*;/gm, ''),
      );
    const byFile = new Map(sources.map((s) => [s.file, runtime(s.file)]));
    const resolve = (from: string, path: string) =>
      ['.ts', '.tsx', '/index.ts'].map((ext) => join(from, '..', path) + ext).find((f) => byFile.has(f));
    const reached = new Set<string>();
    const libraries = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const path of byFile.get(file) ?? []) {
        if (!path.startsWith('.')) libraries.add(path);
        else {
          const next = resolve(file, path);
          if (next) visit(next);
        }
      }
    };
    visit(join('src', 'engine', 'analysis.worker.ts'));
    expect(reached.size).toBeGreaterThan(10);
    expect([...libraries].filter((l) => l.startsWith('hyperformula'))).toEqual([]);
  });
});
