import type { VehicleState } from '../dispatch/strategy';
import { lanePoint, positionAt, type Pose } from '../layout';
import type { Vehicle } from '../terminal/model';
import type { RunSession } from './session';

/** State codes of `RenderSnapshot.vehicles.state`; the record keeps the list complete when states are added. */
const STATE_CODE: Record<VehicleState, number> = { parked: 0, idle: 1, toPickup: 2, loaded: 3, waitQuay: 4, waitYard: 5, toCharger: 6, charging: 7 };
/** VEHICLE_STATES[code] is the state a code stands for. */
export const VEHICLE_STATES = (Object.keys(STATE_CODE) as VehicleState[]).sort((a, b) => STATE_CODE[a] - STATE_CODE[b]);

/**
 * What a 3D view draws at one instant, as typed arrays indexed like the terminal's own lists
 * (vehicles, quay cranes, yard blocks) so a layer maps them straight into instance attributes.
 * Metres are in the layout's local plane (x east, y north); a worker transfers the buffers.
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
  };
  quayCranes: { x: Float32Array; y: Float32Array; working: Uint8Array };
  /** per yard block: boxes ÷ slots */
  blocks: { fill: Float32Array };
  /** vessels alongside: their stretch of quay (metres along x) and their index in the run's calls */
  vessels: { fromM: Float32Array; toM: Float32Array; call: Int32Array };
}

/** The session's terminal at its current time; drives under way are interpolated along their paths. */
export function renderSnapshot(session: RunSession): RenderSnapshot {
  const t = session.terminal;
  const now = session.timeS;
  const n = t.vehicles.length;
  const vehicles = { x: new Float32Array(n), y: new Float32Array(n), headingRad: new Float32Array(n), state: new Uint8Array(n), boxes: new Uint8Array(n), soc: new Float32Array(n) };
  const pose: Pose = { x: 0, y: 0, headingRad: 0 };
  const capacityKWh = t.scenario.battery.capacityKWh;
  for (const v of t.vehicles) {
    const drive = session.latest.drives.of(v.index);
    // before and after a drive positionAt clamps to its ends: a vehicle at rest stands where it arrived
    if (drive !== undefined) positionAt(drive, now, pose);
    else standingPose(session, v, pose);
    vehicles.x[v.index] = pose.x;
    vehicles.y[v.index] = pose.y;
    vehicles.headingRad[v.index] = pose.headingRad;
    vehicles.state[v.index] = STATE_CODE[v.state];
    vehicles.boxes[v.index] = v.cargo.length;
    vehicles.soc[v.index] = v.energyKWh / capacityKWh;
  }
  const cranes = t.layout.quayCranes;
  const quayCranes = {
    x: Float32Array.from(cranes, (c) => c.x),
    y: Float32Array.from(cranes, (c) => c.y),
    working: Uint8Array.from(t.cranes, (c) => (c.call === null ? 0 : 1)),
  };
  const blocks = { fill: Float32Array.from(t.layout.blocks, (b, k) => (b.slots - t.yard.freeSlots(k)) / b.slots) };
  const alongside = t.quay.berths.flatMap((b) => b.alongside);
  const vessels = { fromM: Float32Array.from(alongside, (c) => c.fromM), toM: Float32Array.from(alongside, (c) => c.toM), call: Int32Array.from(alongside, (c) => c.index) };
  return { timeS: now, vehicles, quayCranes, blocks, vessels };
}

/** A vehicle that has not driven yet stands at its place, facing along its lane. */
function standingPose(session: RunSession, v: Vehicle, out: Pose): void {
  const { graph } = session.terminal.layout;
  [out.x, out.y] = lanePoint(graph, v.place.at);
  const from = graph.edgeFrom[v.place.at.edge];
  const to = graph.edgeTo[v.place.at.edge];
  out.headingRad = Math.atan2(graph.nodeY[to] - graph.nodeY[from], graph.nodeX[to] - graph.nodeX[from]);
}

/** The buffers to transfer with a snapshot (each array owns its buffer). */
export function snapshotBuffers(s: RenderSnapshot): ArrayBuffer[] {
  return [s.vehicles, s.quayCranes, s.blocks, s.vessels].flatMap((group) => Object.values(group).map((a: ArrayBufferView) => a.buffer as ArrayBuffer));
}
