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
  const waiting = crane.waiting;
  if (waiting !== null) {
    crane.waiting = null;
    waiting.succeed();
  }
  return handover;
}

/**
 * The moves the crane may take next: within the first `workWindow` moves not yet done, the first
 * discharge (discharges go in stowage order) or any load whose box is already under the crane,
 * whichever comes first in the sequence. Null when the window holds only loads whose box is not here yet.
 */
function chooseMove(crane: QuayCraneState, window: number, loadsOnly: boolean): Move | null {
  const seq = crane.sequence;
  let dischargeOpen = !loadsOnly;
  let seen = 0;
  for (let p = crane.next; p < seq.length && seen < window; p++) {
    const m = seq[p];
    if (m.done) continue;
    seen++;
    if (m.kind === 'load') {
      if (m.presented !== null) return m;
    } else if (dischargeOpen) {
      // a dual-cycling discharge waits for the load its vehicle brings first; the rest wait behind it
      if (!waitsForItsLoad(m)) return m;
      dischargeOpen = false;
    }
  }
  return null;
}

const waitsForItsLoad = (m: Move) => m.job?.after?.moves.some((l) => !l.done) ?? false;

/**
 * Works a vessel call's sequence for this crane. Each cycle has two halves: toward the transfer
 * lane (lifting a discharge box off the ship, or travelling empty for a load) and back. Between
 * them the crane waits until the move's carrier is under it: that wait is the crane wait of the
 * KPIs. A crane never waits for a discharge box, only for its vehicle.
 */
export function* workCall(t: Terminal, crane: QuayCraneState, call: VesselCall): ProcessBody {
  const { sim, ledger } = t;
  const window = t.scenario.quayCranes.workWindow;
  const seq = crane.sequence;
  while (crane.next < seq.length) {
    const startS = sim.now;
    let move = chooseMove(crane, window, false);
    const cycleS = crane.cycle();
    const half = cycleS / 2;
    crane.nextHandoverS = startS + half;
    crane.cycleStartS = startS;
    crane.cycleHalfS = half;
    crane.cycleHandoverS = NaN;
    releaseJobs(t, crane);
    if (move !== null && move.kind === 'discharge') {
      ledger.move(move.box, 'quayCrane', crane.index);
      crane.holding = move.box.id;
      if (move.carrier === 'art') releaseNow(t, crane, move.sequence);
    }
    yield sim.timeout(half);
    const atLaneS = sim.now;
    for (;;) {
      if (move === null) move = chooseMove(crane, window, true);
      if (move !== null && move.presented !== null) break;
      crane.waiting = sim.event();
      yield crane.waiting;
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
    if (--handover.remaining === 0) handover.done.succeed();
    t.trace?.({ t: handoverS, event: 'craneHandover', crane: crane.id, call: call.id, box: box.name, kind: move.kind, waitS: handoverS - atLaneS });
    yield sim.timeout(half);
    if (move.kind === 'load') {
      crane.holding = -1;
      ledger.move(box, 'vessel', call.index);
      call.loaded.push(box);
    }
    move.done = true;
    while (crane.next < seq.length && seq[crane.next].done) crane.next++;
    call.remainingMoves--;
    t.recorder.craneMoves.add({ crane: crane.index, call: call.index, box: box.id, kind: move.kind, t0: startS, handoverS, t1: sim.now, waitS: handoverS - atLaneS, cycleS });
  }
  crane.call = null;
  crane.cycleStartS = NaN;
  crane.sequence = [];
  crane.next = crane.released = 0;
  if (call.remainingMoves === 0) call.departed.succeed();
}
