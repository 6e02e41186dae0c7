// The browser tests drive a Chromium the machine has: Playwright cannot download its own here. This
// finds one, or installs Debian's (with the CJK fonts the Chinese labels need) when it can, as root
// with apt-get, or says in one line what to run. It runs before `playwright test` in `npm test`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const sh = (command, quiet = true) => spawnSync('sh', ['-c', command], { stdio: quiet ? 'ignore' : 'inherit' }).status === 0;
const chromium = () => (process.env.CHROMIUM_PATH ? existsSync(process.env.CHROMIUM_PATH) : ['chromium', 'chromium-browser', 'google-chrome'].some((n) => sh(`command -v ${n}`)));
const cjkFonts = () => sh("fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'");

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.error(`npm test: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: point it at a Chromium or Chrome binary, or unset it to use (or install) Debian's chromium`);
  process.exit(1);
}
if (chromium() && cjkFonts()) process.exit(0);
if (process.getuid?.() === 0 && sh('command -v apt-get')) {
  console.error("npm test: installing Debian's chromium and fonts-noto-cjk for the browser tests (apt-get, once) ...");
  const env = 'DEBIAN_FRONTEND=noninteractive';
  if (sh(`${env} apt-get update -qq && ${env} apt-get install -y -qq chromium fonts-noto-cjk >/dev/null`, false) && chromium()) process.exit(0);
}
if (chromium()) {
  console.error('npm test: no CJK font found (Chinese labels will show as boxes in screenshots): apt-get install -y fonts-noto-cjk');
  process.exit(0);
}
console.error('npm test: the browser tests need Chromium: run `sudo apt-get install -y chromium fonts-noto-cjk` (Debian, Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary');
process.exit(1);
