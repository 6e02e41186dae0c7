import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm test finds its browser', () => {
  it('says in one line what is wrong with a CHROMIUM_PATH that does not exist, and exits 1', () => {
    const r = spawnSync(process.execPath, ['test/e2e/ensureChromium.mjs'], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/no/such/chromium' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("npm test: CHROMIUM_PATH=/no/such/chromium does not exist: point it at a Chromium or Chrome binary, or unset it to use (or install) Debian's chromium\n");
  });
});
