import type { ProcessBody } from '../sim';
import { DECK_SHARE, VESSEL_BAY_LENGTH_M } from './assumptions';
import type { Box } from './boxes';
import { newTruck } from './gate';
import type { QuayState, Terminal, VesselCall } from './model';
import { berthsToGive } from './quay/berthAllocation';
import { assignCranes, cranesWanted } from './quay/craneAssignment';
import { bookDirectTrucks, startCraneOnCall, workCall } from './quayCrane';
import { indexLoadMoves } from './loadRetrieval';
import { workSequences } from './workSequence';

/** A vessel call: arrives, waits for quay room, is worked by its cranes, departs with its loads. */
export function* vesselProcess(t: Terminal, call: VesselCall): ProcessBody {
  const { sim, ledger } = t;
  yield sim.timeout(call.arrivalS - sim.now);
  for (const plan of call.plan.discharge) {
    const box = ledger.create(plan, 'vessel', call.index);
    call.discharge.push(box);
    if (box.toCall >= 0) t.calls[box.toCall].loadList.push(box);
  }
  t.trace?.({ t: sim.now, event: 'vesselArrival', call: call.id, lengthM: call.plan.lengthM });
  t.quay.waiting.push(call);
  t.recorder.callsWaiting.set(sim.now, t.quay.waiting.length);
  berthWaiting(t);
  yield call.berthed;
  yield call.departed;
  call.departS = sim.now;
  for (const box of call.loaded) ledger.move(box, 'gone');
  t.quay.alongside.splice(t.quay.alongside.indexOf(call), 1);
  const berth = t.quay.berths.find((b) => b.alongside.includes(call));
  berth?.alongside.splice(berth.alongside.indexOf(call), 1);
  t.trace?.({ t: sim.now, event: 'vesselDeparture', call: call.id });
  berthWaiting(t);
}

/** Berths the waiting calls the policy gives a place now (cranes on a rail), or as fixed cranes allow. */
export function berthWaiting(t: Terminal): void {
  if (t.rail === null) return berthWaitingFixedCranes(t);
  const given = berthsToGive(t);
  for (const { call, fromM } of given) {
    t.quay.waiting.splice(t.quay.waiting.indexOf(call), 1);
    berthOnQuay(t, call, fromM);
  }
  t.recorder.callsWaiting.set(t.sim.now, t.quay.waiting.length);
  if (given.length > 0) assignCranes(t, startCraneOnCall);
}

/**
 * Lays the call alongside at `fromM`, its moves planned bay by bay (one bay per 13 m, each bay's
 * centre where a crane stands for it); cranes come by assignCranes. Direct trucks are booked for
 * their moves at once, at the time the call's cranes are expected to reach them.
 */
function berthOnQuay(t: Terminal, call: VesselCall, fromM: number): void {
  const { sim } = t;
  const L = call.plan.lengthM;
  call.berthS = sim.now;
  call.fromM = fromM;
  call.toM = fromM + L;
  t.quay.alongside.push(call);
  const loads = loadsAtBerthing(t, call);
  const q = t.scenario.quayCranes;
  const bays = Math.max(1, Math.round(L / VESSEL_BAY_LENGTH_M));
  call.bays = workSequences(L, bays, call.discharge, loads, q.dualCycling, (box) => (box.direct ? 'truck' : 'art'), q.deckShare ?? DECK_SHARE);
  call.bayX = call.bays.map((_, b) => fromM + ((b + 0.5) * L) / bays);
  call.bays.forEach((moves, b) => moves.forEach((m) => (m.x = call.bayX[b])));
  for (const moves of call.bays) indexLoadMoves(t, moves);
  call.yardPlan = null; // planned again from where it berthed, for its boxes still to come
  call.remainingMoves = call.bays.reduce((sum, s) => sum + s.length, 0);
  t.trace?.({ t: sim.now, event: 'vesselBerth', call: call.id, fromM: call.fromM, moves: call.remainingMoves, cranesWanted: cranesWanted(t, call) });
  call.berthed.succeed();
  if (call.remainingMoves === 0) {
    call.departed.succeed();
    return;
  }
}

/** Fixed cranes (each on its own transfer lane): first come, first served while the head call fits a berth with free cranes. */
function berthWaitingFixedCranes(t: Terminal): void {
  const { quay } = t;
  while (quay.waiting.length > 0) {
    const call = quay.waiting[0];
    const spot = findSpot(t, quay, call);
    if (spot === null) return;
    quay.waiting.shift();
    t.recorder.callsWaiting.set(t.sim.now, quay.waiting.length);
    berth(t, call, spot);
  }
}

interface Spot {
  berth: number;
  fromM: number;
  cranes: number[];
}

/** Free quay length for the call, its planned berth first, and the free cranes nearest its middle. */
function findSpot(t: Terminal, quay: QuayState, call: VesselCall): Spot | null {
  const gap = t.scenario.vessels.berthGapM;
  const L = call.plan.lengthM;
  const n = quay.berths.length;
  const planned = call.index % n;
  for (let k = 0; k < n; k++) {
    const b = (planned + k) % n;
    const berth = quay.berths[b];
    const starts = [berth.fromM, ...berth.alongside.map((o) => o.toM + gap)];
    for (const x of starts.sort((p, q) => p - q)) {
      if (x + L > berth.toM + 1e-9) continue;
      if (berth.alongside.some((o) => x < o.toM + gap && x + L + gap > o.fromM)) continue;
      const free = berth.cranes.filter((c) => t.cranes[c].call === null && !berth.alongside.some((o) => t.cranes[c].x >= o.fromM && t.cranes[c].x <= o.toM));
      if (free.length === 0) continue;
      const mid = x + L / 2;
      free.sort((p, q) => Math.abs(t.cranes[p].x - mid) - Math.abs(t.cranes[q].x - mid) || p - q);
      const cranes = free.slice(0, call.plan.cranesWanted).sort((p, q) => t.cranes[p].x - t.cranes[q].x);
      return { berth: b, fromM: x, cranes };
    }
  }
  return null;
}

function berth(t: Terminal, call: VesselCall, spot: Spot): void {
  const { sim } = t;
  call.berthS = sim.now;
  call.fromM = spot.fromM;
  call.toM = spot.fromM + call.plan.lengthM;
  call.cranes = spot.cranes;
  t.quay.berths[spot.berth].alongside.push(call);
  t.quay.alongside.push(call);
  const loads = loadsAtBerthing(t, call);
  const q = t.scenario.quayCranes;
  const sequences = workSequences(call.plan.lengthM, spot.cranes.length, call.discharge, loads, q.dualCycling, (box) => (box.direct ? 'truck' : 'art'), q.deckShare ?? DECK_SHARE);
  call.remainingMoves = sequences.reduce((sum, s) => sum + s.length, 0);
  for (const moves of sequences) indexLoadMoves(t, moves);
  call.yardPlan = null; // planned again from where it berthed, for its boxes still to come
  t.trace?.({ t: sim.now, event: 'vesselBerth', call: call.id, fromM: call.fromM, cranes: spot.cranes.map((c) => t.cranes[c].id), moves: call.remainingMoves });
  call.berthed.succeed();
  if (call.remainingMoves === 0) {
    call.departed.succeed();
    return;
  }
  spot.cranes.forEach((c, k) => {
    const crane = t.cranes[c];
    crane.call = call;
    t.craneSpans.push({ crane: c, call: call.index, fromS: sim.now, toS: NaN });
    crane.sequence = sequences[k];
    for (const m of crane.sequence) m.owner = crane;
    crane.next = crane.released = 0;
    crane.nextHandoverS = sim.now + crane.meanCycleS / 2;
    bookDirectTrucks(t, crane);
    sim.process(workCall(t, crane, call), `${crane.id} ${call.id}`);
  });
}

/**
 * The boxes the call loads: those of its list in the yard now, and the direct loads, whose trucks
 * are booked now. A box of the list not in the yard yet (its vessel or truck is late) misses the
 * call and rolls to the next call that has not berthed.
 */
function loadsAtBerthing(t: Terminal, call: VesselCall): Box[] {
  const loads: Box[] = [];
  for (const box of call.loadList) {
    if (box.place === 'yard') loads.push(box);
    else {
      const next = t.calls.find((c) => c.index > call.index && Number.isNaN(c.berthS));
      box.toCall = next?.index ?? -1;
      next?.loadList.push(box);
    }
  }
  for (const plan of call.plan.directLoads) {
    const truck = newTruck(t);
    const box = t.ledger.create(plan, 'externalTruck', truck.index);
    truck.cargo.push(box);
    loads.push(box);
  }
  return loads;
}
