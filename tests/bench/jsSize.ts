import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Chunk = {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
  readonly initial: boolean;
};

/**
 * Every .js chunk in `dist/assets`, gzip-compressed with zlib's default level. Initial chunks are the ones
 * index.html loads itself (a module script or a modulepreload link); the rest load lazily.
 */
export const jsChunks = (dist: string): Chunk[] => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.js)"/g)]
      .filter(([tag]) => tag.startsWith('<script') || /rel="modulepreload"/.test(tag))
      .map(([, path]) => path),
  );
  return readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const content = readFileSync(join(dist, 'assets', name));
      return {
        file: `assets/${name}`,
        bytes: content.length,
        gzip: gzipSync(content).length,
        initial: referenced.has(`assets/${name}`),
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
};
