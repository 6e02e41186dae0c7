import { defineConfig } from 'vitest/config';

export default defineConfig({
  worker: { format: 'es' },
  // the browser test of a fresh install's first load gives its own dev server an empty cache here
  cacheDir: process.env.ZHIGANG_VITE_CACHE_DIR ?? 'node_modules/.vite',
  // Pre-bundle everything the app and its worker import, so a fresh install's first page load does not
  // discover dependencies late (inside the worker, or behind a dynamic import), re-bundle and reload.
  optimizeDeps: {
    entries: ['index.html', 'workers/sim.worker.ts'],
    include: [
      'three',
      'three/examples/jsm/controls/OrbitControls.js',
      'd3',
      'd3-random',
      'rxjs',
      'comlink',
      'comlink/dist/esm/node-adapter.mjs',
      'zod',
      '@turf/bearing',
      '@turf/destination',
      '@turf/distance',
      '@noble/hashes/sha2.js',
      '@noble/hashes/utils.js',
      'jsonc-parser',
      '@stdlib/stats-base-dists-t-quantile',
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // a hook that runs a batch or a simulation is as slow as a test on a busy shared machine
    hookTimeout: 300_000,
  },
});
