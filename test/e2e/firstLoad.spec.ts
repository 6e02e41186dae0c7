import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/** A second dev server, apart from the one the other tests share. */
const PORT = 5198;

test('the first page load on a fresh install is ready without the dev server re-bundling and reloading it', async ({ page }) => {
  test.setTimeout(300_000);
  // an empty dependency cache of its own, as on a fresh install (the shared server's stays as it is)
  const cacheDir = mkdtempSync(join(tmpdir(), 'zhigang-vite-cache-'));
  // plain text: picocolors colours whenever FORCE_COLOR is set at all (the test runner sets it)
  const env: NodeJS.ProcessEnv = { ...process.env, ZHIGANG_VITE_CACHE_DIR: cacheDir, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(PORT), '--strictPort'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  // and should colour codes come through anyway, they are taken out
  const add = (d: unknown) => (log += String(d).replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout.on('data', add);
  server.stderr.on('data', add);
  try {
    await expect.poll(() => log, { timeout: 120_000 }).toMatch(/Local:/);
    let loads = 0;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) loads++;
    });
    await page.goto(`http://localhost:${PORT}/?scenario=demo-small`);
    await page.waitForFunction(() => window.zhigang?.ready === true && window.zhigang.timeS() > 0, null, { timeout: 180_000 });
    // a dependency found late (in the worker, behind a dynamic import) makes vite re-bundle and reload the page
    expect(log).not.toMatch(/reloading/i);
    expect(loads).toBe(1);
  } finally {
    server.kill();
    rmSync(cacheDir, { recursive: true, force: true });
  }
});
