import type { VehicleState } from '../dispatch/strategy';
import { CraneMoveTally } from './craneKpis';
import { HOUR_S, HourlySums, LevelIntegral } from './hourly';

/** The seven vehicle states of the KPI `vehicleStateShares`, in output order. */
export const KPI_VEHICLE_STATES = ['loaded', 'empty', 'waitQuay', 'waitYard', 'toCharger', 'charging', 'idle'] as const;
export type KpiVehicleState = (typeof KPI_VEHICLE_STATES)[number];

/** How the model's states fold into the KPI's: a parked vehicle is idle, one driving to a pickup is empty. */
export const KPI_STATE_OF: Record<VehicleState, number> = {
  loaded: 0,
  toPickup: 1,
  waitQuay: 2,
  waitYard: 3,
  toCharger: 4,
  charging: 5,
  idle: 6,
  parked: 6,
};

/** One quay crane move: its cycle started at t0, handed the box over at handoverS and ended at t1. */
export interface CraneMove {
  crane: number;
  call: number;
  box: number;
  kind: 'discharge' | 'load';
  t0: number;
  handoverS: number;
  t1: number;
  /** idle time before t0, since the crane's previous move ended, with no move it could start */
  idleS: number;
  /** idle time between the end of the first half-cycle and the handover */
  waitS: number;
  /** its share of the crane cycle time drawn: a whole cycle, or half of a combined dual cycle */
  cycleS: number;
  /** the crane cycles it counts for: 1, or ½ for each move of a combined dual cycle */
  cycles: number;
}

/**
 * Everything the KPIs are computed from, gathered while the model runs: hourly sums of the
 * quantities that accumulate and the quay crane moves' tally. The model calls it; it never calls
 * back.
 */
export class KpiRecorder {
  readonly stateS: HourlySums[];
  readonly emptyM: HourlySums;
  readonly loadedM: HourlySums;
  readonly energyKWh: HourlySums;
  readonly plugBusyS: HourlySums;
  readonly chargerQueue: LevelIntegral;
  readonly yardOccupied: LevelIntegral;
  /** vessel calls waiting for a berth */
  readonly callsWaiting: LevelIntegral;
  readonly yardCraneBusyS: HourlySums;
  /** yard crane time spent waiting for another crane of the block, or being pushed aside by one */
  readonly yardCraneInterferenceS: HourlySums;
  readonly retrievals: HourlySums;
  readonly rehandles: HourlySums;
  /** retrievals for a vessel (exports, transshipment) and their rehandles; imports are the rest */
  readonly loadRetrievals: HourlySums;
  readonly loadRehandles: HourlySums;
  readonly housekeepingMoves: HourlySums;
  readonly truckTurnS: HourlySums;
  readonly trucksOut: HourlySums;
  /** trucks out whose turn took an hour at most */
  readonly trucksOutWithin60: HourlySums;
  readonly craneMoves: CraneMoveTally;
  /** vehicle driving time (waits in traffic included) and the part of it lost to other vehicles */
  readonly drivingS: HourlySums;
  readonly trafficDelayS: HourlySums;
  /** traffic control ran: without it trafficDelayShare is not measured */
  trafficModelled = false;

  constructor(readonly warmUpS: number, endS: number) {
    const sums = () => new HourlySums(warmUpS, endS);
    this.craneMoves = new CraneMoveTally(warmUpS, endS);
    this.stateS = KPI_VEHICLE_STATES.map(sums);
    this.emptyM = sums();
    this.loadedM = sums();
    this.energyKWh = sums();
    this.plugBusyS = sums();
    this.chargerQueue = new LevelIntegral(sums());
    this.yardOccupied = new LevelIntegral(sums());
    this.callsWaiting = new LevelIntegral(sums());
    this.yardCraneBusyS = sums();
    this.yardCraneInterferenceS = sums();
    this.retrievals = sums();
    this.rehandles = sums();
    this.loadRetrievals = sums();
    this.loadRehandles = sums();
    this.housekeepingMoves = sums();
    this.truckTurnS = sums();
    this.trucksOut = sums();
    this.trucksOutWithin60 = sums();
    this.drivingS = sums();
    this.trafficDelayS = sums();
  }

  vehicleState(state: VehicleState, t0: number, t1: number): void {
    this.stateS[KPI_STATE_OF[state]].addSpan(t0, t1, 1);
  }

  /** A drive of `lengthM` from t0 to t1, and the energy it drew. */
  drive(loaded: boolean, t0: number, t1: number, lengthM: number, energyKWh: number): void {
    const span = t1 - t0;
    this.drivingS.addSpan(t0, t1, 1);
    if (span > 0) {
      (loaded ? this.loadedM : this.emptyM).addSpan(t0, t1, lengthM / span);
      this.energyKWh.addSpan(t0, t1, energyKWh / span);
    } else {
      (loaded ? this.loadedM : this.emptyM).add(t0, lengthM);
      this.energyKWh.add(t0, energyKWh);
    }
  }

  /** Of a drive from t0 to t1, `delayS` were lost to other vehicles (spread evenly over it). */
  trafficDelay(t0: number, t1: number, delayS: number): void {
    if (t1 > t0) this.trafficDelayS.addSpan(t0, t1, Math.max(0, delayS) / (t1 - t0));
  }

  /** Energy drawn standing (idle draw) over [t0, t1]. */
  standing(t0: number, t1: number, powerKW: number): void {
    this.energyKWh.addSpan(t0, t1, powerKW / HOUR_S);
  }

  /** A yard crane retrieval with the boxes it moved aside first; `forVessel` when the box is to be loaded. */
  retrieval(t: number, rehandles: number, forVessel: boolean): void {
    this.retrievals.add(t, 1);
    this.rehandles.add(t, rehandles);
    if (forVessel) {
      this.loadRetrievals.add(t, 1);
      this.loadRehandles.add(t, rehandles);
    }
  }

  /** A box re-marshalled in a yard crane's idle time. */
  housekeepingMove(t: number): void {
    this.housekeepingMoves.add(t, 1);
  }

  /** A truck leaves; its turn counts if it came in after the warm-up. */
  truckOut(t: number, turnS: number): void {
    if (t - turnS < this.warmUpS) return;
    this.trucksOut.add(t, 1);
    this.truckTurnS.add(t, turnS);
    if (turnS <= HOUR_S) this.trucksOutWithin60.add(t, 1);
  }

  /** Closes the level integrals at the end of the run. */
  finish(endS: number): void {
    this.chargerQueue.set(endS, this.chargerQueue.current);
    this.yardOccupied.set(endS, this.yardOccupied.current);
    this.callsWaiting.set(endS, this.callsWaiting.current);
  }
}
