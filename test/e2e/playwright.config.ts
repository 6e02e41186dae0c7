import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';

/** Port of the vite dev server the browser tests start (and reuse when one runs, outside CI). */
export const E2E_PORT = 5199;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: './artifacts/results',
  // one browser at a time: WebGL renders in software on two cores
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 60_000 },
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite --port ${E2E_PORT} --strictPort`,
    // the config sits in test/e2e; vite must serve the repository root where index.html is
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    url: `http://localhost:${E2E_PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
