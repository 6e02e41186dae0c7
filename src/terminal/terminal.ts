import { TrafficControl } from '../traffic/trafficControl';
import type { Place } from './roads';
import type { Strategy } from '../dispatch/strategy';
import { KpiRecorder } from '../kpi/recorder';
import type { Layout } from '../layout';
import type { Scenario } from '../scenario';
import { moments, RandomStreams, Resource, sampler, scaledDistribution, Simulation } from '../sim';
import { DUAL_CYCLE_FACTOR, EXPORT_DELIVERY_WINDOW_S } from './assumptions';
import { AppointmentBook } from './appointments';
import { BoxLedger } from './boxes';
import { planCalls } from './callPlans';
import { Dispatcher } from './dispatcher';
import { fillInitialYard } from './initialYard';
import type { DriveRecord, QuayCraneState, Terminal, Vehicle, VesselCall, YardMoveRecord } from './model';
import { MotionLog } from './motionLog';
import { DEFAULT_GANTRY_SPEED_MPS, DEFAULT_SAFETY_DISTANCE_M } from './quay/rail';
import type { Rail } from './quay/railTypes';
import { Roads } from './roads';
import { LocalClock, startSecondOfDay } from './timeOfDay';
import { artProcess } from './vehicle';
import { vesselProcess } from './vessels';
import { YardStacks } from './yard/yardStacks';
import { createYardCranes } from './yardCranes';
import { startStallWatchdog } from './stallWatchdog';
import { blocksByCrane } from './yardPlanner';

export interface TerminalOptions {
  seed: number;
  durationS: number;
  strategy: Strategy;
  trace?: ((record: Record<string, unknown>) => void) | null;
}

/** Builds a terminal at t = 0 with every process started; run it with `terminal.sim.runUntil`. */
export function createTerminal(given: Scenario, layout: Layout, options: TerminalOptions): Terminal {
  // a dual-cycling strategy runs the cranes in that mode whatever the scenario says
  const scenario = options.strategy.dualCycling === true ? { ...given, quayCranes: { ...given.quayCranes, dualCycling: true } } : given;
  const sim = new Simulation();
  const streams = new RandomStreams(options.seed);
  const clock = new LocalClock(startSecondOfDay(scenario.run.startDate));
  const roads = new Roads(layout);
  const endS = options.durationS;
  const plans = planCalls(scenario, streams, endS + scenario.yard.exportCutOffS + EXPORT_DELIVERY_WINDOW_S, clock);
  const cranes = layout.quayCranes.map((c, index): QuayCraneState => ({
    index,
    id: c.id,
    x: c.x,
    wantX: NaN,
    pinned: false,
    motion: null,
    arrived: null,
    leavingFor: null,
    current: null,
    place: roads.place(`transfer:${c.id}`),
    cycle: sampler(scenario.quayCranes.cycleTimeS, streams.stream(`qc.cycle:${c.id}`)),
    meanCycleS: moments(scenario.quayCranes.cycleTimeS).mean,
    dualCycle: sampler(scenario.quayCranes.dualCycleTimeS ?? scaledDistribution(scenario.quayCranes.cycleTimeS, DUAL_CYCLE_FACTOR), streams.stream(`qc.dualCycle:${c.id}`)),
    pairedDischarge: null,
    pairedCycleS: 0,
    call: null,
    sequence: [],
    next: 0,
    released: 0,
    openJobs: 0,
    nextHandoverS: 0,
    waiting: null,
    holding: -1,
    progressS: 0,
    cycleStartS: NaN,
    cycleHalfS: 0,
    cycleHandoverS: NaN,
  }));
  const berths = layout.berths.map((b) => {
    const xs = Array.from(b.line).filter((_, i) => i % 2 === 0);
    const onBerth = cranes.filter((c) => layout.quayCranes[c.index].berth === b.id).map((c) => c.index);
    return { id: b.id, fromM: Math.min(...xs), toM: Math.max(...xs), cranes: onBerth.sort((p, q) => cranes[p].x - cranes[q].x), alongside: [] as VesselCall[] };
  });
  const t: Terminal = {
    sim,
    endS,
    scenario,
    layout,
    streams,
    clock,
    roads,
    ledger: new BoxLedger(),
    calls: [],
    quay: { berths, alongside: [], waiting: [] },
    cranes,
    vehicles: [],
    yard: new YardStacks(layout.blocks),
    yardCranes: createYardCranes({ sim, scenario, layout, streams }),
    yardReserved: new Int32Array(layout.blocks.length),
    yardGroups: new Map(),
    exportsByBlock: new Map(),
    exportBookings: { byCall: new Map(), byGroup: new Map() },
    loadMoveOf: new Map(),
    mixedLoads: new Set(),
    mixedGroups: new Set(),
    appointments: scenario.gate.appointments === undefined ? null : new AppointmentBook(scenario.gate.appointments, layout.blocks.length, streams),
    blocksByCrane: blocksByCrane({ layout, roads }, cranes.map((c) => c.place)),
    chargers: layout.chargers.map((c, index) => ({ index, id: c.id, place: roads.place(`charger:${c.id}`), plugs: new Resource(sim, c.plugs, c.id), heading: 0 })),
    unlocking: layout.unlockingStations.map((u) => ({
      id: u.id,
      place: roads.place(`unlocking:${u.id}`),
      positions: new Resource(sim, scenario.unlocking.positions, u.id),
      service: sampler(scenario.unlocking.serviceTimeS, streams.stream(`unlocking.service:${u.id}`)),
    })),
    gate: gateOf(sim, scenario, layout, roads, streams),
    trucks: new Map(),
    trucksCreated: 0,
    dispatcher: null!,
    strategy: options.strategy,
    recorder: new KpiRecorder(Math.min(scenario.run.warmUpS, endS), endS),
    traffic: scenario.traffic.control === 'reservation' ? new TrafficControl(layout, scenario.traffic, scenario.vehicles.count, (v) => t.vehicles[v].id) : null,
    drives: new MotionLog<DriveRecord>(scenario.vehicles.count, (d) => d.vehicle, (d, p) => `${t.vehicles[d.vehicle].id} starts a drive at ${d.t0.toFixed(1)} s before its previous drive ends at ${p.t1.toFixed(1)} s`),
    yardMoves: null!,
    trace: options.trace ?? null,
    nextJobId: 0,
    craneSpans: [],
    rail: railOf(scenario, layout),
  };
  t.calls = plans.map((plan) => {
    const berth = berths[plan.index % berths.length];
    return {
      plan,
      index: plan.index,
      id: plan.id,
      arrivalS: plan.arrivalS,
      service: plan.service,
      windowStartS: plan.windowStartS,
      windowEndS: plan.windowEndS,
      berthS: NaN,
      departS: NaN,
      fromM: NaN,
      toM: NaN,
      cranes: [],
      plannedCrane: berth.cranes[berth.cranes.length >> 1],
      yardPlan: null,
      discharge: [],
      loadList: [],
      loaded: [],
      remainingMoves: 0,
      bays: [],
      bayX: [],
      movesDone: 0,
      berthed: sim.event(),
      departed: sim.event(),
    };
  });
  const yardCranes = t.yardCranes.flat();
  t.yardMoves = new MotionLog<YardMoveRecord>(yardCranes.length, (m) => m.crane, (m, p) => `yard crane ${yardCranes[m.crane].id} starts a move at ${m.t0.toFixed(1)} s before its previous move ends at ${p.t1.toFixed(1)} s`);
  t.recorder.trafficModelled = t.traffic !== null;
  if (t.traffic !== null) {
    t.traffic.measureFromS = t.recorder.warmUpS;
    for (const p of layout.parkings) t.traffic.fixBays(roads.place(`parking:${p.id}`), p.bays);
    for (const c of t.chargers) t.traffic.fixBays(c.place, layout.chargers[c.index].bays);
  }
  t.vehicles = createFleet(t);
  t.dispatcher = new Dispatcher(t);
  fillInitialYard(t, plans);
  for (const call of t.calls) if (call.arrivalS < endS) sim.process(vesselProcess(t, call), call.id);
  for (const v of t.vehicles) v.process = sim.process(artProcess(t, v), v.id);
  startStallWatchdog(t);
  return t;
}

/** The crane rail, when the layout's cranes share one transfer lane: along the quay, in its frame. */
function railOf(scenario: Scenario, layout: Layout): Rail | null {
  if (layout.sharedTransferLane < 0) return null;
  const xs = Array.from(layout.quay.line).filter((_, i) => i % 2 === 0);
  return {
    sepM: scenario.quayCranes.safetyDistanceM ?? DEFAULT_SAFETY_DISTANCE_M,
    speedMps: scenario.quayCranes.gantrySpeedMps ?? DEFAULT_GANTRY_SPEED_MPS,
    minX: Math.min(...xs),
    maxX: Math.max(...xs),
    motions: [],
  };
}

function gateOf(sim: Simulation, scenario: Scenario, layout: Layout, roads: Roads, streams: RandomStreams): Terminal['gate'] {
  const lanes = (d: 'in' | 'out') => layout.gateLanes.filter((g) => g.direction === d).map((g) => roads.place(`gate:${g.id}`));
  const inPlaces = lanes('in');
  const outPlaces = lanes('out');
  return {
    in: new Resource(sim, Math.max(1, inPlaces.length), 'gate in'),
    out: new Resource(sim, Math.max(1, outPlaces.length), 'gate out'),
    processing: sampler(scenario.gate.processingTimeS, streams.stream('gate.processing')),
    inPlaces,
    outPlaces,
  };
}

/**
 * The fleet starts parked in the parking areas' bays, a vehicle to each area in turn, charged to the
 * initial state. Without traffic (the idealised model) vehicles beyond the bays share the parkings' points.
 */
function createFleet(t: Terminal): Vehicle[] {
  const { scenario, layout, roads } = t;
  // round the parkings in turn, so the fleet does not all pull out of one at the start
  const spots: { place: Place; bay: number }[] = [];
  const most = Math.max(0, ...layout.parkings.map((p) => p.capacity));
  for (let bay = 0; bay < most; bay++) for (const p of layout.parkings) if (bay < p.capacity) spots.push({ place: roads.place(`parking:${p.id}`), bay });
  const fallback = layout.parkings.map((p) => roads.place(`parking:${p.id}`));
  if (t.traffic !== null) {
    if (scenario.vehicles.count > spots.length) {
      throw new RangeError(`vehicles.count: a fleet of ${scenario.vehicles.count} does not fit the ${spots.length} parking bays of ${layout.file}; add parking, or run with traffic.control "off"`);
    }
    spots.forEach((s, k) => k < scenario.vehicles.count && t.traffic!.standAt(k, s.place, s.bay));
  }
  return Array.from({ length: scenario.vehicles.count }, (_, index): Vehicle => ({
    index,
    id: `ART${String(index + 1).padStart(3, '0')}`,
    state: 'parked',
    since: 0,
    place: spots[index]?.place ?? fallback[index % fallback.length],
    energyKWh: scenario.battery.initialSoc * scenario.battery.capacityKWh,
    standSince: 0,
    free: false,
    freeSinceS: 0,
    expectedFreeS: 0,
    expectedFreeAt: -1,
    chargeOrdered: false,
    job: null,
    wake: null,
    cargo: [],
    process: null,
    accountedS: 0,
    distanceEmptyM: 0,
    distanceLoadedM: 0,
    drivingKWh: 0,
    standingKWh: 0,
    chargedKWh: 0,
  }));
}
