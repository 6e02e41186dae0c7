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
  /** when the crane is expected to need the vehicle under it */
  dueS: number;
  /** position in the crane's work sequence */
  sequence: number;
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
}

/**
 * One decision for one free vehicle: take `job` (and, for a dual-cycling tour, stay under the crane
 * for the discharge `then` after delivering the load `job`), or go charging now (`charge: true`).
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
