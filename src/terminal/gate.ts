import type { ProcessBody } from '../sim';
import { EXTERNAL_TRUCK_SPEED_MPS } from './assumptions';
import type { Box } from './boxes';
import type { Move, Terminal, Truck } from './model';
import { quayPlace } from './jobs';
import { nudgeCrane, presentAtCrane } from './quayCrane';
import { nearestUnlocking } from './unlocking';
import type { Place } from './roads';
import { retrieveBox, stackBox } from './yardCranes';
import { groupOf, reserveForExport } from './yardPlanner';

/** A new external truck, empty or with the boxes it brings. */
export function newTruck(t: Terminal, cargo: Box[] = []): Truck {
  const truck: Truck = { index: t.trucksCreated++, cargo, gateInS: NaN };
  t.trucks.set(truck.index, truck);
  return truck;
}

function* drive(t: Terminal, from: Place, to: Place): ProcessBody {
  if (from.key !== to.key) yield t.sim.timeout(t.roads.route(from, to).lengthM / EXTERNAL_TRUCK_SPEED_MPS);
}

function* gateIn(t: Terminal, truck: Truck): ProcessBody<Place> {
  truck.gateInS = t.sim.now;
  const lane = t.gate.in.request();
  yield lane;
  yield t.sim.timeout(t.gate.processing());
  lane.release();
  return t.gate.inPlaces[truck.index % t.gate.inPlaces.length];
}

/** Out through a gate lane; the truck's boxes leave the terminal; its turn time is recorded. */
function* gateOut(t: Terminal, truck: Truck, from: Place): ProcessBody {
  yield* drive(t, from, t.gate.outPlaces[truck.index % t.gate.outPlaces.length]);
  const lane = t.gate.out.request();
  yield lane;
  yield t.sim.timeout(t.gate.processing());
  lane.release();
  for (const box of truck.cargo) t.ledger.move(box, 'gone');
  truck.cargo.length = 0;
  t.trucks.delete(truck.index); // gone: a month of trucks is not kept
  t.recorder.truckOut(t.sim.now, t.sim.now - truck.gateInS);
  t.trace?.({ t: t.sim.now, event: 'gateOut', truck: truck.index, turnS: t.sim.now - truck.gateInS });
}

/** An export delivered by gate at `arrivalS` for the call that loads it; stacked near its planned crane. */
export function* deliveryTruck(t: Terminal, plan: Omit<Box, 'id' | 'name' | 'place' | 'holder'>, arrivalS: number): ProcessBody {
  yield t.sim.timeout(arrivalS - t.sim.now);
  const truck = newTruck(t);
  const box = t.ledger.create(plan, 'externalTruck', truck.index);
  truck.cargo.push(box);
  t.calls[box.toCall].loadList.push(box);
  const crane = t.calls[box.toCall].plannedCrane;
  let at: Place = yield* gateIn(t, truck);
  const goTo = function* (block: number, bay: number): ProcessBody {
    const handover = t.roads.bay(block, 'land', bay);
    yield* drive(t, at, handover);
    at = handover;
  };
  yield* stackBox(t, box, reserveForExport(t, box.toCall, groupOf(t, box)), 'land', crane, goTo, () => truck.cargo.splice(truck.cargo.indexOf(box), 1));
  yield* gateOut(t, truck, at);
}

/** An import's pickup: the truck comes at its booked time of day once the dwell has passed. */
export function schedulePickup(t: Terminal, box: Box, readyS: number): void {
  const arrivalS = t.clock.next(readyS, box.truckSecondOfDay);
  if (arrivalS < t.endS) t.sim.process(pickupTruck(t, box, arrivalS), `pickup ${box.name}`);
}

function* pickupTruck(t: Terminal, box: Box, arrivalS: number): ProcessBody {
  yield t.sim.timeout(arrivalS - t.sim.now);
  const truck = newTruck(t);
  const at = yield* gateIn(t, truck);
  const slot = t.yard.locate(box.id)!;
  const handover = t.roads.bay(slot.block, 'land', slot.bay);
  yield* drive(t, at, handover);
  yield* retrieveBox(t, box, 'land', () => {
    truck.cargo.push(box);
    t.ledger.move(box, 'externalTruck', truck.index);
  });
  yield* gateOut(t, truck, handover);
}

/**
 * A truck booked for a ship-side move (船边直提 pickup or 抵港直装 delivery): through the gate to
 * the crane's transfer lane, the crane hands the box over, then (cones off, for a pickup) out.
 */
export function* directTruck(t: Terminal, truck: Truck, move: Move, arrivalS: number): ProcessBody {
  move.truckLeavesS = arrivalS;
  // a crane that takes the move over from another may need the truck sooner (see bookDirectTrucks)
  while (move.truckLeavesS > t.sim.now) {
    move.retime = t.sim.event();
    yield t.sim.anyOf([t.sim.timeout(move.truckLeavesS - t.sim.now), move.retime]);
  }
  move.retime = null;
  let at = yield* gateIn(t, truck);
  move.coming = true;
  if (move.owner !== null) nudgeCrane(move.owner); // it may start the move now that its truck is on the way
  const spot = quayPlace(t, move);
  yield* drive(t, at, spot);
  // the crane that does the move now (a crane joining the call may have taken it over)
  yield presentAtCrane(t, move.owner, [move], 'externalTruck', truck.index).done;
  at = spot;
  if (move.kind === 'discharge') {
    const station = nearestUnlocking(t, at);
    yield* drive(t, at, station.place);
    const position = station.positions.request();
    yield position;
    yield t.sim.timeout(station.service());
    position.release();
    at = station.place;
  }
  yield* gateOut(t, truck, at);
}
