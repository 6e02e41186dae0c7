import { moments } from '../sim';
import { chargeTimeS } from './battery';
import type { Charger, Job, Terminal, Vehicle } from './model';

/**
 * Dispatch's forecast of when and where a busy vehicle is free again, so strategies can plan with
 * soon-idle vehicles. Made when the vehicle sets off and refined at the crane: travel at lane
 * speed, the crane's due time, and a mean yard-crane service with no queue. A forecast only: the
 * model never acts on it.
 */
export function expectJob(t: Terminal, v: Vehicle, job: Job): void {
  const now = t.sim.now;
  const at = v.place.keyPoint;
  const yardS = yardServiceS(t);
  let underCraneS: number;
  if (job.kind === 'discharge') {
    underCraneS = Math.max(now + travelS(t, at, job.origin.keyPoint, false), job.dueS);
  } else {
    const fromYard = now + travelS(t, at, job.origin.keyPoint, false) + yardS * job.moves.length;
    underCraneS = Math.max(fromYard + travelS(t, job.origin.keyPoint, job.destination.keyPoint, true), job.dueS);
  }
  expectFromCrane(t, v, job, underCraneS);
}

/** From the crane's handover of `job` at `handoverS`: a tour's discharge, or a discharge's yard trip. */
export function expectFromCrane(t: Terminal, v: Vehicle, job: Job, handoverS: number): void {
  const last = job.followOn ?? job;
  const crane = (job.kind === 'load' ? job.destination : job.origin).keyPoint; // where it stands under the crane
  if (last.kind === 'load') {
    v.expectedFreeS = handoverS;
    v.expectedFreeAt = crane;
    return;
  }
  const startS = last === job ? handoverS : Math.max(handoverS + job.crane.meanCycleS, last.dueS);
  v.expectedFreeS = startS + travelS(t, crane, last.destination.keyPoint, true) + yardServiceS(t) * last.moves.length;
  v.expectedFreeAt = last.destination.keyPoint;
}

export function expectCharge(t: Terminal, v: Vehicle, charger: Charger): void {
  const target = t.scenario.battery.chargeTargetSoc * t.scenario.battery.capacityKWh;
  v.expectedFreeS = t.sim.now + travelS(t, v.place.keyPoint, charger.place.keyPoint, false) + chargeTimeS(t.scenario, v.energyKWh, target);
  v.expectedFreeAt = charger.place.keyPoint;
}

/**
 * Driving time between key points as strategies see it: lane distance at speed plus the stop/start
 * penalty, plus (traffic.dispatchSeesCongestion) the delay recently seen on trips to the same place.
 */
export function travelS(t: Terminal, from: number, to: number, loaded: boolean): number {
  if (from === to) return 0;
  const { distanceM, ids } = t.layout.travel;
  const { speedLoadedMps, speedEmptyMps, stopStartPenaltyS } = t.scenario.vehicles;
  const congestionS = t.traffic !== null && t.scenario.traffic.dispatchSeesCongestion ? t.traffic.expectedDelayS(to) : 0;
  return distanceM[from * ids.length + to] / (loaded ? speedLoadedMps : speedEmptyMps) + stopStartPenaltyS + congestionS;
}

const serviceCache = new WeakMap<Terminal, number>();

/** A yard crane's mean time for one box, no queue: trolley, hoist and a gantry run across a third of the block. */
export function yardServiceS(t: Terminal): number {
  let s = serviceCache.get(t);
  if (s === undefined) {
    const { trolleyTimeS, hoistTimeS, gantrySpeedMps } = t.scenario.yard;
    const meanBlockM = t.layout.blocks.reduce((a, b) => a + b.bays * b.bayAxis.bayLengthM, 0) / Math.max(1, t.layout.blocks.length);
    s = moments(trolleyTimeS).mean + moments(hoistTimeS).mean + meanBlockM / 3 / gantrySpeedMps;
    serviceCache.set(t, s);
  }
  return s;
}
