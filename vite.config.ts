import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The built app's Content-Security-Policy (issue #12, item 7): a static app that loads only its own files.
 * No inline script and no eval; styles from its own stylesheets (React's `style={…}` and ECharts set
 * CSSOM properties, which style-src does not govern); images from itself and the data:/blob: URLs a chart
 * export or a download may use; no plugins, no <base>, no form posts. `frame-ancestors` has no effect in a
 * <meta> tag (browsers ignore it there): a server that must refuse framing sends it as a header (README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const CHARSET = '<meta charset="UTF-8" />';

/**
 * Puts the policy right after the charset, before every script and stylesheet, in the built page only:
 * Vite's dev server injects inline scripts (the React refresh preamble, HMR), so `npm run dev` and
 * `npm start` run without it.
 */
const contentSecurityPolicy = (): Plugin => ({
  name: 'budgetverkstad-content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) => {
    if (!html.includes(CHARSET)) throw new Error(`index.html needs ${CHARSET} for the CSP to follow`);
    return html.replace(
      CHARSET,
      `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
    );
  },
});

/**
 * The installable, offline app (issue #16, item 4): Workbox's generated service worker precaches every file
 * of the build with its revision (the page, every chunk: the built-in plans, the analysis and journal
 * workers, ECharts, exceljs, the CSS), so a visit without network runs the same release as the last one.
 * Nothing else is cached: scenarios and plans live in IndexedDB, never in the service worker. A new release
 * waits (`registerType: 'prompt'`, no `skipWaiting`) until the user takes it (src/pwa/): the old worker keeps
 * serving the old page with its own chunks until then, so old and new files never mix. The worker is
 * registered from a bundled module (`injectRegister: false`), since the CSP allows no inline script.
 * Only in the build: the dev server and the unit tests run without a service worker.
 */
const offlineApp = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'Budgetverkstad',
      short_name: 'Budgetverkstad',
      description:
        'Budgetverkstad: ändra budgetens drivare och se resultat, balanskrav och finansiella mål räknas om direkt.',
      lang: 'sv',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b3d6e',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // HyperFormula's chunk is over Workbox's 2 MiB default; every chunk must be there offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // The first visit works offline at once, without a reload. An update is only activated when the user
      // chooses it (src/pwa/), and the page reloads right after.
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [],
    },
  });

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlineApp()],
  build: {
    target: 'es2022',
    // Source maps are not shipped to users; `BUILD_SOURCEMAP=1 npm run build` (and `npm run bench --
    // --profile`, which maps its CPU profile to source files) builds them.
    sourcemap: process.env.BUILD_SOURCEMAP === '1',
    // HyperFormula alone is ~200 KB gzip; the budget that matters is the 350 KB gzip initial JS (npm run bench).
    chunkSizeWarningLimit: 1500,
  },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Property tests build dozens of HyperFormula workbooks: ~2 s on an idle machine, more on a busy CI runner.
    testTimeout: 30_000,
  },
});
