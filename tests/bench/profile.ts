import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';

/** The parts of a V8 CPU profile (Profiler.stop) this reads. */
type ProfileNode = {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
  readonly children?: readonly number[];
};
export type CpuProfile = {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
};

export type ProfileRow = { readonly owner: string; readonly leaf: string; readonly ms: number };

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Per generated line, the [column, source index] of each mapping segment (source map v3, base64 VLQ). */
const decodeMappings = (mappings: string): [number, number][][] => {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if ((digit & 32) === 0) {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return lines;
};

/** For each built chunk, the source file of a (0-based) line and column, from its `.map`. */
export const sourcesOf = (dist: string): Map<string, (line: number, column: number) => string> => {
  const byFile = new Map<string, (line: number, column: number) => string>();
  for (const name of readdirSync(join(dist, 'assets')).filter((n) => n.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(join(dist, 'assets', name), 'utf8')) as {
      sources: string[];
      mappings: string;
    };
    const lines = decodeMappings(map.mappings);
    byFile.set(`assets/${name.replace(/\.map$/, '')}`, (line, column) => {
      let found: number | undefined;
      for (const [col, source] of lines[line] ?? []) {
        if (col > column) break;
        found = source;
      }
      return found === undefined ? '(bundle)' : (map.sources[found] ?? '(bundle)');
    });
  }
  return byFile;
};

/** A readable group for a source module: the library, or the src/ folder and file. */
const groupOf = (module: string): string => {
  const library = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (library) return library[1] ?? module;
  const source = /src\/(.+?)(?:\.tsx?)?$/.exec(module);
  return source ? `src/${source[1]}` : module;
};

/** The code that asked for the work: the nearest src/ui, src/scenarios, src/charts or main.tsx frame. */
const isOwner = (group: string) => /^src\/(ui|scenarios|charts|main)/.test(group);

/**
 * Self time per (owner, leaf group): where the main thread's JavaScript went while the edits ran. Time in
 * style, layout and paint is not JavaScript; V8 reports it as "(program)".
 */
export const summariseProfile = (
  profile: CpuProfile,
  sources: ReturnType<typeof sourcesOf>,
): ProfileRow[] => {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const groupAt = (node: ProfileNode): string => {
    const frame = node.callFrame;
    if (!frame.url) return frame.functionName || '(native)';
    const file = /assets\/[^?#]+\.js/.exec(frame.url)?.[0];
    const region = file ? sources.get(file)?.(frame.lineNumber, frame.columnNumber) : undefined;
    return region ? groupOf(region) : frame.url.replace(/^https?:\/\/[^/]+\//, '');
  };
  const totals = new Map<string, ProfileRow>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const leafNode = byId.get(id);
    if (!leafNode) return;
    const leaf = groupAt(leafNode);
    let owner = '–';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      const group = node ? groupAt(node) : '';
      if (isOwner(group)) {
        owner = group;
        break;
      }
    }
    const key = `${owner}\u0000${leaf}`;
    const row = totals.get(key) ?? { owner, leaf, ms: 0 };
    totals.set(key, { ...row, ms: row.ms + ms });
  });
  return [...totals.values()].filter((row) => row.leaf !== '(idle)');
};

/** Adds up rows of several profiles, largest first. */
export const mergeProfiles = (rows: readonly ProfileRow[]): ProfileRow[] => {
  const totals = new Map<string, ProfileRow>();
  for (const row of rows) {
    const key = `${row.owner}\u0000${row.leaf}`;
    totals.set(key, { ...row, ms: (totals.get(key)?.ms ?? 0) + row.ms });
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
};

/**
 * Profiles only the commits: the profiler runs from just before each committing Enter until its paint,
 * so typing the characters, clicks and work after the paint stay out.
 */
export const commitProfiler = async (session: CDPSession, dist: string) => {
  const sources = sourcesOf(dist);
  const rows: ProfileRow[] = [];
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  return {
    before: async () => {
      await session.send('Profiler.start');
    },
    after: async () => {
      const { profile } = await session.send('Profiler.stop');
      rows.push(...summariseProfile(profile as unknown as CpuProfile, sources));
    },
    rows: () => mergeProfiles(rows),
  };
};
