import type { ProcessBody } from '../sim';
import { chargeTimeS, standUntil } from './battery';
import { expectCharge, travelS } from './expectedFree';
import type { Charger, Terminal, Vehicle } from './model';
import { driveTo, setState } from './vehicleState';

/**
 * The charger to go to: the one where the vehicle can start charging soonest (ties: file order). It
 * gets there after the drive (as dispatch sees driving times); a plug is free for it then if fewer
 * vehicles are charging, queued and on their way there than it has plugs, else after as many full
 * charges (threshold to target) per plug as are ahead of it. Not just the nearest: when every charger
 * is busy, a large fleet would otherwise all queue at the one nearest the quay while the others
 * stand idle, and vehicles would drain their batteries in that queue.
 */
export function chooseCharger(t: Terminal, v: Vehicle): Charger {
  const { capacityKWh, chargeBelowSoc, chargeTargetSoc } = t.scenario.battery;
  const fullChargeS = chargeTimeS(t.scenario, chargeBelowSoc * capacityKWh, chargeTargetSoc * capacityKWh);
  let best: Charger | null = null;
  let bestStartS = Infinity;
  for (const c of t.chargers) {
    const plugs = c.plugs.capacity;
    const ahead = c.plugs.count + c.plugs.queueLength + c.heading;
    const waitS = ahead < plugs ? 0 : Math.ceil((ahead - plugs + 1) / plugs) * fullChargeS;
    const startS = Math.max(travelS(t, v.place.keyPoint, c.place.keyPoint, false), waitS);
    if (startS < bestStartS) {
      best = c;
      bestStartS = startS;
    }
  }
  return best!;
}

/** Default charging policy: drive to a charger, queue for a plug, charge to the target, leave. */
export function* charge(t: Terminal, v: Vehicle): ProcessBody {
  const charger = chooseCharger(t, v);
  expectCharge(t, v, charger);
  t.trace?.({ t: t.sim.now, event: 'chargeStart', vehicle: v.id, charger: charger.id, socKWh: v.energyKWh });
  charger.heading++;
  yield* driveTo(t, v, charger.place, 'toCharger');
  charger.heading--;
  t.recorder.chargerQueue.change(t.sim.now, 1);
  const plug = charger.plugs.request();
  yield plug;
  t.recorder.chargerQueue.change(t.sim.now, -1);
  moveToPlugBay(t, v, charger);
  standUntil(t, v, t.sim.now);
  setState(t, v, 'charging');
  const target = t.scenario.battery.chargeTargetSoc * t.scenario.battery.capacityKWh;
  const durationS = chargeTimeS(t.scenario, v.energyKWh, target);
  t.recorder.plugBusyS.addSpan(t.sim.now, t.sim.now + durationS, 1);
  yield t.sim.timeout(durationS);
  v.chargedKWh += Math.max(0, target - v.energyKWh);
  v.energyKWh = Math.max(v.energyKWh, target);
  v.standSince = t.sim.now; // the charger, not the battery, fed the idle draw meanwhile
  plug.release();
  t.trace?.({ t: t.sim.now, event: 'chargeEnd', vehicle: v.id, charger: charger.id, socKWh: v.energyKWh });
}

/** With traffic, a vehicle that queued in a charger's queue bay moves into the free plug's bay (off the road, a few metres). */
function moveToPlugBay(t: Terminal, v: Vehicle, charger: Charger): void {
  const move = t.traffic?.toPlugBay(v.index, charger.place, charger.plugs.capacity, t.sim.now) ?? null;
  if (move === null) return;
  const lengthM = Math.hypot(move.to.x - move.from.x, move.to.y - move.from.y);
  const durationS = lengthM / t.scenario.vehicles.speedEmptyMps;
  t.recorder.drive(v.cargo.length > 0, t.sim.now, t.sim.now + durationS, 0, 0);
  t.drives.push({ vehicle: v.index, path: Float64Array.of(move.from.x, move.from.y, move.to.x, move.to.y), t0: t.sim.now, t1: t.sim.now + durationS, loaded: v.cargo.length > 0, lengthM: 0, energyKWh: 0, delayS: 0 });
}
