import type { VehicleState } from '../dispatch/strategy';
import type { ProcessBody } from '../sim';
import { draw, driveEnergyKWh, standUntil } from './battery';
import { InvariantError } from './invariantError';
import type { Terminal, Vehicle } from './model';
import type { Place } from './roads';

/** Closes the vehicle's current state at the present time and enters `state`. */
export function setState(terminal: Terminal, v: Vehicle, state: VehicleState): void {
  const now = terminal.sim.now;
  const active = terminal.sim.activeProcess;
  if (v.process !== null && active !== v.process) {
    throw new InvariantError(now, `${v.id} was told to be ${state} by ${active === null ? 'no process' : `process "${active.name}"`} while its own process runs it: a vehicle does one thing at a time`);
  }
  closeState(terminal, v, now);
  v.state = state;
}

/** Accounts the current state's time up to `t` (at a state change, and at the end of a run). */
export function closeState(terminal: Terminal, v: Vehicle, t: number): void {
  if (t > v.since) {
    terminal.recorder.vehicleState(v.state, v.since, t);
    v.accountedS += t - v.since;
    v.since = t;
  }
}

/**
 * Drives the vehicle to `to` by the shortest lanes (or, routing "traffic-aware", the quickest given the
 * reservations), in `state`: one recorded drive, planned whole by traffic control when vehicles share
 * the road, its energy drawn up front (a drive the battery cannot finish breaks an invariant before it
 * starts) with the cost of its stops in traffic.
 */
export function* driveTo(terminal: Terminal, v: Vehicle, to: Place, state: VehicleState): ProcessBody {
  setState(terminal, v, state);
  if (to.key === v.place.key) return;
  const { sim, scenario, roads, recorder } = terminal;
  const loaded = v.cargo.length > 0;
  const speed = loaded ? scenario.vehicles.speedLoadedMps : scenario.vehicles.speedEmptyMps;
  const t0 = sim.now;
  const aware = terminal.traffic !== null && scenario.traffic.routing === 'traffic-aware';
  const route = (aware ? terminal.traffic!.routeAware(terminal.layout, v.place, to, speed, v.index, t0) : null) ?? roads.route(v.place, to);
  const trip = terminal.traffic?.trip(v.index, v.place, to, route, speed, t0) ?? null;
  const durationS = (trip === null ? route.lengthM / speed : trip.arriveS - t0) + scenario.vehicles.stopStartPenaltyS;
  standUntil(terminal, v, t0);
  const kWh = driveEnergyKWh(scenario, route.lengthM, loaded) + (trip === null ? 0 : trip.stops * scenario.traffic.stopEnergyKWh);
  draw(terminal, v, kWh, `driving from ${v.place.key} to ${to.key}`);
  v.drivingKWh += kWh;
  if (loaded) v.distanceLoadedM += route.lengthM;
  else v.distanceEmptyM += route.lengthM;
  recorder.drive(loaded, t0, t0 + durationS, route.lengthM, kWh);
  if (trip !== null) recorder.trafficDelay(t0, t0 + durationS, trip.delayS);
  const counted = { lengthM: route.lengthM, energyKWh: kWh, delayS: trip === null ? 0 : trip.delayS };
  terminal.drives.push(trip === null ? { vehicle: v.index, path: route.points, t0, t1: t0 + durationS, loaded, ...counted } : { vehicle: v.index, path: trip.path, t0, t1: t0 + durationS, loaded, profile: trip.profile, ...counted });
  terminal.trace?.({ t: t0, event: 'drive', vehicle: v.id, from: v.place.key, to: to.key, t1: t0 + durationS, lengthM: route.lengthM, loaded, ...(trip === null ? {} : { departS: trip.departS, delayS: trip.delayS, stops: trip.stops }) });
  v.place = to;
  yield sim.timeout(durationS);
  v.standSince = sim.now;
}
