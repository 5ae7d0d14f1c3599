import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
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
