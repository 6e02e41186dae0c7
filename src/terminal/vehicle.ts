import type { ProcessBody, SimEvent } from '../sim';
import { standUntil } from './battery';
import type { Box } from './boxes';
import { charge } from './charging';
import { expectFromCrane } from './expectedFree';
import { dueTime } from './jobs';
import { schedulePickup } from './gate';
import type { Job, Terminal, Vehicle } from './model';
import { presentAtCrane } from './quayCrane';
import { nearestUnlocking } from './unlocking';
import { setState, driveTo } from './vehicleState';
import { nearestFreeParking } from './parking';
import { categoryPick } from './loadRetrieval';
import { retrieveBox, stackBox } from './yardCranes';

/**
 * An ART's life: free until dispatch gives it a job (or sends it charging), then the job; to a
 * charger whenever it is free below the charging threshold (the default charging policy).
 */
export function* artProcess(t: Terminal, v: Vehicle): ProcessBody {
  const { sim, scenario } = t;
  const thresholdKWh = scenario.battery.chargeBelowSoc * scenario.battery.capacityKWh;
  for (;;) {
    standUntil(t, v, sim.now);
    if (v.energyKWh < thresholdKWh || v.chargeOrdered) {
      v.chargeOrdered = false;
      yield* charge(t, v);
    }
    v.free = true;
    v.freeSinceS = sim.now;
    if (v.state !== 'parked') setState(t, v, 'idle');
    const wake: SimEvent<Job | null> = sim.event();
    v.wake = wake;
    t.dispatcher.vehicleFree(v);
    const drawKW = scenario.battery.idleDrawKW;
    // standing drains the battery: wake up to go charging when it reaches the threshold
    standUntil(t, v, sim.now);
    const untilLowS = drawKW > 0 ? ((v.energyKWh - thresholdKWh) * 3600) / drawKW : Infinity;
    // with traffic, a vehicle long without work clears the road's side for a parking bay
    const parking = v.state === 'parked' || t.traffic === null ? null : nearestFreeParking(t, v);
    const untilParkS = parking === null ? Infinity : scenario.traffic.parkIdleAfterS;
    if (Number.isFinite(untilLowS) || Number.isFinite(untilParkS)) yield sim.anyOf([wake, sim.timeout(Math.max(0, Math.min(untilLowS, untilParkS)) + 1e-6)]);
    else yield wake;
    const job = v.job;
    if (job === null) {
      v.free = false;
      v.wake = null;
      if (parking !== null && untilParkS <= untilLowS && v.energyKWh >= thresholdKWh) {
        yield* driveTo(t, v, parking, 'idle');
        setState(t, v, 'parked');
      }
      continue;
    }
    if (job.kind === 'discharge') yield* dischargeJob(t, v, job);
    else yield* loadJob(t, v, job);
    v.job = null;
  }
}

function* dischargeJob(t: Terminal, v: Vehicle, job: Job): ProcessBody {
  yield* driveTo(t, v, job.origin, 'toPickup');
  yield* serveAtCrane(t, v, job);
  expectFromCrane(t, v, job, t.sim.now);
  yield* unlockAndStore(t, v, job.storeBlock, job.crane.index);
}

function* loadJob(t: Terminal, v: Vehicle, job: Job): ProcessBody {
  for (const m of job.moves) {
    const at = t.yard.locate(m.box.id);
    if (at === null) throw new Error(`${m.box.name} left the yard before its load job ${job.id}`);
    yield* driveTo(t, v, t.roads.bay(at.block, 'sea', at.bay), v.cargo.length > 0 ? 'loaded' : 'toPickup');
    setState(t, v, 'waitYard');
    // the move's box may have been swapped for another of its category in this block meanwhile
    const pick = { handoverBay: at.bay, box: (fromBay: number, toBay: number) => categoryPick(t, m, at.bay, fromBay, toBay) };
    yield* retrieveBox(t, m.box, 'sea', () => takeOn(t, v, m.box), dueTime(job.crane, m.sequence, t.sim.now, t.scenario.quayCranes.workWindow), pick);
  }
  yield* driveTo(t, v, job.destination, 'loaded');
  yield* serveAtCrane(t, v, job);
  expectFromCrane(t, v, job, t.sim.now);
  const next = job.followOn;
  if (next !== null) {
    // a dual-cycling tour: stay under the crane for its next discharge and leave loaded
    v.job = next;
    t.trace?.({ t: t.sim.now, event: 'dualCycle', vehicle: v.id, job: next.id, crane: job.crane.id });
    yield* serveAtCrane(t, v, next);
    yield* unlockAndStore(t, v, next.storeBlock, next.crane.index);
  }
}

function* serveAtCrane(t: Terminal, v: Vehicle, job: Job): ProcessBody {
  setState(t, v, 'waitQuay');
  yield presentAtCrane(t, job.crane, job.moves, 'vehicle', v.index).done;
}

/** Through the unlocking station (cones off), then each box to its bay of the promised block. */
function* unlockAndStore(t: Terminal, v: Vehicle, block: number, crane: number): ProcessBody {
  const station = nearestUnlocking(t, v.place);
  yield* driveTo(t, v, station.place, 'loaded');
  setState(t, v, 'waitQuay');
  const position = station.positions.request();
  yield position;
  let serviceS = 0;
  for (let k = 0; k < v.cargo.length; k++) serviceS += station.service();
  yield t.sim.timeout(serviceS);
  position.release();
  while (v.cargo.length > 0) {
    const box = v.cargo[0];
    const goTo = function* (b: number, bay: number): ProcessBody {
      yield* driveTo(t, v, t.roads.bay(b, 'sea', bay), 'loaded');
      setState(t, v, 'waitYard');
    };
    yield* stackBox(t, box, block, 'sea', crane, goTo, () => v.cargo.shift());
    if (box.flow === 'import') schedulePickup(t, box);
  }
}

function takeOn(t: Terminal, v: Vehicle, box: Box): void {
  v.cargo.push(box);
  t.ledger.move(box, 'vehicle', v.index);
}
