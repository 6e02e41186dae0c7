import type { ProcessBody } from '../sim';
import { DIRECT_TRUCK_LEAD_S } from './assumptions';
import { directTruck, newTruck } from './gate';
import { dueTime, releaseJobs, releaseNow } from './jobs';
import type { Handover, Move, QuayCraneState, Terminal, VesselCall } from './model';
import { assignCranes } from './quay/craneAssignment';
import { gantryTo, releaseRailPlace } from './quay/rail';

/**
 * A carrier (ART or external truck) stands under the crane ready for `moves`; the returned
 * handover's `done` fires when the crane has handed all of them over.
 */
export function presentAtCrane(t: Terminal, crane: QuayCraneState | null, moves: Move[], holder: Handover['holder'], index: number): Handover {
  const handover: Handover = { holder, index, remaining: moves.length, done: t.sim.event() };
  for (const m of moves) m.presented = handover;
  if (crane !== null) nudgeCrane(crane); // no crane yet: the one that takes the bay will find it presented
  return handover;
}

/** A move whose carrier is on its way or here: a truck through the gate, or an ART job given to a vehicle. */
const committed = (m: Move) => (m.carrier === 'truck' ? m.coming : m.job?.vehicle != null);

/**
 * What the crane starts next, looking at the first `window` moves not yet done in its sequence:
 * a load whose carrier stands under it, or the first discharge (discharges go in stowage order)
 * once its carrier is committed, whichever comes first; else `'lane'` (go and wait over the lane
 * for a load) when the window holds loads and no discharge the crane could lift; else null (wait
 * where it is). A crane never lifts a discharge box no vehicle has been sent for: a box on the
 * spreader with no carrier coming would block every vehicle under the crane for good.
 */
function nextStart(t: Terminal, crane: QuayCraneState, window: number): Move | 'lane' | null {
  if (crane.pairedDischarge !== null) return crane.pairedDischarge; // the second half of a dual cycle
  const seq = crane.sequence;
  let dischargeOpen = true;
  let loadAhead = false;
  let seen = 0;
  const bay = windowBay(crane);
  for (let p = crane.next; p < seq.length && seen < window; p++) {
    const m = seq[p];
    if (m.done) continue;
    if (!inWindowBay(m, bay)) break;
    seen++;
    if (m.kind === 'load') {
      if (m.presented !== null) return m;
      if (m.carrier === 'truck') callTruckNow(m); // the crane needs it now
      loadAhead = true;
    } else if (dischargeOpen) {
      dischargeOpen = false;
      // a dual-cycling discharge waits for the load its vehicle brings first; the rest wait behind it
      if (waitsForItsLoad(m)) continue;
      if (committed(m)) return m;
      if (m.carrier === 'truck') callTruckNow(m); // its truck is late for the crane: it leaves now
      else if (m.job === null) releaseNow(t, crane, p); // wanted now, beyond the release horizon
      return null;
    }
  }
  return loadAhead ? 'lane' : null;
}

/** The ship-side truck of a move the crane wants now leaves for the gate now, if it has not yet. */
function callTruckNow(m: Move): void {
  if (m.retime === null || m.retime.triggered) return;
  m.truckLeavesS = m.retime.sim.now;
  m.retime.succeed();
}

/** A load of the window whose carrier stands under the crane, for a crane waiting over the lane. */
function presentedLoad(crane: QuayCraneState, window: number): Move | null {
  const seq = crane.sequence;
  let seen = 0;
  const bay = windowBay(crane);
  for (let p = crane.next; p < seq.length && seen < window; p++) {
    const m = seq[p];
    if (m.done) continue;
    if (!inWindowBay(m, bay)) break;
    seen++;
    if (m.kind === 'load' && m.presented !== null) return m;
  }
  return null;
}

/**
 * A crane on the rail works one bay at a time: its window stops at the end of the bay of its first
 * move not done (going to the next bay and back would let its neighbour close in behind it).
 * Cranes that do not move (x NaN) see every move of their work window, whatever its bay.
 */
function windowBay(crane: QuayCraneState): number {
  for (let p = crane.next; p < crane.sequence.length; p++) if (!crane.sequence[p].done) return crane.sequence[p].bay;
  return -1;
}
const inWindowBay = (m: Move, bay: number) => Number.isNaN(m.x) || m.bay === bay;

const waitsForItsLoad = (m: Move) => m.job?.after?.moves.some((l) => !l.done) ?? false;

/**
 * In dual-cycling mode, the discharge a load can share one combined cycle with: the very next move
 * of the sequence, in the same vessel bay, with its carrier committed (so its box may be lifted as
 * soon as the load is set down).
 */
function dualPartner(t: Terminal, crane: QuayCraneState, load: Move): Move | null {
  if (!t.scenario.quayCranes.dualCycling || load.kind !== 'load') return null;
  const next = crane.sequence[load.sequence + 1];
  return next !== undefined && next.kind === 'discharge' && next.bay === load.bay && !next.done && committed(next) ? next : null;
}

/** Wakes a crane waiting for a carrier or a commitment: something it waits for may have changed. */
export function nudgeCrane(crane: QuayCraneState): void {
  const waiting = crane.waiting;
  if (waiting !== null) {
    crane.waiting = null;
    waiting.succeed();
  }
}

/**
 * Works a vessel call's sequence for this crane. Each cycle has two halves: toward the transfer
 * lane (lifting a discharge box off the ship, or travelling empty for a load) and back. The crane
 * waits before a cycle while no move can start (see nextStart), and between the halves until the
 * move's carrier is under it: both are the crane wait of the KPIs (the wait before the first move
 * of a call is not: gross crane time starts with the first move).
 */
export function* workCall(t: Terminal, crane: QuayCraneState, call: VesselCall): ProcessBody {
  const { sim, ledger } = t;
  const window = t.scenario.quayCranes.workWindow;
  const seq = crane.sequence;
  let first = true;
  let gantryS = 0;
  crane.progressS = sim.now;
  while (crane.next < seq.length) {
    const idleFromS = sim.now;
    // the next handover if a move could start now; while the crane waits it stays put, so the front
    // move's due time ages and dispatch sees how long the crane has waited
    crane.nextHandoverS = idleFromS + crane.meanCycleS / 2;
    // a crane on the rail first goes to the bay of its next move: vehicles are sent to a crane that
    // can work, not to one held back by its neighbour
    const aheadX = firstUndoneX(crane);
    if (!Number.isNaN(aheadX) && aheadX !== crane.x) {
      gantryS += yield* gantryTo(t, crane, aheadX);
      crane.nextHandoverS = t.sim.now + crane.meanCycleS / 2;
    }
    releaseJobs(t, crane);
    let start = nextStart(t, crane, window);
    while (start === null && crane.next < seq.length) {
      crane.waiting = sim.event();
      yield crane.waiting;
      start = nextStart(t, crane, window);
    }
    if (start === null) break; // its moves went to another crane (redeployed, or the call re-split)
    // a crane on the rail first travels to the bay of the move (for the lane: of the first load)
    crane.current = start === 'lane' ? null : start; // its own until done: no re-split takes it
    const bayX = start === 'lane' ? firstLoadX(crane, window) : start.x;
    if (!Number.isNaN(bayX) && bayX !== crane.x) {
      gantryS += yield* gantryTo(t, crane, bayX);
      // a crane sends for a bay's moves only once it stands there: its moves may have been dealt
      // anew on the way (a crane joined), and none of this bay's may have gone out yet
      releaseJobs(t, crane);
    }
    crane.pinned = t.rail !== null;
    const startS = sim.now;
    let move = start === 'lane' ? null : start;
    // a dual cycle: the load and the discharge after it share one combined cycle, half each; a
    // combined cycle counts once for its two moves
    let cycleS: number;
    let cycles = 1;
    const partner = move === null ? null : dualPartner(t, crane, move);
    if (move !== null && move === crane.pairedDischarge) {
      cycleS = crane.pairedCycleS;
      cycles = 0.5;
      crane.pairedDischarge = null;
    } else if (partner !== null) {
      cycleS = crane.dualCycle() / 2;
      cycles = 0.5;
      crane.pairedDischarge = partner;
      crane.pairedCycleS = cycleS;
    } else cycleS = crane.cycle();
    const half = cycleS / 2;
    crane.nextHandoverS = startS + half;
    crane.cycleStartS = startS;
    crane.cycleHalfS = half;
    crane.cycleHandoverS = NaN;
    if (move !== null && move.kind === 'discharge') {
      ledger.move(move.box, 'quayCrane', crane.index);
      crane.holding = move.box.id;
    }
    yield sim.timeout(half);
    const atLaneS = sim.now;
    for (;;) {
      if (move === null) move = presentedLoad(crane, window);
      if (move !== null && move.presented !== null) break;
      crane.waiting = sim.event();
      yield crane.waiting;
    }
    if (!Number.isNaN(move.x) && move.x !== crane.x) {
      // its moves were dealt anew while it waited over the lane, and the load came to another bay:
      // the crane travels there with its trolley over the lane
      crane.pinned = false;
      yield* gantryTo(t, crane, move.x);
      crane.pinned = true;
    }
    crane.current = move;
    // a load taken over the lane may still start a dual cycle: the trip out was a single cycle's
    // half; the rest of the combined cycle follows
    let secondHalf = half;
    const latePartner = start === 'lane' ? dualPartner(t, crane, move) : null;
    if (latePartner !== null) {
      const combinedS = crane.dualCycle();
      secondHalf = combinedS / 4;
      cycleS = half + secondHalf;
      cycles = 0.5;
      crane.pairedDischarge = latePartner;
      crane.pairedCycleS = combinedS / 2;
      crane.cycleHalfS = secondHalf;
    }
    const handover = move.presented!;
    const box = move.box;
    const carrier = handover.holder === 'vehicle' ? t.vehicles[handover.index] : t.trucks.get(handover.index)!;
    if (move.kind === 'discharge') {
      crane.holding = -1;
      carrier.cargo.push(box);
      ledger.move(box, handover.holder, handover.index);
    } else {
      carrier.cargo.splice(carrier.cargo.indexOf(box), 1);
      ledger.move(box, 'quayCrane', crane.index);
      crane.holding = box.id;
    }
    const handoverS = sim.now;
    crane.cycleHandoverS = handoverS;
    crane.progressS = handoverS;
    if (--handover.remaining === 0) handover.done.succeed();
    const idleS = first ? 0 : Math.max(0, startS - idleFromS - gantryS);
    t.trace?.({ t: handoverS, event: 'craneHandover', crane: crane.id, call: call.id, box: box.name, kind: move.kind, waitS: handoverS - atLaneS + idleS, cycleS, ...(cycles < 1 ? { dual: true } : {}) });
    yield sim.timeout(secondHalf);
    if (move.kind === 'load') {
      crane.holding = -1;
      ledger.move(box, 'vessel', call.index);
      call.loaded.push(box);
    }
    move.done = true;
    crane.current = null;
    while (crane.next < seq.length && seq[crane.next].done) crane.next++;
    call.remainingMoves--;
    call.movesDone++;
    crane.pinned = false;
    t.recorder.craneMoves.add({ crane: crane.index, call: call.index, box: box.id, kind: move.kind, t0: startS, handoverS, t1: sim.now, idleS, waitS: handoverS - atLaneS, cycleS, cycles });
    first = false;
    gantryS = 0;
  }
  crane.call = null;
  const span = t.craneSpans.findLast((s) => s.crane === crane.index);
  if (span !== undefined) span.toS = sim.now;
  crane.cycleStartS = NaN;
  crane.sequence = [];
  crane.next = crane.released = 0;
  if (call.remainingMoves === 0) call.departed.succeed();
  if (t.rail !== null) {
    releaseRailPlace(t, crane);
    assignCranes(t, startCraneOnCall);
  }
}

/**
 * Books a truck for each ship-side move of the crane's sequence that has none yet (船边直提 pickups
 * get a new truck; 抵港直装 boxes wait on theirs), to come when the crane is expected to need it.
 */
export function bookDirectTrucks(t: Terminal, crane: QuayCraneState): void {
  crane.sequence.forEach((move, p) => {
    if (move.carrier !== 'truck') return;
    const leavesS = dueTime(crane, p, t.sim.now, t.scenario.quayCranes.workWindow) - DIRECT_TRUCK_LEAD_S;
    if (move.booked) {
      // taken over from another crane: the truck comes sooner if this crane needs it sooner
      if (move.retime !== null && leavesS < move.truckLeavesS) {
        move.truckLeavesS = leavesS;
        if (!move.retime.triggered) move.retime.succeed();
      }
      return;
    }
    move.booked = true;
    const truck = move.kind === 'load' ? t.trucks.get(move.box.holder)! : newTruck(t);
    t.sim.process(directTruck(t, truck, move, leavesS), `direct ${move.box.name}`);
  });
}

/** The centre of the bay of the crane's first move not done (NaN for a crane that does not move). */
function firstUndoneX(crane: QuayCraneState): number {
  for (let p = crane.next; p < crane.sequence.length; p++) if (!crane.sequence[p].done) return crane.sequence[p].x;
  return NaN;
}

/** The centre of the bay of the first load of the window not done: where a crane waits for loads. */
function firstLoadX(crane: QuayCraneState, window: number): number {
  const seq = crane.sequence;
  let seen = 0;
  const bay = windowBay(crane);
  for (let p = crane.next; p < seq.length && seen < window; p++) {
    if (seq[p].done) continue;
    if (!inWindowBay(seq[p], bay)) break;
    seen++;
    if (seq[p].kind === 'load') return seq[p].x;
  }
  return NaN;
}

/**
 * Puts a crane to work on a call with `moves` (a contiguous run of its bays, west to east): the
 * crane's sequence, its span in the berth plan, and its process.
 */
export function startCraneOnCall(t: Terminal, crane: QuayCraneState, call: VesselCall, moves: Move[]): void {
  const { sim } = t;
  moves.forEach((m, k) => {
    m.sequence = k;
    m.owner = crane;
  });
  crane.call = call;
  crane.leavingFor = null;
  crane.sequence = moves;
  crane.next = crane.released = 0;
  crane.nextHandoverS = sim.now + crane.meanCycleS / 2;
  if (!call.cranes.includes(crane.index)) call.cranes.push(crane.index);
  bookDirectTrucks(t, crane);
  t.craneSpans.push({ crane: crane.index, call: call.index, fromS: sim.now, toS: NaN });
  t.trace?.({ t: sim.now, event: 'craneAssign', crane: crane.id, call: call.id, moves: moves.length, fromBay: moves[0]?.bay ?? -1, toBay: moves[moves.length - 1]?.bay ?? -1 });
  sim.process(workCall(t, crane, call), `${crane.id} ${call.id}`);
}
