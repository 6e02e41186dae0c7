import { defineConfig } from 'vitest/config';

export default defineConfig({
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // a hook that runs a batch or a simulation is as slow as a test on a busy shared machine
    hookTimeout: 300_000,
  },
});
