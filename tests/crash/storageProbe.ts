/**
 * What survives a hard kill of the browser (issue 12 §5): writes with localStorage and IndexedDB in several
 * ways, SIGKILLs the browser's whole process group 0/50/150 ms after the write call returns, relaunches on
 * the same profile and reads back. An experiment, not a test.
 *
 *   npx tsx tests/crash/storageProbe.ts [trials per variant and delay, default 10] [port, default 4213]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { browserLaunchOptions } from '../../playwright.config';
import { findBrowserGroup, groupAlive, killGroup } from '../e2e/hardKill';

const TRIALS = Number(process.argv[2] ?? 10);
const PORT = Number(process.argv[3] ?? 4213);
const DELAYS = [0, 50, 150] as const;
const VARIANTS = [
  'localStorage',
  'idb default',
  'idb default + commit()',
  'idb strict',
  'idb strict + commit()',
] as const;
type Variant = (typeof VARIANTS)[number];

const PAGE = `<!doctype html><meta charset="utf-8"><title>probe</title><script>
let db;
window.ready = new Promise((resolve, reject) => {
  const request = indexedDB.open('probe', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('kv');
  request.onsuccess = () => { db = request.result; resolve(true); };
  request.onerror = () => reject(request.error);
});
window.write = (variant, value) => {
  if (variant === 'localStorage') return localStorage.setItem(variant, value);
  const durability = variant.includes('strict') ? 'strict' : 'default';
  const transaction = db.transaction('kv', 'readwrite', { durability });
  transaction.objectStore('kv').put(value, variant);
  if (variant.includes('commit')) transaction.commit();
};
window.latency = (variant) => new Promise((resolve) => {
  const durability = variant.includes('strict') ? 'strict' : 'default';
  const started = performance.now();
  const transaction = db.transaction('kv', 'readwrite', { durability });
  transaction.objectStore('kv').put(String(started), 'latency');
  if (variant.includes('commit')) transaction.commit();
  transaction.oncomplete = () => resolve(performance.now() - started);
});
window.read = (variant) => variant === 'localStorage'
  ? Promise.resolve(localStorage.getItem(variant))
  : new Promise((resolve) => {
      const get = db.transaction('kv').objectStore('kv').get(variant);
      get.onsuccess = () => resolve(get.result ?? null);
    });
</script>`;

const server = createServer((_, response) => {
  response.writeHead(200, { 'content-type': 'text/html' });
  response.end(PAGE);
});
await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));

const profile = mkdtempSync(join(tmpdir(), 'crash-probe-'));
const launch = async (): Promise<{ context: BrowserContext; page: Page; group: number }> => {
  const context = await chromium.launchPersistentContext(profile, {
    ...browserLaunchOptions,
    headless: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.evaluate(() => (window as unknown as { ready: Promise<boolean> }).ready);
  return { context, page, group: findBrowserGroup(profile) };
};

type Pending = { variant: Variant; delay: number; value: string };
const tally = new Map<string, { kills: number; lost: number }>();
let pending: Pending | undefined;
let running = await launch();
const plan = VARIANTS.flatMap((variant) =>
  DELAYS.flatMap((delay) => Array.from({ length: TRIALS }, () => ({ variant, delay }))),
);
for (const [i, step] of plan.entries()) {
  const value = `${i}-${Math.random()}`;
  await running.page.evaluate(
    ([v, x]) => (window as unknown as { write: (a: string, b: string) => void }).write(v, x),
    [step.variant, value] as const,
  );
  if (step.delay > 0) await new Promise((resolve) => setTimeout(resolve, step.delay));
  killGroup(running.group);
  pending = { ...step, value };
  while (groupAlive(running.group)) await new Promise((resolve) => setTimeout(resolve, 10));
  await running.context.close().catch(() => undefined);
  running = await launch();
  const read = await running.page.evaluate(
    (v) => (window as unknown as { read: (a: string) => Promise<string | null> }).read(v),
    pending.variant,
  );
  const key = `${pending.variant} @ ${pending.delay} ms`;
  const entry = tally.get(key) ?? { kills: 0, lost: 0 };
  entry.kills += 1;
  if (read !== pending.value) entry.lost += 1;
  tally.set(key, entry);
  process.stderr.write(
    `${key}: ${read === pending.value ? 'kept' : `LOST (read ${read}, wrote ${pending.value})`}\n`,
  );
}
const latency: Record<string, string> = {};
for (const variant of VARIANTS.filter((v) => v !== 'localStorage')) {
  const samples: number[] = [];
  for (let i = 0; i < 50; i += 1)
    samples.push(
      await running.page.evaluate(
        (v) => (window as unknown as { latency: (a: string) => Promise<number> }).latency(v),
        variant,
      ),
    );
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(1);
  latency[variant] = `put → complete p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
}
console.table(latency);
process.stderr.write(`profile: ${profile}\n`);
await running.context.close();
server.close();
if (!process.env.KEEP_PROFILE) rmSync(profile, { recursive: true, force: true });
console.table([...tally].map(([key, { kills, lost }]) => ({ write: key, kills, lost })));
