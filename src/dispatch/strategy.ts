/**
 * The dispatch boundary: a strategy is a pure function from a plain-data snapshot of the terminal
 * to assignments of free vehicles to open jobs. It never sees the model's objects, so it runs the
 * same in Node, a worker or a test, and a user can write one without knowing the model.
 */

/** Vehicle states as the model records them; `vehicleStateShares` folds them into the KPI's seven. */
export type VehicleState = 'parked' | 'idle' | 'toPickup' | 'loaded' | 'waitQuay' | 'waitYard' | 'toCharger' | 'charging';

export interface VehicleView {
  /** index into the fleet; what an assignment names */
  index: number;
  id: string;
  state: VehicleState;
  /** true when the vehicle may be given a job now */
  free: boolean;
  /** the key point it stands at, or drives to (index into `keyPoints`) */
  at: number;
  socKWh: number;
  /** state of charge, 0…1 */
  soc: number;
  /** since when it has been free (Infinity when busy) */
  freeSinceS: number;
  /** predicted: when a busy vehicle will be free again (now if free), and where (key point) */
  expectedFreeS: number;
  expectedFreeAt: number;
}

export interface CraneView {
  index: number;
  id: string;
  /** the key point under the crane where vehicles are served */
  at: number;
  /** whether it is working a vessel */
  working: boolean;
  meanCycleS: number;
  /** expected time of its next handover */
  nextHandoverS: number;
}

export interface ChargerView {
  index: number;
  id: string;
  at: number;
  plugs: number;
  /** vehicles charging or queued there now */
  busy: number;
}

/** The fleet's battery and charging figures, for strategies that plan energy. */
export interface EnergyView {
  capacityKWh: number;
  consumptionLoadedKWhPerKm: number;
  consumptionEmptyKWhPerKm: number;
  /** the default policy sends a free vehicle below this to charge */
  chargeBelowSoc: number;
  chargeTargetSoc: number;
  /** seconds at a plug to charge from one level to another (taper included) */
  chargeTimeS(fromKWh: number, toKWh: number): number;
}

export interface JobView {
  /** what an assignment names; unique within a run */
  id: number;
  kind: 'discharge' | 'load';
  /** index of the quay crane the job serves, and its id */
  crane: number;
  craneId: string;
  /** key points: where the vehicle picks the box(es) up and where it leaves them */
  origin: number;
  destination: number;
  /** boxes carried: 1, or 2 twenty-footers */
  boxes: number;
  /** when the job could start: its box is on the vessel (discharge) or in the yard (load) */
  readyS: number;
  /**
   * when the crane is expected to need the vehicle under it; for a crane's front move that it is
   * already waiting for, the time it began to wait (in the past, so the longest wait sorts first)
   */
  dueS: number;
  /** position in the crane's work sequence (of its first box) */
  sequence: number;
  /** position of its last box: a dual-cycling tour's discharge comes right after it */
  lastSequence: number;
  /** expected time from reaching the origin to standing under the crane: for a load, the yard crane's service and the loaded drive; 0 for a discharge */
  toCraneS: number;
}

export interface DispatchSnapshot {
  timeS: number;
  /** every vehicle of the fleet, busy ones included */
  vehicles: readonly VehicleView[];
  /** open jobs: released by their crane and not yet assigned */
  jobs: readonly JobView[];
  /** key point ids (`transfer:QC01`, `handover:Y01:sea`, …), indexed by VehicleView.at and JobView.origin */
  keyPoints: readonly string[];
  /** driving time between two key points, stop/start penalty included */
  travelTimeS(from: number, to: number, loaded: boolean): number;
  /** shortest lane distance between two key points, m */
  distanceM(from: number, to: number): number;
  cranes: readonly CraneView[];
  chargers: readonly ChargerView[];
  energy: EnergyView;
}

/**
 * One decision for one free vehicle: take `job` (and, for a dual-cycling tour, stay under the crane
 * for the discharge `then` after delivering the load `job`), or go charging now (`charge: true`).
 * The vehicles sent to one crane take that crane's open jobs in the crane's order: naming a later
 * job of a crane whose earlier job nobody takes gives the vehicle the earlier one (the trace's
 * `assign` record then says which job was `asked`). A strategy chooses how many vehicles serve each
 * crane and which ones; the crane's work sequence chooses the moves.
 */
export interface Assignment {
  vehicle: number;
  job?: number;
  then?: number;
  charge?: boolean;
}

export interface Strategy {
  name: string;
  /** Returns decisions for free vehicles; each vehicle and each job at most once. */
  decide(snapshot: DispatchSnapshot): Assignment[];
  /** runs the quay cranes in dual-cycling mode whatever the scenario says */
  dualCycling?: boolean;
  /** sees this many upcoming jobs per crane, beyond the release horizon the others see */
  lookaheadJobs?: number;
}

/** What a strategy may know of the run before it starts. */
export interface StrategyContext {
  /** the scenario's dispatch.gangSize, if given */
  gangSize: number | undefined;
  fleet: number;
  cranes: number;
}

/** Makes a fresh strategy for one run: a strategy may keep state between epochs of that run only. */
export type StrategyFactory = (context: StrategyContext) => Strategy;
