import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The launch flags a headless, GPU-less machine needs (WebGL runs on SwiftShader). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Debian's chromium (or $CHROMIUM_PATH): Playwright cannot download its own browsers here, so the
 * tests use the system one and say how to get it when it is missing.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path !== '') return path;
    } catch {
      // not on the PATH; try the next name
    }
  }
  throw new Error('No Chromium found for the browser tests: install Debian\'s with `apt-get install -y chromium` (as .ci/run does) or set CHROMIUM_PATH');
}
