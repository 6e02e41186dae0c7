import type { TrafficControl } from '../traffic/trafficControl';
import type { AppointmentBook } from './appointments';
import type { MotionLog } from './motionLog';
import type { Strategy, VehicleState } from '../dispatch/strategy';
import type { KpiRecorder } from '../kpi/recorder';
import type { Layout } from '../layout';
import type { Scenario } from '../scenario';
import type { Process, RandomStreams, Resource, Sampler, SimEvent, Simulation } from '../sim';
import type { Box, BoxLedger } from './boxes';
import type { GantryMotion, Rail } from './quay/railTypes';
import type { CallPlan } from './callPlans';
import type { Place, Roads } from './roads';
import type { LocalClock } from './timeOfDay';
import type { YardStacks } from './yard/yardStacks';
import type { YardCrane } from './yardCranes';

/**
 * The state of a running terminal, shared by its processes. Plain records and arrays; behaviour
 * lives in the files named after each part (quayCrane.ts, vehicle.ts, yardCranes.ts, gate.ts …).
 */
export interface Terminal {
  sim: Simulation;
  /** end of the run, s */
  endS: number;
  scenario: Scenario;
  layout: Layout;
  streams: RandomStreams;
  clock: LocalClock;
  roads: Roads;
  ledger: BoxLedger;
  calls: VesselCall[];
  quay: QuayState;
  cranes: QuayCraneState[];
  vehicles: Vehicle[];
  yard: YardStacks;
  yardCranes: YardCrane[][];
  /** per block: slots promised to boxes on their way */
  yardReserved: Int32Array;
  /** yard stacking groups by key (`import:3`, `load:5:2`) */
  yardGroups: Map<string, number>;
  /** per loading call: its exports placed in each block so far (see reserveForExport) */
  exportsByBlock: Map<number, Int32Array>;
  /** per quay crane: blocks nearest first */
  blocksByCrane: number[][];
  /** with appointments: export deliveries booked per loading call to each block, and each group's current block and its bookings there */
  exportBookings: { byCall: Map<number, Int32Array>; byGroup: Map<number, { block: number; n: number }> };
  /** load boxes stacked in their call's mixed stacks, their category having no room left (see reserveForLoads) */
  mixedLoads: Set<number>;
  /** the stacking group ids of those mixed stacks */
  mixedGroups: Set<number>;
  /** the load move of each yard box that has one, by box id (category retrieval swaps them) */
  loadMoveOf: Map<number, Move>;
  /** the truck appointment system, or null when trucks come unbooked */
  appointments: AppointmentBook | null;
  chargers: Charger[];
  unlocking: UnlockingStation[];
  gate: { in: Resource; out: Resource; processing: Sampler; inPlaces: Place[]; outPlaces: Place[] };
  /** external trucks in the terminal now, by index (their index is a box's holder) */
  trucks: Map<number, Truck>;
  /** external trucks so far: the next truck's index */
  trucksCreated: number;
  dispatcher: DispatcherPort;
  strategy: Strategy;
  recorder: KpiRecorder;
  /** traffic control when vehicles share the road (scenario traffic.control "reservation"), else null */
  traffic: TrafficControl | null;
  /** each vehicle's recent drives and each yard crane's recent moves (see MotionLog) */
  drives: MotionLog<DriveRecord>;
  yardMoves: MotionLog<YardMoveRecord>;
  trace: ((record: Record<string, unknown>) => void) | null;
  nextJobId: number;
  /** the crane rail when the cranes share one transfer lane and can move along the quay; null when each has its own lane */
  rail: Rail | null;
  /** every stretch of time a quay crane worked a call (toS NaN while it still does), in start order */
  craneSpans: { crane: number; call: number; fromS: number; toS: number }[];
}

export interface DispatcherPort {
  release(job: Job): void;
  vehicleFree(vehicle: Vehicle): void;
  /** the last decision epoch at which a vehicle was free (the stall watchdog's "vehicles were free") */
  readonly lastFreeS: number;
}

export interface VesselCall {
  plan: CallPlan;
  index: number;
  id: string;
  arrivalS: number;
  /** its liner service, or null; and its berth window (NaN without one) */
  service: string | null;
  windowStartS: number;
  windowEndS: number;
  berthS: number;
  departS: number;
  /** quay stretch it occupies, metres along x */
  fromM: number;
  toM: number;
  cranes: number[];
  /** the quay crane its exports are stacked near, planned before it arrives */
  plannedCrane: number;
  /** its export blocks (see exportBlocks), planned before it berths and again when it has; null until first needed */
  yardPlan: { berthed: boolean; blocks: number[]; crane: number } | null;
  /** boxes it brought, in plan order */
  discharge: Box[];
  /** boxes bound to leave with this call (exports in the yard, transshipment), in arrival order */
  loadList: Box[];
  /** boxes loaded so far (on board until departure) */
  loaded: Box[];
  remainingMoves: number;
  /** moving cranes only: its moves bay by bay, west to east, and the centre of each bay along the quay */
  bays: Move[][];
  bayX: number[];
  /** crane moves done for it so far */
  movesDone: number;
  berthed: SimEvent<void>;
  departed: SimEvent<void>;
}

/** The quay: berths with the calls alongside, and the calls waiting for a berth in arrival order. */
export interface QuayState {
  berths: { id: string; fromM: number; toM: number; cranes: number[]; alongside: VesselCall[] }[];
  /** every call alongside, in berthing order */
  alongside: VesselCall[];
  waiting: VesselCall[];
}

export type MoveCarrier = 'art' | 'truck';

/** One quay crane move of a crane's work sequence. */
export interface Move {
  sequence: number;
  kind: 'discharge' | 'load';
  box: Box;
  bay: number;
  /** where along the quay the crane stands for it (its bay's centre), m; NaN when cranes do not move */
  x: number;
  /** the crane that does it (a crane joining a call takes over moves of another) */
  owner: QuayCraneState | null;
  /** truck moves: a truck is booked for it; the truck has come through the gate and is on its way */
  booked: boolean;
  coming: boolean;
  /** truck moves: when its truck leaves for the gate, and the event that wakes it when that changes */
  truckLeavesS: number;
  retime: SimEvent<void> | null;
  carrier: MoveCarrier;
  job: Job | null;
  /** set when the carrier stands under the crane ready for this move */
  presented: Handover | null;
  done: boolean;
}

/** What a carrier waits for under the crane: all its moves handed over. */
export interface Handover {
  holder: 'vehicle' | 'externalTruck';
  index: number;
  remaining: number;
  done: SimEvent<void>;
}

export interface QuayCraneState {
  index: number;
  id: string;
  /** where it stands along the quay, m (the start of its travel while it gantries) */
  x: number;
  /** where it must stand for its next move, NaN when it needs no place (it may be pushed aside) */
  wantX: number;
  /** mid-cycle: it may not move */
  pinned: boolean;
  motion: GantryMotion | null;
  /** fired when it reaches wantX */
  arrived: SimEvent<void> | null;
  /** the move of the cycle under way, from when the crane chose it until it is done */
  current: Move | null;
  /** redeployed: it finishes its bay on its call and goes to this call, which no crane could reach */
  leavingFor: VesselCall | null;
  /** its transfer key point at its home position (where it stands at t = 0) */
  place: Place;
  cycle: Sampler;
  meanCycleS: number;
  /** one combined dual cycle: a load and the discharge after it */
  dualCycle: Sampler;
  /** the discharge paired with the load under way, for one combined cycle, and the half of that cycle left for it */
  pairedDischarge: Move | null;
  pairedCycleS: number;
  call: VesselCall | null;
  sequence: Move[];
  /** first move not done */
  next: number;
  /** moves before this index have been released to dispatch (or to their trucks) */
  released: number;
  /** its jobs released to dispatch and not yet given to a vehicle */
  openJobs: number;
  /** expected time of the next handover, for due times */
  nextHandoverS: number;
  /** fired when a carrier presents itself while the crane waits */
  waiting: SimEvent<void> | null;
  /** box on the spreader, -1 if none */
  holding: number;
  /** its last handover, or the start of its call: the stall watchdog's clock */
  progressS: number;
  /** the cycle under way, for views: its start, half its length, and its handover (NaN until then); NaN start when idle */
  cycleStartS: number;
  cycleHalfS: number;
  cycleHandoverS: number;
}

export interface Job {
  id: number;
  kind: 'discharge' | 'load';
  crane: QuayCraneState;
  moves: Move[];
  origin: Place;
  destination: Place;
  readyS: number;
  dueS: number;
  /** discharge: the block its boxes are promised to (a slot each is reserved); load: -1 */
  storeBlock: number;
  vehicle: Vehicle | null;
  /** dual cycling: the discharge this load job's vehicle takes next, at the same crane */
  followOn: Job | null;
  /** dual cycling: the load job whose vehicle takes this discharge */
  after: Job | null;
}

export interface Vehicle {
  index: number;
  id: string;
  state: VehicleState;
  since: number;
  place: Place;
  energyKWh: number;
  /** idle draw is charged up to this time */
  standSince: number;
  free: boolean;
  freeSinceS: number;
  /** dispatch's prediction of when and where (key point) a busy vehicle is free again */
  expectedFreeS: number;
  expectedFreeAt: number;
  /** a strategy sent it charging */
  chargeOrdered: boolean;
  job: Job | null;
  /** fired by dispatch with the vehicle's next job */
  wake: SimEvent<Job | null> | null;
  cargo: Box[];
  /** the one process that drives it: no other may change its state */
  process: Process<unknown> | null;
  /** closed state time: it adds up to the run unless a state was skipped or doubled */
  accountedS: number;
  distanceEmptyM: number;
  distanceLoadedM: number;
  drivingKWh: number;
  standingKWh: number;
  chargedKWh: number;
}

export interface UnlockingStation {
  id: string;
  place: Place;
  positions: Resource;
  service: Sampler;
}

export interface Charger {
  index: number;
  id: string;
  place: Place;
  plugs: Resource;
  /** vehicles on their way to it to charge (not yet queued for a plug) */
  heading: number;
}

export interface Truck {
  index: number;
  cargo: Box[];
  gateInS: number;
}

export interface DriveRecord {
  vehicle: number;
  path: Float64Array;
  t0: number;
  t1: number;
  loaded: boolean;
  /** the motion with its stops, when traffic control planned it (see layout/drive) */
  profile?: Float64Array;
  /** metres counted as driven: the lanes, not the few metres into and out of a bay beside them */
  lengthM: number;
  /** energy drawn for it (stops in traffic included), kWh, and the seconds of it lost to traffic */
  energyKWh: number;
  delayS: number;
}

export interface YardMoveRecord {
  crane: number;
  block: number;
  t0: number;
  t1: number;
  fromBay: number;
  toBay: number;
  /** every bay the crane may stand over during the move (it starts at fromBay and ends at toBay) */
  loBay: number;
  hiBay: number;
  /** boxes moved aside in a dig; 0 for a store, or for a crane pushed aside by another */
  rehandles: number;
}
