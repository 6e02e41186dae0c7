import { holdDelays, holdJsSimulator, holdZhigang, type HoldResult } from '../bench/holdModel';
import { parseCommandArgs, UsageError } from './usage';

const PENDING = 1000;
const EVENTS = 1_000_000;
const ROUNDS = 5;

/** `zhigang bench kernel|sim|matching|batch [--json] [--no-traffic]` */
export async function benchCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { json: { type: 'boolean', default: false }, 'no-traffic': { type: 'boolean', default: false } });
  const [what] = positionals;
  if (what === 'sim') return (await import('./benchSim')).benchSimCommand(values.json, values['no-traffic']);
  if (what === 'batch') return (await import('./benchBatch')).benchBatchCommand(values.json);
  if (what === 'matching') {
    await (await import('./benchMatching')).benchMatching({ json: values.json });
    return 0;
  }
  if (what !== 'kernel') throw new UsageError(`unknown benchmark "${what ?? ''}" (have: kernel, sim, matching, batch)`);
  return benchKernelCommand(values.json);
}

/** The hold model on this kernel and on js-simulator, in the same run. */
function benchKernelCommand(json: boolean): number {
  const report = benchKernel();
  if (json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`hold model: ${PENDING} pending events, ${EVENTS.toLocaleString('en')} events, median of ${ROUNDS} rounds`);
    for (const r of [report.zhigang, report.peer]) console.log(`  ${r.kernel.padEnd(13)} ${(r.eventsPerSecond / 1e6).toFixed(2).padStart(6)} M events/s`);
    console.log(`  ratio         ${report.ratio.toFixed(1)}× js-simulator`);
    console.log(`  targets       ≥ 8 M events/s: ${report.meets.eventsPerSecond ? 'met' : 'NOT met'}; ≥ 2× peer: ${report.meets.ratio ? 'met' : 'NOT met'}`);
  }
  return 0;
}

export function benchKernel() {
  const clock = () => performance.now();
  const delays = holdDelays(1 << 21);
  const ours: HoldResult[] = [];
  const peers: HoldResult[] = [];
  // Alternate the two kernels so that any drift in the machine's speed hits both alike.
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(holdZhigang(PENDING, EVENTS, delays, clock));
    peers.push(holdJsSimulator(PENDING, EVENTS, delays, clock));
  }
  const zhigang = median(ours);
  const peer = median(peers);
  const ratio = zhigang.eventsPerSecond / peer.eventsPerSecond;
  return {
    model: { pending: PENDING, events: EVENTS, rounds: ROUNDS },
    zhigang,
    peer,
    ratio,
    meets: { eventsPerSecond: zhigang.eventsPerSecond >= 8e6, ratio: ratio >= 2 },
    node: process.version,
  };
}

function median(results: HoldResult[]): HoldResult {
  return [...results].sort((a, b) => a.eventsPerSecond - b.eventsPerSecond)[results.length >> 1];
}
