import type { Layout } from '../layout';
import { classifyStrategyText, STRATEGY_EXPECTED } from '../run/strategyText';
import { describeValue, type Issue } from '../validation/issue';
import { highestValue } from './distributionSchema';
import { plannedMovesProblem } from './plannedMoves';
import type { Scenario } from './scenarioSchema';
import { YARD_CRANE_SEPARATION_BAYS } from '../terminal/assumptions';

/** Checks that need the scenario and its layout together, or several values at once. */
export function crossCheck(s: Scenario, layout: Layout | null): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, expected: string, value: unknown) => issues.push({ path, expected, got: describeValue(value) });

  if (s.run.warmUpS >= s.run.durationS) add('$.run.warmUpS', `a warm-up shorter than the run (${s.run.durationS} s)`, s.run.warmUpS);
  const cpv = s.vessels.cranesPerVessel;
  if (cpv.max < cpv.min) add('$.vessels.cranesPerVessel.max', `a number ≥ min (${cpv.min})`, cpv.max);
  if (s.vessels.calls === undefined && s.vessels.generated === undefined && s.vessels.services === undefined)
    add('$.vessels', 'a list of "calls", "generated" calls, liner "services", or more than one', 'none');
  const serviceIds = new Map<string, number>();
  s.vessels.services?.forEach((service, i) => {
    const first = serviceIds.get(service.id);
    if (first !== undefined) add(`$.vessels.services[${i}].id`, `an id no other service has (services[${first}] has it)`, service.id);
    else serviceIds.set(service.id, i);
  });
  const shares = s.vessels.mix.weightClasses.reduce((sum, w) => sum + w.share, 0);
  if (Math.abs(shares - 1) > 1e-6) add('$.vessels.mix.weightClasses', 'shares that add up to 1', `shares adding up to ${shares}`);
  if (s.battery.chargeTargetSoc <= s.battery.chargeBelowSoc)
    add('$.battery.chargeTargetSoc', `a target above chargeBelowSoc (${s.battery.chargeBelowSoc})`, s.battery.chargeTargetSoc);
  if (s.charging.taperPowerShare === 0 && s.battery.chargeTargetSoc > s.charging.taperAboveSoc)
    add('$.charging.taperPowerShare', `a share above 0, or charging could never pass taperAboveSoc (${s.charging.taperAboveSoc}) to reach chargeTargetSoc`, 0);
  const firstWithId = new Map<string, number>();
  s.vessels.calls?.forEach((call, i) => {
    const first = firstWithId.get(call.id);
    if (first !== undefined) add(`$.vessels.calls[${i}].id`, `an id no other call has (calls[${first}] has it)`, call.id);
    else firstWithId.set(call.id, i);
  });
  const planned = plannedMovesProblem(s, s.run.durationS);
  if (planned !== null) issues.push(planned);
  const strategy = classifyStrategyText(s.dispatch.strategy);
  if (strategy.kind === 'refused' || strategy.kind === 'fileUrl')
    issues.push({ path: '$.dispatch.strategy', expected: STRATEGY_EXPECTED('scenario'), got: strategy.kind === 'refused' ? strategy.got : `a file: URL ("${s.dispatch.strategy.slice(0, 60)}"): name the file by its path` });
  if (layout === null) return issues;

  // shared rails: every bay must be within some crane's reach while the others keep their distance
  const yardCranes = s.yard.cranesPerBlock;
  const needBays = 2 * (yardCranes - 1) * YARD_CRANE_SEPARATION_BAYS;
  const shortBlock = layout.blocks.find((b) => b.bays < needBays);
  if (s.yard.craneSharing === 'shared' && shortBlock !== undefined)
    add('$.yard.cranesPerBlock', `at most as many cranes as block ${shortBlock.id}'s ${shortBlock.bays} bays allow with cranes ${YARD_CRANE_SEPARATION_BAYS} bays apart (${needBays} bays needed), or craneSharing "zones"`, yardCranes);

  // with traffic every vehicle starts in a parking bay of its own
  const bays = layout.parkings.reduce((a, p) => a + p.capacity, 0);
  if (s.traffic.control === 'reservation' && s.vehicles.count > bays)
    add('$.vehicles.count', `at most ${bays} vehicles, the parking bays of the layout (with traffic control each starts in a bay of its own), or traffic.control "off"`, s.vehicles.count);

  const cranesAt = new Map<string, number>();
  for (const c of layout.quayCranes) cranesAt.set(c.berth, (cranesAt.get(c.berth) ?? 0) + 1);
  const onRail = layout.sharedTransferLane >= 0;
  // cranes on one rail may gather from anywhere; cranes on their own lanes serve their berth only
  const mostCranes = onRail ? layout.quayCranes.length : Math.max(0, ...cranesAt.values());
  if (cpv.max > mostCranes) add('$.vessels.cranesPerVessel.max', `at most ${mostCranes} (${onRail ? 'the quay cranes of the layout' : 'the most quay cranes any berth of the layout has'})`, cpv.max);
  if (!onRail) {
    const railOnly = 'a layout whose quay cranes share one transfer lane (a transferLane without "crane"), so they can move along the rail';
    if (s.vessels.quay === 'continuous') add('$.vessels.quay', `"berths" with this layout, or ${railOnly}`, 'continuous');
    if (s.vessels.craneSplit === 'workload') add('$.vessels.craneSplit', `"random" with this layout, or ${railOnly}`, 'workload');
    if (s.vessels.berthAllocation === 'planned') add('$.vessels.berthAllocation', `"fcfs" with this layout, or ${railOnly}`, 'planned');
  }
  const quayXs = Array.from(layout.quay.line).filter((_, i) => i % 2 === 0);
  const quayM = Math.max(...quayXs) - Math.min(...quayXs);
  s.vessels.services?.forEach((service, i) => {
    const room = s.vessels.quay === 'continuous' ? quayM : Math.max(0, ...layout.berths.map((b) => b.lengthM));
    if (service.lengthM > room) add(`$.vessels.services[${i}].lengthM`, `a length ≤ ${room.toFixed(0)} m (${s.vessels.quay === 'continuous' ? 'the quay' : 'the longest berth'})`, service.lengthM);
    if (service.positionM + service.lengthM > quayM + 1e-6) add(`$.vessels.services[${i}].positionM`, `a position that keeps the vessel on the quay: ≤ ${(quayM - service.lengthM).toFixed(0)} m`, service.positionM);
  });
  const longestBerth = s.vessels.quay === 'continuous' ? quayM : Math.max(0, ...layout.berths.map((b) => b.lengthM));
  const generatedLength = s.vessels.generated?.lengthM;
  if (generatedLength !== undefined && highestValue(generatedLength) > longestBerth)
    issues.push({ path: '$.vessels.generated.lengthM', expected: `lengths that fit the longest berth, ≤ ${longestBerth.toFixed(0)} m (a longer vessel could never berth)`, got: `a distribution reaching ${highestValue(generatedLength)} m` });
  s.vessels.calls?.forEach((call, i) => {
    if (call.lengthM > longestBerth)
      add(`$.vessels.calls[${i}].lengthM`, `a length ≤ ${longestBerth.toFixed(0)} m (the longest berth)`, call.lengthM);
    if (call.cranes !== undefined && call.cranes > mostCranes)
      add(`$.vessels.calls[${i}].cranes`, `at most ${mostCranes} (the most quay cranes any berth has)`, call.cranes);
  });
  return issues;
}
