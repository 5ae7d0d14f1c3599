import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A static server like `vite preview` whose files can be switched to another release while it runs. */
export type ReleaseServer = {
  readonly url: string;
  /** Serve `dir` from now on (the next request, the service worker's update check included). */
  readonly serve: (dir: string) => void;
  readonly close: () => Promise<void>;
};

/** Listens on a port the system picks (never one of the fixed e2e ports), on localhost. */
export const startReleaseServer = async (dir: string): Promise<ReleaseServer> => {
  let root = dir;
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path === '/' || !extname(path) ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    serve: (next) => (root = next),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser keeps its connections open; they would hold close() until they time out.
        server.closeAllConnections();
      }),
  };
};

/**
 * The next release of a build: a copy whose page differs (it carries `<meta name="release" content=…>`)
 * and whose service worker lists the page with its new revision, as a new build would (Workbox's
 * revision is the MD5 of the file). Every other file and revision is the same as in `dist`.
 */
export const nextRelease = (dist: string, release: string): { dir: string; remove: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'budgetverkstad-release-'));
  cpSync(dist, dir, { recursive: true });
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  const next = page.replace('<title>', `<meta name="release" content="${release}" />\n    <title>`);
  if (next === page) throw new Error('index.html has no <title> to mark the release by');
  writeFileSync(join(dir, 'index.html'), next);
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const listed = `{url:"index.html",revision:"${md5(page)}"}`;
  if (!worker.includes(listed)) throw new Error('sw.js does not list index.html with its revision');
  writeFileSync(join(dir, 'sw.js'), worker.replace(listed, `{url:"index.html",revision:"${md5(next)}"}`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
};
