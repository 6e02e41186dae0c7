import type { VehicleState } from '../dispatch/strategy';
import { lanePoint, positionAt, type Pose } from '../layout';
import type { Vehicle } from '../terminal/model';
import { writeBoxKeys } from './boxColourKeys';
import { quayCranePose, yardCraneBay, type QuayCranePose } from './craneMotion';
import { craneXAt } from '../terminal/quay/rail';
import type { RunSession } from './session';

/** State codes of `RenderSnapshot.vehicles.state`; the record keeps the list complete when states are added. */
const STATE_CODE: Record<VehicleState, number> = { parked: 0, idle: 1, toPickup: 2, loaded: 3, waitQuay: 4, waitYard: 5, toCharger: 6, charging: 7 };
/** VEHICLE_STATES[code] is the state a code stands for. */
export const VEHICLE_STATES = (Object.keys(STATE_CODE) as VehicleState[]).sort((a, b) => STATE_CODE[a] - STATE_CODE[b]);

/**
 * What a 3D view draws at one instant, as typed arrays indexed like the terminal's own lists
 * (vehicles, quay cranes, yard cranes, yard blocks, yard slots, chargers) so a layer maps them
 * straight into instance attributes. Metres are in the layout's local plane (x east, y north).
 * Boxes are given as two keys, their flow (FLOW_CODE, or NO_BOX) and the call they are coloured by
 * (colourCallOf), so a view can colour by either. A worker transfers the buffers.
 */
export interface RenderSnapshot {
  timeS: number;
  vehicles: {
    x: Float32Array;
    y: Float32Array;
    /** direction of travel, radians counter-clockwise from +x; a vehicle at rest keeps its last */
    headingRad: Float32Array;
    /** index into VEHICLE_STATES */
    state: Uint8Array;
    /** boxes on board */
    boxes: Uint8Array;
    /** state of charge, 0…1 */
    soc: Float32Array;
    /** keys of the first box on board */
    cargoFlow: Int8Array;
    cargoCall: Int16Array;
    /** 1 while the vehicle is on a drive but stands still for traffic (queued on the road, or held in its bay until its slot to pull out) */
    stopped: Uint8Array;
  };
  quayCranes: {
    x: Float32Array;
    y: Float32Array;
    working: Uint8Array;
    /** 0 = over the vessel, 1 = over the transfer lane */
    trolley: Float32Array;
    /** spreader height, 0 = down, 1 = top */
    hoist: Float32Array;
    holdingFlow: Int8Array;
    holdingCall: Int16Array;
  };
  /** per yard crane (block by block, as the layout lists them) */
  yardCranes: {
    block: Int16Array;
    /** the bay its frame stands over, fractional while it gantries */
    bay: Float32Array;
    holdingFlow: Int8Array;
    holdingCall: Int16Array;
  };
  /** per yard block: boxes ÷ slots */
  blocks: { fill: Float32Array };
  /** per yard slot, in the yard's slot order (block, bay, row, tier; see slotOrder) */
  yard: { flow: Int8Array; call: Int16Array };
  /** vessels alongside: their stretch of quay (metres along x), their index in the run's calls, boxes aboard */
  vessels: { fromM: Float32Array; toM: Float32Array; call: Int32Array; onBoard: Int32Array };
  /** per charging station: plugs in use and vehicles queueing */
  chargers: { busy: Uint8Array; queue: Uint16Array };
  /**
   * Congestion on the road, per traffic resource (TrafficNetwork order: junction zones, then cells
   * of lane): `waiting` is the vehicles waiting for it on average over the last
   * CONGESTION_WINDOW_S (src/traffic/recentWaits: 10 simulated minutes), i.e. seconds waited there in that window ÷ its
   * length: 0 free-flowing, 1 one vehicle queued the whole time, 3 a queue of three. A recent
   * window, not the run's total, so the heat layer shows where queues stand now (and during the
   * warm-up too); the totals since the warm-up are the KPIs' worst zones. Empty when traffic
   * control is off.
   */
  traffic: { waiting: Float32Array };
}

/**
 * The order of `yard.*`: slot index = first slot of the block + ((bay × rows + row) × tiers + tier),
 * blocks in layout order (the same order as YardLayout.slotIndex).
 */
export const slotOrder = 'block, bay, row, tier' as const;

/** The session's terminal at its current time; drives and crane motions under way are interpolated. */
export function renderSnapshot(session: RunSession): RenderSnapshot {
  const t = session.terminal;
  return {
    timeS: session.timeS,
    vehicles: vehicleArrays(session),
    quayCranes: quayCraneArrays(session),
    yardCranes: yardCraneArrays(session),
    blocks: { fill: Float32Array.from(t.layout.blocks, (b, k) => (b.slots - t.yard.freeSlots(k)) / b.slots) },
    yard: yardArrays(session),
    vessels: vesselArrays(session),
    chargers: {
      busy: Uint8Array.from(t.chargers, (c) => c.plugs.count),
      queue: Uint16Array.from(t.chargers, (c) => c.plugs.queueLength),
    },
    traffic: { waiting: t.traffic === null ? new Float32Array(0) : t.traffic.recent.levels(session.timeS, new Float32Array(t.traffic.network.resourceCount)) },
  };
}

function vehicleArrays(session: RunSession): RenderSnapshot['vehicles'] {
  const t = session.terminal;
  const now = session.timeS;
  const n = t.vehicles.length;
  const out = {
    x: new Float32Array(n),
    y: new Float32Array(n),
    headingRad: new Float32Array(n),
    state: new Uint8Array(n),
    boxes: new Uint8Array(n),
    soc: new Float32Array(n),
    cargoFlow: new Int8Array(n),
    cargoCall: new Int16Array(n),
    stopped: new Uint8Array(n),
  };
  const pose: Pose = { x: 0, y: 0, headingRad: 0 };
  const capacityKWh = t.scenario.battery.capacityKWh;
  const bodyLengthM = t.scenario.traffic.vehicleLengthM;
  for (const v of t.vehicles) {
    const drive = session.latest.drives.of(v.index);
    // before and after a drive positionAt clamps to its ends: a vehicle at rest stands where it arrived;
    // on the road its body is drawn where traffic control reserved it, behind its front
    if (drive !== undefined) positionAt(drive, now, pose, bodyLengthM);
    else standingPose(session, v, pose);
    const i = v.index;
    out.stopped[i] = drive?.profile !== undefined && standsStill(drive.profile, now) ? 1 : 0;
    out.x[i] = pose.x;
    out.y[i] = pose.y;
    out.headingRad[i] = pose.headingRad;
    out.state[i] = STATE_CODE[v.state];
    out.boxes[i] = v.cargo.length;
    out.soc[i] = v.energyKWh / capacityKWh;
    writeBoxKeys(t.ledger.boxes, v.cargo.length > 0 ? v.cargo[0].id : -1, out.cargoFlow, out.cargoCall, i);
  }
  return out;
}

function quayCraneArrays(session: RunSession): RenderSnapshot['quayCranes'] {
  const t = session.terminal;
  const n = t.cranes.length;
  const out = {
    // cranes on a rail travel: where each stands now, between the ends of its gantry travel
    x: Float32Array.from(t.cranes, (c) => craneXAt(c, session.timeS)),
    y: Float32Array.from(t.layout.quayCranes, (c) => c.y),
    working: Uint8Array.from(t.cranes, (c) => (c.call === null ? 0 : 1)),
    trolley: new Float32Array(n),
    hoist: new Float32Array(n),
    holdingFlow: new Int8Array(n),
    holdingCall: new Int16Array(n),
  };
  const pose: QuayCranePose = { trolley: 0, hoist: 0 };
  for (const c of t.cranes) {
    quayCranePose(session.timeS, c.cycleStartS, c.cycleHalfS, c.cycleHandoverS, pose);
    out.trolley[c.index] = pose.trolley;
    out.hoist[c.index] = pose.hoist;
    writeBoxKeys(t.ledger.boxes, c.holding, out.holdingFlow, out.holdingCall, c.index);
  }
  return out;
}

function yardCraneArrays(session: RunSession): RenderSnapshot['yardCranes'] {
  const t = session.terminal;
  const cranes = t.yardCranes.flat();
  const out = {
    block: Int16Array.from(cranes, (c) => c.block),
    bay: new Float32Array(cranes.length),
    holdingFlow: new Int8Array(cranes.length),
    holdingCall: new Int16Array(cranes.length),
  };
  const speed = t.scenario.yard.gantrySpeedMps;
  for (const c of cranes) {
    const move = session.latest.yardMoves.of(c.index);
    const bayLengthM = t.layout.blocks[c.block].bayAxis.bayLengthM;
    out.bay[c.index] = move === undefined ? c.bay : yardCraneBay(session.timeS, move, (Math.abs(move.toBay - move.fromBay) * bayLengthM) / speed);
    writeBoxKeys(t.ledger.boxes, c.holding, out.holdingFlow, out.holdingCall, c.index);
  }
  return out;
}

function yardArrays(session: RunSession): RenderSnapshot['yard'] {
  const t = session.terminal;
  const slotBox = t.yard.state.slotBox;
  const flow = new Int8Array(slotBox.length);
  const call = new Int16Array(slotBox.length);
  for (let s = 0; s < slotBox.length; s++) writeBoxKeys(t.ledger.boxes, slotBox[s], flow, call, s);
  return { flow, call };
}

function vesselArrays(session: RunSession): RenderSnapshot['vessels'] {
  const alongside = session.terminal.quay.alongside;
  // boxes aboard: those still to discharge plus those loaded; counted from the calls' own lists
  const aboard = (c: (typeof alongside)[number]) => c.discharge.reduce((a, b) => a + (b.place === 'vessel' ? 1 : 0), 0) + c.loaded.length;
  return {
    fromM: Float32Array.from(alongside, (c) => c.fromM),
    toM: Float32Array.from(alongside, (c) => c.toM),
    call: Int32Array.from(alongside, (c) => c.index),
    onBoard: Int32Array.from(alongside, aboard),
  };
}

/**
 * Whether a drive's profile (metres and seconds, pairwise) stands still at `t`: t lies in a stretch
 * of its time where the distance does not change. Only within the profile's own span: before it the
 * vehicle has not set off, after it the drive's end (positioning at the place) is no traffic.
 */
export function standsStill(profile: Float64Array, t: number): boolean {
  for (let k = 0; k + 3 < profile.length; k += 2) {
    const t0 = profile[k + 1];
    const t1 = profile[k + 3];
    if (t < t0) return false;
    if (t < t1) return profile[k + 2] === profile[k];
  }
  return false;
}

/**
 * A vehicle that has not driven yet stands where the run put it: in its bay with traffic control
 * (the fleet fills the parkings' bays), else at its place on the lane, facing along it.
 */
function standingPose(session: RunSession, v: Vehicle, out: Pose): void {
  const { layout, traffic } = session.terminal;
  if (traffic !== null) {
    const bay = traffic.bayOfVehicle(v.index, v.place);
    out.x = bay.x;
    out.y = bay.y;
    out.headingRad = bay.headingRad;
    return;
  }
  const { graph } = layout;
  [out.x, out.y] = lanePoint(graph, v.place.at);
  const from = graph.edgeFrom[v.place.at.edge];
  const to = graph.edgeTo[v.place.at.edge];
  out.headingRad = Math.atan2(graph.nodeY[to] - graph.nodeY[from], graph.nodeX[to] - graph.nodeX[from]);
}

/** The buffers to transfer with a snapshot (each array owns its buffer). */
export function snapshotBuffers(s: RenderSnapshot): ArrayBuffer[] {
  return [s.vehicles, s.quayCranes, s.yardCranes, s.blocks, s.yard, s.vessels, s.chargers, s.traffic].flatMap((group) =>
    Object.values(group).map((a: ArrayBufferView) => a.buffer as ArrayBuffer),
  );
}
