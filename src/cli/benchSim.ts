import { fileURLToPath } from 'node:url';
import { runSimulation } from '../run/runSimulation';
import { withoutTraffic } from '../run/withoutTraffic';
import { readScenarioFile } from '../scenario/readScenarioFile';
import type { LoadedScenario } from '../scenario';

const SCENARIO = fileURLToPath(new URL('../../scenarios/tianjin-c-section.json', import.meta.url));
const WEEK_S = 7 * 86400;
const TARGET_SPEED_UP = 100_000;
/** traffic control may cost at most this many times the wall time of the idealised road */
const TARGET_TRAFFIC_COST = 2.5;

/**
 * 7 simulated days of tianjin-c-section with fcfs, with traffic control (the scenario's) and without
 * it (--no-traffic, the idealised road), side by side in one process: simulated seconds per wall
 * second, events/s, and what traffic control costs. `noTraffic` measures the idealised road alone.
 */
export function benchSimCommand(json: boolean, noTraffic = false): number {
  const loaded = readScenarioFile(SCENARIO);
  const runs = noTraffic ? [measure(withoutTraffic(loaded), 'off')] : [measure(withoutTraffic(loaded), 'off'), measure(loaded, 'reservation')];
  const withTraffic = runs.find((r) => r.traffic === 'reservation') ?? null;
  const idealised = runs[0];
  const trafficCost = withTraffic === null ? null : withTraffic.wallS / idealised.wallS;
  const report = {
    scenario: loaded.scenario.name,
    strategy: 'fcfs',
    simulatedS: WEEK_S,
    runs,
    trafficCost,
    meets: {
      speedUp: (withTraffic ?? idealised).speedUp >= TARGET_SPEED_UP,
      trafficCost: trafficCost === null ? null : trafficCost <= TARGET_TRAFFIC_COST,
    },
    node: process.version,
  };
  if (json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${report.scenario}: 7 simulated days with fcfs, KPIs and invariants included`);
    for (const r of runs) {
      console.log(`  ${r.traffic === 'off' ? 'idealised road (--no-traffic)' : 'traffic control'}`);
      console.log(`    wall time    ${r.wallS.toFixed(2)} s`);
      console.log(`    speed        ${Math.round(r.speedUp).toLocaleString('en')}× real time (target ≥ ${TARGET_SPEED_UP.toLocaleString('en')}×: ${r.speedUp >= TARGET_SPEED_UP ? 'met' : 'NOT met'})`);
      console.log(`    events       ${(r.eventsPerSecond / 1e6).toFixed(2)} M events/s (${r.events.toLocaleString('en')} events)`);
      console.log(`    work         ${r.moves.toLocaleString('en')} quay crane moves, ${r.decisions.toLocaleString('en')} dispatch decisions${r.trips === null ? '' : `, ${r.trips.toLocaleString('en')} trips planned`}`);
    }
    if (trafficCost !== null) console.log(`  traffic control costs ${trafficCost.toFixed(2)}× the idealised road's wall time (target ≤ ${TARGET_TRAFFIC_COST}×: ${report.meets.trafficCost ? 'met' : 'NOT met'})`);
  }
  return 0;
}

function measure(loaded: LoadedScenario, traffic: 'off' | 'reservation') {
  const t0 = performance.now();
  const { result, terminal } = runSimulation(loaded, { durationS: WEEK_S, strategy: 'fcfs' });
  const wallS = (performance.now() - t0) / 1000;
  return {
    traffic,
    wallS,
    speedUp: WEEK_S / wallS,
    eventsPerSecond: result.counts.events / wallS,
    events: result.counts.events,
    // every crane move of the week, warm-up included (the scenario's KPIs start after five days)
    moves: terminal.calls.reduce((a, c) => a + c.movesDone, 0),
    decisions: result.counts.decisions,
    trips: terminal.traffic === null ? null : terminal.traffic.tripsPlanned,
  };
}
