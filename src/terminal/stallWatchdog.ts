import { MAX_PRIORITY, newTimeout, RunFailure, type Waiter } from '../sim';
import type { QuayCraneState, Terminal } from './model';
import { railBlocker } from './quay/rail';


/** How often the watchdog looks, at most: a stall is caught within this of its limit. */
const LOOK_EVERY_S = 900;

/** A quay crane had moves left and made no handover for longer than the scenario allows. */
export class StallError extends RunFailure {
  constructor(timeS: number, message: string) {
    super(timeS, `stall at t = ${timeS.toFixed(1)} s: ${message}`);
    this.name = 'StallError';
  }
}

/**
 * Looks at every quay crane now and then (after everything else at that instant) and fails the run
 * when one with moves left has made no handover for `run.stallLimitS`. A crane that waits that long
 * for a vehicle is a dispatch failure, not a result: its KPIs would only show a slower crane.
 */
export function startStallWatchdog(t: Terminal): void {
  const limitS = t.scenario.run.stallLimitS;
  if (!(limitS < t.endS)) return; // a limit past the end cannot be reached
  const everyS = Math.min(LOOK_EVERY_S, limitS / 4);
  const look: Waiter = {
    onEvent() {
      for (const crane of t.cranes) {
        if (crane.call !== null && crane.next < crane.sequence.length && t.sim.now - progressOf(t, crane) > limitS) throw new StallError(t.sim.now, stallReport(t, crane, limitS));
      }
      for (const call of t.quay.alongside) {
        if (call.remainingMoves > 0 && !t.cranes.some((c) => c.call === call || c.leavingFor === call) && t.sim.now - call.berthS > limitS && !t.craneSpans.some((s) => s.call === call.index && s.fromS > t.sim.now - limitS)) {
          throw new StallError(t.sim.now, `call ${call.id} has lain alongside for ${((t.sim.now - call.berthS) / 3600).toFixed(1)} h with ${call.remainingMoves} move(s) left and no quay crane working it (run.stallLimitS is ${limitS} s); cranes: ${t.cranes.map((c) => `${c.id} at ${c.x.toFixed(0)} m${c.call === null ? '' : ` on ${c.call.id}`}`).join(', ')}`);
        }
      }
      if (t.sim.now + everyS <= t.endS) newTimeout(t.sim, everyS, undefined, MAX_PRIORITY).addWaiter(look);
    },
  };
  newTimeout(t.sim, everyS, undefined, MAX_PRIORITY).addWaiter(look);
}

/**
 * The crane's last handover; for a crane held back on the rail by a neighbour, the neighbour's if
 * later (following the chain): waiting behind a crane at work is interference, not a stall. A
 * neighbour that has just finished its call and is being pushed aside counts too (its last
 * handover is recent); one idle for long does not hide anything (its handover is old).
 */
function progressOf(t: Terminal, crane: QuayCraneState): number {
  let progress = crane.progressS;
  let c: QuayCraneState | null = crane;
  for (let hops = 0; c !== null && hops < t.cranes.length; hops++) {
    c = railBlocker(t, c);
    // a neighbour that just finished its call still counts: it is on its way out of the bay
    if (c !== null) progress = Math.max(progress, c.progressS);
  }
  return progress;
}

/** The crane, its call, the vehicles sent to it and its first open jobs, for the message. */
function stallReport(t: Terminal, crane: QuayCraneState, limitS: number): string {
  const now = t.sim.now;
  const call = crane.call!;
  const left = crane.sequence.length - crane.next;
  const idleH = ((now - crane.progressS) / 3600).toFixed(1);
  const blocker = railBlocker(t, crane);
  const rail = blocker === null ? '' : ` It waits on the rail at ${crane.x.toFixed(1)} m for ${blocker.id} (at ${blocker.x.toFixed(1)} m) to make way to ${crane.wantX.toFixed(1)} m.`;
  const free = t.dispatcher.lastFreeS > crane.progressS ? `vehicles were free meanwhile (the last at t = ${t.dispatcher.lastFreeS.toFixed(1)} s)` : `no vehicle has been free since: every vehicle is busy or stuck`;
  const sent = t.vehicles.filter((v) => v.job?.crane === crane).map((v) => `${v.id} (job ${v.job!.id} ${v.job!.kind}, ${v.state})`);
  const open = crane.sequence
    .slice(crane.next)
    .filter((m) => !m.done && m.job !== null && m.job.vehicle === null && m.job.moves[0] === m)
    .map((m) => `${m.job!.id} ${m.kind} (move ${m.sequence})`);
  const shown = open.length > 5 ? `${open.slice(0, 5).join(', ')} and ${open.length - 5} more` : open.join(', ') || 'none';
  return (
    `quay crane ${crane.id} has made no handover for ${idleH} h (since t = ${crane.progressS.toFixed(1)} s; run.stallLimitS is ${limitS} s) ` +
    `though its call ${call.id} has ${left} move(s) left; ${free}. Vehicles sent to it: ${sent.join(', ') || 'none'}. ` +
    `Its open jobs, not given to any vehicle: ${shown}.${rail} Strategy "${t.strategy.name}".`
  );
}
