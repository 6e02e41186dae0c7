/**
 * `npm run bench:render`: the app on tianjin-c-section in headless Chromium, measuring main-thread
 * work per animation frame (frame callback + mapping worker snapshots into the scene) and the
 * renderer's draw calls and triangles. Targets: median ≤ 4 ms, draw calls ≤ 60.
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';

const TARGET_MEDIAN_MS = 4;
const TARGET_DRAW_CALLS = 60;

const { values } = parseArgs({
  options: {
    speed: { type: 'string', default: '60' },
    seconds: { type: 'string', default: '10' },
    scenario: { type: 'string', default: 'tianjin-c-section' },
    json: { type: 'boolean', default: false },
  },
});

const server = await createServer({ server: { port: 0, strictPort: false }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // the renderer's own account of its main thread: every script, the charts' included
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptS = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}?scenario=${values.scenario}&speed=${values.speed}`);
  await page.waitForFunction(() => window.zhigang?.ready === true && window.zhigang.timeS() > 0, null, { timeout: 120_000 });
  await page.waitForTimeout(3000); // shaders compiled, first KPIs drawn
  await page.evaluate(() => window.zhigang!.resetFrames());
  const simFrom = await page.evaluate(() => window.zhigang!.timeS());
  const script0 = await scriptS();
  await page.waitForTimeout(Number(values.seconds) * 1000);
  const scriptMs = (await scriptS()) - script0;
  const figures = await page.evaluate(() => {
    const z = window.zhigang!;
    const run = z.app.shownRun!.summary;
    return { ...z.frames(), ...z.renderStats(), yardBoxes: z.yardBoxes(), vehicles: run.vehicles, quayCranes: run.quayCranes, yardCranes: run.yardCraneIds.length, simS: z.timeS() };
  });
  const result = {
    scenario: values.scenario,
    speed: values.speed,
    ...figures,
    simulatedS: figures.simS - simFrom,
    /** all script on the main thread per frame drawn, mean (CDP ScriptDuration): charts, tiles and panels included */
    allScriptMsPerFrame: (scriptMs * 1000) / figures.frames,
    fps: figures.frames / Number(values.seconds),
    medianMet: figures.medianMs <= TARGET_MEDIAN_MS,
    drawCallsMet: figures.drawCalls <= TARGET_DRAW_CALLS,
    pageErrors: errors,
  };
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const ms = (v: number) => `${v.toFixed(2)} ms`;
    console.log(`render bench: ${result.scenario} at ${result.speed}× in headless Chromium (SwiftShader), ${values.seconds} s`);
    console.log(`  terminal       ${result.vehicles} ARTs, ${result.quayCranes} quay cranes, ${result.yardCranes} yard cranes, ${result.yardBoxes.toLocaleString('en')} boxes in the yard`);
    console.log(`  frames         ${result.frames} (${result.fps.toFixed(1)} fps), ${Math.round(result.simulatedS)} simulated s`);
    console.log(`  main thread    median ${ms(result.medianMs)}, p95 ${ms(result.p95Ms)} per frame (target median ≤ ${TARGET_MEDIAN_MS} ms: ${result.medianMet ? 'met' : 'MISSED'})`);
    console.log(`  all script     ${ms(result.allScriptMsPerFrame)} per frame drawn, mean (every script on the main thread: charts, tiles and panels too)`);
    console.log(`  draw calls     ${result.drawCalls} (target ≤ ${TARGET_DRAW_CALLS}: ${result.drawCallsMet ? 'met' : 'MISSED'}), ${result.triangles.toLocaleString('en')} triangles`);
    if (errors.length > 0) console.log(`  page errors    ${errors.join(' | ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
