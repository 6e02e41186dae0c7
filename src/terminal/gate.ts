import type { ProcessBody } from '../sim';
import { APPOINTMENT_LEAD_S, EXTERNAL_TRUCK_SPEED_MPS } from './assumptions';
import type { Box, BoxFields } from './boxes';
import type { Move, Terminal, Truck } from './model';
import { quayPlace } from './jobs';
import { nudgeCrane, presentAtCrane } from './quayCrane';
import { nearestUnlocking } from './unlocking';
import type { Place } from './roads';
import { retrieveBox, stackBox } from './yardCranes';
import { exportBlocks, groupOf, reserveForLoads } from './yardPlanner';

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

/**
 * An export's delivery truck, wanting to come at `wantedS`: with appointments it books, now, a slot
 * at the block its box is planned for (see plannedExportBlock) and comes in that slot.
 */
export function bookDelivery(t: Terminal, plan: BoxFields, wantedS: number): void {
  const book = t.appointments;
  if (book === null) {
    t.sim.process(deliveryTruck(t, plan, wantedS, -1), 'delivery');
    return;
  }
  const block = plannedExportBlock(t, plan);
  const arrivalS = book.arrival(book.book(block, wantedS));
  if (arrivalS < t.endS) t.sim.process(deliveryTruck(t, plan, Math.max(t.sim.now, arrivalS), block), 'delivery');
}

/**
 * The block of the call's export plan a booked export is planned for: a group (category) keeps its
 * block until it has booked a stack's worth of boxes there (so its stacks fill), then moves to the
 * plan's block holding fewest of the call's bookings, so categories spread over the call's blocks.
 */
function plannedExportBlock(t: Terminal, plan: BoxFields): number {
  const { byCall, byGroup } = t.exportBookings;
  let counts = byCall.get(plan.toCall);
  if (counts === undefined) byCall.set(plan.toCall, (counts = new Int32Array(t.layout.blocks.length)));
  const group = groupOf(t, { ...plan, pickupS: NaN });
  let current = byGroup.get(group);
  if (current === undefined || current.n >= t.yard.blocks[0].tiers) {
    const blocks = exportBlocks(t, t.calls[plan.toCall]);
    let block = blocks[0];
    for (const b of blocks) if (counts[b] < counts[block]) block = b;
    byGroup.set(group, (current = { block, n: 0 }));
  }
  current.n++;
  counts[current.block]++;
  return current.block;
}

/** An export delivered by gate at `arrivalS` for the call that loads it; stacked in its booked block if it can, else by the call's export plan. */
function* deliveryTruck(t: Terminal, plan: BoxFields, arrivalS: number, bookedBlock: number): ProcessBody {
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
  yield* stackBox(t, box, reserveForLoads(t, box.toCall, [box], bookedBlock), 'land', crane, goTo, () => truck.cargo.splice(truck.cargo.indexOf(box), 1));
  yield* gateOut(t, truck, at);
}

/**
 * Books an import's pickup, once the box is promised to `block`, for `wantedS` (see wantedPickupS);
 * with appointments, that time's slot at the block or the first later one with room. Sets
 * box.pickupS (the slot's start), which the yard reads when the appointment is known at discharge.
 */
export function bookPickup(t: Terminal, box: Box, wantedS: number, block: number): void {
  box.pickupS = t.appointments === null ? wantedS : t.appointments.book(block, wantedS);
}

/** When the consignee wants the import: its time of day once the dwell from `readyFromS` has passed. */
export const wantedPickupS = (t: Terminal, box: Pick<Box, 'dwellS' | 'truckSecondOfDay'>, readyFromS: number): number => t.clock.next(readyFromS + box.dwellS, box.truckSecondOfDay);

/**
 * The booked import's truck comes: at its time, or with appointments in its slot by its punctuality
 * (not before the box is in the yard). An appointment not known at discharge becomes known to the
 * yard APPOINTMENT_LEAD_S before its slot (with pickup-day stacking, which uses leave times).
 */
export function schedulePickup(t: Terminal, box: Box): void {
  if (!box.pickupKnown && t.scenario.yard.importStacking === 'pickup-day') {
    const knownS = box.pickupS - APPOINTMENT_LEAD_S;
    if (knownS < t.endS) t.sim.timeout(Math.max(0, knownS - t.sim.now)).addWaiter({ onEvent: () => t.yard.setLeave(box.id, box.pickupS) });
  }
  const bookedS = t.appointments === null ? box.pickupS : t.appointments.arrival(box.pickupS);
  const arrivalS = Math.max(t.sim.now, bookedS);
  if (arrivalS < t.endS) t.sim.process(pickupTruck(t, box, arrivalS), `pickup ${box.name}`);
}

function* pickupTruck(t: Terminal, box: Box, arrivalS: number): ProcessBody {
  yield t.sim.timeout(arrivalS - t.sim.now);
  const truck = newTruck(t);
  const at = yield* gateIn(t, truck);
  const slot = t.yard.locate(box.id)!;
  const handover = t.roads.bay(slot.block, 'land', slot.bay);
  yield* drive(t, at, handover);
  // the truck waits where the box was when it set out: housekeeping may move the box meanwhile
  yield* retrieveBox(t, box, 'land', () => {
    truck.cargo.push(box);
    t.ledger.move(box, 'externalTruck', truck.index);
  }, undefined, { handoverBay: slot.bay, box: () => box });
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
