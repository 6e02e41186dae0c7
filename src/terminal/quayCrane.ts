import type { ProcessBody } from '../sim';
import { releaseJobs, releaseNow } from './jobs';
import type { Handover, Move, QuayCraneState, Terminal, VesselCall } from './model';

/**
 * A carrier (ART or external truck) stands under the crane ready for `moves`; the returned
 * handover's `done` fires when the crane has handed all of them over.
 */
export function presentAtCrane(t: Terminal, crane: QuayCraneState, moves: Move[], holder: Handover['holder'], index: number): Handover {
  const handover: Handover = { holder, index, remaining: moves.length, done: t.sim.event() };
  for (const m of moves) m.presented = handover;
  nudgeCrane(crane);
  return handover;
}

/** A move whose carrier is on its way or here: a truck move (booked), or an ART job given to a vehicle. */
const committed = (m: Move) => m.carrier === 'truck' || m.job?.vehicle != null;

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
  for (let p = crane.next; p < seq.length && seen < window; p++) {
    const m = seq[p];
    if (m.done) continue;
    seen++;
    if (m.kind === 'load') {
      if (m.presented !== null) return m;
      loadAhead = true;
    } else if (dischargeOpen) {
      dischargeOpen = false;
      // a dual-cycling discharge waits for the load its vehicle brings first; the rest wait behind it
      if (waitsForItsLoad(m)) continue;
      if (committed(m)) return m;
      if (m.job === null) releaseNow(t, crane, p); // wanted now, beyond the release horizon
      return null;
    }
  }
  return loadAhead ? 'lane' : null;
}

/** A load of the window whose carrier stands under the crane, for a crane waiting over the lane. */
function presentedLoad(crane: QuayCraneState, window: number): Move | null {
  const seq = crane.sequence;
  let seen = 0;
  for (let p = crane.next; p < seq.length && seen < window; p++) {
    const m = seq[p];
    if (m.done) continue;
    seen++;
    if (m.kind === 'load' && m.presented !== null) return m;
  }
  return null;
}

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
  crane.progressS = sim.now;
  while (crane.next < seq.length) {
    const idleFromS = sim.now;
    // the next handover if a move could start now; while the crane waits it stays put, so the front
    // move's due time ages and dispatch sees how long the crane has waited
    crane.nextHandoverS = idleFromS + crane.meanCycleS / 2;
    releaseJobs(t, crane);
    let start = nextStart(t, crane, window);
    while (start === null) {
      crane.waiting = sim.event();
      yield crane.waiting;
      start = nextStart(t, crane, window);
    }
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
    const idleS = first ? 0 : startS - idleFromS;
    t.trace?.({ t: handoverS, event: 'craneHandover', crane: crane.id, call: call.id, box: box.name, kind: move.kind, waitS: handoverS - atLaneS + idleS, cycleS, ...(cycles < 1 ? { dual: true } : {}) });
    yield sim.timeout(secondHalf);
    if (move.kind === 'load') {
      crane.holding = -1;
      ledger.move(box, 'vessel', call.index);
      call.loaded.push(box);
    }
    move.done = true;
    while (crane.next < seq.length && seq[crane.next].done) crane.next++;
    call.remainingMoves--;
    call.movesDone++;
    t.recorder.craneMoves.add({ crane: crane.index, call: call.index, box: box.id, kind: move.kind, t0: startS, handoverS, t1: sim.now, idleS, waitS: handoverS - atLaneS, cycleS, cycles });
    first = false;
  }
  crane.call = null;
  const span = t.craneSpans.findLast((s) => s.crane === crane.index);
  if (span !== undefined) span.toS = sim.now;
  crane.cycleStartS = NaN;
  crane.sequence = [];
  crane.next = crane.released = 0;
  if (call.remainingMoves === 0) call.departed.succeed();
}
