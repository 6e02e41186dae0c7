import { summarizeLayout } from '../layout';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { parseCommandArgs, UsageError } from './usage';

/** `zhigang inspect SCENARIO`: what the layout holds. Unreachable key points fail validation on load. */
export function inspectCommand(args: string[]): number {
  const { positionals, values } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new UsageError('name one scenario file');
  const { scenario, layout, layoutFile } = readScenarioFile(positionals[0]);
  const summary = summarizeLayout(layout);
  const yardCranes = summary.blocks * scenario.yard.cranesPerBlock;
  if (values.json) {
    console.log(JSON.stringify({ scenario: scenario.name, layout: layoutFile, ...summary, yardCranes, vehicles: scenario.vehicles.count }, null, 2));
    return 0;
  }
  const rows: [string, string | number][] = [
    ['scenario', scenario.name],
    ['layout', layoutFile],
    ['berths', summary.berths],
    ['quay cranes', summary.quayCranes],
    ['yard blocks', summary.blocks],
    ['yard cranes', `${yardCranes} (${scenario.yard.cranesPerBlock} per block)`],
    ['yard slots', summary.slots],
    ['chargers', `${summary.chargers} stations, ${summary.plugs} plugs`],
    ['parking areas', summary.parkings],
    ['gate lanes', summary.gateLanes],
    ['lanes', summary.lanes],
    ['graph', `${summary.graphNodes} nodes, ${summary.graphEdges} edges`],
    ['key points', `${summary.keyPoints}, all mutually reachable`],
    ['vehicles', scenario.vehicles.count],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  return 0;
}
