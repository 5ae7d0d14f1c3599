import {
  historyOfStanding,
  isPlainDraft,
  standingOf,
  type ScenarioStanding,
} from '../model/history/standing';
import type { ScenarioDocument } from '../model/scenarioDocument';
import { SCENARIO_FORMAT, wrap } from './envelope';
import { CURRENT_SCENARIO_SCHEMA_VERSION } from './migrations';
import { parseScenarioFile } from './parseScenarioFile';
import { LINK_WORDS, MAX_IMPORT_BYTES, MAX_IMPORT_TEXT } from './safeJson';

/**
 * A share link carries one scenario in the URL fragment (never sent to a server):
 * `#s=<version>.<base64url(deflate-raw(JSON envelope))>`. Version 1 is the layout described here; the
 * envelope inside has its own schema version and goes through the same validation as a file.
 *
 * A link carries the current version only, never the versions before it; but a scenario that is more than
 * a draft carries its status and decision note, in the history's own place and format (schema version 4's
 * `data.history`, with no versions). An app of schema version 4 that predates this reads such a link as a
 * file with a history and shows the scenario as it is, without the status; an older one refuses it as newer.
 */
export const SHARE_LINK_VERSION = 1;
/**
 * Characters of the fragment after `#` (`s=1.…`): exactly this many are read, one more is refused. Browsers
 * and mail programs cope with far longer URLs, but a scenario never needs this much.
 */
export const MAX_SHARE_FRAGMENT = 100_000;

export type ShareLinkResult =
  | {
      readonly ok: true;
      readonly scenario: ScenarioDocument;
      /** The status and decision note the link carried; `undefined` for a draft. */
      readonly standing?: ScenarioStanding | undefined;
    }
  | { readonly ok: false; readonly message: string; readonly problems: readonly string[] };

const FRAGMENT = /^#?s=([^.]*)\.(.*)$/s;

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array | undefined => {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};

const readAll = async (
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | undefined> => {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
};

const through = (bytes: Uint8Array, transform: CompressionStream | DecompressionStream) =>
  new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);

/** The fragment (without `#`) that carries a scenario, e.g. `s=1.q1YqzkxPLUlVslIqSk0uyczPU6oFAA`. */
export const encodeShareFragment = async (
  document: ScenarioDocument,
  now: Date,
  standing?: ScenarioStanding,
): Promise<string> => {
  const data =
    standing && !isPlainDraft(standing)
      ? { ...document, history: historyOfStanding(document.id, standing) }
      : document;
  const json = JSON.stringify(wrap(SCENARIO_FORMAT, CURRENT_SCENARIO_SCHEMA_VERSION, data, now));
  const packed = await readAll(
    through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')),
    Infinity,
  );
  return `s=${SHARE_LINK_VERSION}.${toBase64Url(packed ?? new Uint8Array())}`;
};

/** A full link: the page's address without its own fragment, plus the scenario's. */
export const shareLinkFor = async (
  pageUrl: string,
  document: ScenarioDocument,
  now: Date,
  standing?: ScenarioStanding,
): Promise<string> => `${pageUrl.split('#')[0] ?? ''}#${await encodeShareFragment(document, now, standing)}`;

/** Whether a fragment claims to carry a scenario at all (so a page can ignore other fragments). */
export const isShareFragment = (hash: string): boolean => FRAGMENT.test(hash);

const refuse = (message: string, problems: readonly string[] = []): ShareLinkResult => ({
  ok: false,
  message,
  problems,
});

/**
 * Reads a share link's fragment (`#s=1.…`) through the same validation as a file; never throws.
 * A garbled, truncated or oversized link gets a Swedish message.
 */
export const decodeShareFragment = async (hash: string): Promise<ShareLinkResult> => {
  if ((hash.startsWith('#') ? hash.length - 1 : hash.length) > MAX_SHARE_FRAGMENT)
    return refuse(`Länken är för lång (högst ${MAX_SHARE_FRAGMENT.toLocaleString('sv-SE')} tecken).`);
  const match = FRAGMENT.exec(hash);
  if (!match) return refuse('Länken innehåller inget scenario.');
  const [, version = '', payload = ''] = match;
  if (version !== String(SHARE_LINK_VERSION))
    return refuse(
      /^\d+$/.test(version) && Number(version) > SHARE_LINK_VERSION
        ? 'Länken kommer från en nyare version av Budgetverkstad. Uppdatera appen för att öppna den.'
        : 'Länken har en okänd version och kan inte öppnas.',
    );
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0)
    return refuse('Länken är skadad eller avklippt (tecken saknas eller är fel). Be om en ny länk.');
  try {
    const text = await readAll(through(bytes, new DecompressionStream('deflate-raw')), MAX_IMPORT_BYTES);
    if (!text) return refuse(`Scenariot i länken är för stort uppackat: högst ${MAX_IMPORT_TEXT}.`);
    const result = parseScenarioFile(new TextDecoder('utf-8', { fatal: true }).decode(text), LINK_WORDS);
    if (!result.ok) return refuse(result.message, result.problems);
    // Only the standing: a link carries the current version, whatever versions a crafted one may hold.
    const standing = result.history ? standingOf(result.history) : undefined;
    return {
      ok: true,
      scenario: result.scenario,
      standing: standing && !isPlainDraft(standing) ? standing : undefined,
    };
  } catch {
    return refuse('Länken är skadad eller avklippt och kan inte packas upp. Be om en ny länk.');
  }
};
