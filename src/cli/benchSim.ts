import { fileURLToPath } from 'node:url';
import { runSimulation } from '../run/runSimulation';
import { readScenarioFile } from '../scenario/readScenarioFile';

const SCENARIO = fileURLToPath(new URL('../../scenarios/tianjin-c-section.json', import.meta.url));
const WEEK_S = 7 * 86400;
const TARGET_SPEED_UP = 100_000;

/** 7 simulated days of tianjin-c-section with fcfs: simulated seconds per wall second, events/s. */
export function benchSimCommand(json: boolean): number {
  const loaded = readScenarioFile(SCENARIO);
  const t0 = performance.now();
  const { result, terminal } = runSimulation(loaded, { durationS: WEEK_S, strategy: 'fcfs' });
  const wallS = (performance.now() - t0) / 1000;
  const report = {
    scenario: loaded.scenario.name,
    strategy: 'fcfs',
    simulatedS: WEEK_S,
    wallS,
    speedUp: WEEK_S / wallS,
    eventsPerSecond: result.counts.events / wallS,
    events: result.counts.events,
    // every crane move of the week, warm-up included (the scenario's KPIs start after five days)
    moves: terminal.calls.reduce((a, c) => a + c.movesDone, 0),
    decisions: result.counts.decisions,
    meets: { speedUp: WEEK_S / wallS >= TARGET_SPEED_UP },
    node: process.version,
  };
  if (json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${report.scenario}: 7 simulated days with fcfs, KPIs and invariants included`);
    console.log(`  wall time      ${wallS.toFixed(2)} s`);
    console.log(`  speed          ${Math.round(report.speedUp).toLocaleString('en')}× real time (target ≥ ${TARGET_SPEED_UP.toLocaleString('en')}×: ${report.meets.speedUp ? 'met' : 'NOT met'})`);
    console.log(`  events         ${(report.eventsPerSecond / 1e6).toFixed(2)} M events/s (${report.events.toLocaleString('en')} events)`);
    console.log(`  work           ${report.moves.toLocaleString('en')} quay crane moves, ${report.decisions.toLocaleString('en')} dispatch decisions`);
  }
  return 0;
}
