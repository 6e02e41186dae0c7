import { RELEASE_HORIZON_S } from './assumptions';
import { bookPickup, wantedPickupS } from './gate';
import type { Job, Move, QuayCraneState, Terminal } from './model';
import type { Place } from './roads';
import { dischargeSpread, groupOf, reserveForLoads, reserveNear } from './yardPlanner';

/**
 * Releases a crane's upcoming ART moves to dispatch as jobs, as far ahead as the crane is
 * expected to need them within the release horizon (or, for a look-ahead strategy, its next
 * `lookaheadJobs` moves), and no more than its share of the fleet waiting unassigned at once (see
 * openJobCap). Two consecutive 20' moves of the same kind become one job: an ART carries two 20'
 * boxes (one move each) or one 40'. In dual-cycling mode a load comes with the discharge right
 * after it, so a strategy can give both to one vehicle as a tour. Called at each cycle start and
 * whenever one of the crane's jobs is taken.
 */
export function releaseJobs(t: Terminal, crane: QuayCraneState): void {
  const seq = crane.sequence;
  const horizon = t.sim.now + RELEASE_HORIZON_S;
  // the moves of the work window go out whatever the cap: the crane may need any of them next
  const aheadTo = crane.next + Math.max(t.scenario.quayCranes.workWindow, t.strategy.lookaheadJobs ?? 0);
  const cap = openJobCap(t);
  while (crane.released < seq.length) {
    const m = seq[crane.released];
    // a crane on the rail sends for the moves of the bay it stands at, none beyond: vehicles waiting
    // at a bay their crane cannot reach (its neighbour in the way) could be the ones that neighbour needs
    if (!Number.isNaN(m.x) && m.carrier === 'art' && m.job === null && !m.done && (Math.abs(m.x - crane.x) > 1e-6 || crane.motion !== null)) break;
    const dueS = dueTime(crane, crane.released, t.sim.now, t.scenario.quayCranes.workWindow);
    if ((dueS > horizon || crane.openJobs >= cap) && crane.released >= aheadTo) break;
    crane.released++;
    if (m.carrier !== 'art' || m.job !== null || m.done) continue;
    const twin = seq[crane.released];
    if (canTwin(m, twin)) crane.released++;
    const job = makeJob(t, crane, canTwin(m, twin) ? [m, twin] : [m], dueS);
    t.dispatcher.release(job);
    if (job.kind === 'load' && t.scenario.quayCranes.dualCycling) releaseTourDischarge(t, crane, job);
  }
}

/**
 * Most jobs a crane keeps open (released, no vehicle yet) at once: its share of the fleet, at least
 * one. A crane that released a quarter hour of work at once while vehicles are scarce would put
 * its moves ahead of other cranes' more urgent ones in any first-come order, and a crane starting a
 * call would wait behind the whole backlog.
 */
export function openJobCap(t: Terminal): number {
  let working = 0;
  for (const c of t.cranes) if (c.call !== null) working++;
  return Math.max(1, Math.ceil(t.vehicles.length / Math.max(1, working)));
}

/** The discharge that can follow `load` on the same vehicle: the crane's next move, if an ART discharge. */
export function tourDischargePosition(load: Job): number {
  return load.moves[load.moves.length - 1].sequence + 1;
}

function releaseTourDischarge(t: Terminal, crane: QuayCraneState, load: Job): void {
  const p = tourDischargePosition(load);
  const m = crane.sequence[p];
  if (m !== undefined && m.kind === 'discharge' && m.carrier === 'art' && m.job === null && !m.done) releaseNow(t, crane, p);
}

/**
 * Expected time the crane needs the carrier of the move at `position` of its sequence. The moves
 * of its work window (any of which may be its next) are due at its expected next handover, in the
 * past while the crane waits: how overdue they are tells how long it has waited, so dispatch in due
 * order serves the longest wait first. A crane waiting past its expected handover needs everything
 * later by as much.
 */
export function dueTime(crane: QuayCraneState, position: number, nowS: number, window: number): number {
  const ahead = position - crane.next - (window - 1);
  if (ahead <= 0) return crane.nextHandoverS;
  return Math.max(nowS, crane.nextHandoverS) + ahead * crane.meanCycleS;
}

/** Where a carrier stands for the move: under its bay on a shared transfer lane, else at its crane's own lane. */
export function quayPlace(t: Terminal, move: Move): Place {
  return Number.isNaN(move.x) ? move.owner!.place : t.roads.quaySpot(move.x);
}

/** Whether `next` can ride with `m` on one ART: both 20', same kind, same yard group, no job yet. */
function canTwin(m: Move, next: Move | undefined): next is Move {
  if (next === undefined || m.box.feet !== 20 || next.box.feet !== 20 || next.kind !== m.kind) return false;
  if (next.carrier !== 'art' || next.job !== null || next.done || next.bay !== m.bay) return false;
  return m.box.flow === next.box.flow && m.box.fromCall === next.box.fromCall && m.box.toCall === next.box.toCall;
}

function makeJob(t: Terminal, crane: QuayCraneState, moves: Move[], dueS: number): Job {
  const kind = moves[0].kind;
  let job: Job;
  if (kind === 'discharge') {
    const block = reserveForDischarge(t, crane, moves);
    const destination = t.roads.handover(block, 'sea');
    job = { id: t.nextJobId++, kind, crane, moves, origin: quayPlace(t, moves[0]), destination, readyS: t.sim.now, dueS, storeBlock: block, vehicle: null, followOn: null, after: null };
  } else {
    const at = t.yard.locate(moves[0].box.id);
    const origin = at === null ? quayPlace(t, moves[0]) : t.roads.handover(at.block, 'sea');
    job = { id: t.nextJobId++, kind, crane, moves, origin, destination: quayPlace(t, moves[0]), readyS: t.sim.now, dueS, storeBlock: -1, vehicle: null, followOn: null, after: null };
  }
  for (const m of moves) m.job = job;
  return job;
}

/**
 * The block a discharge job's boxes are promised to. An import's pickup is wanted from now (it is
 * about to come off the vessel) and booked at that block; a transshipment box goes to the export
 * blocks of the call that loads it (berth-plan), other boxes to the nearby block with least work.
 */
function reserveForDischarge(t: Terminal, crane: QuayCraneState, moves: Move[]): number {
  const first = moves[0].box;
  const wanted = moves.map((m) => (m.box.flow === 'import' ? wantedPickupS(t, m.box, t.sim.now) : NaN));
  // the group may be the pickup day, known before the block
  moves.forEach((m, k) => m.box.flow === 'import' && (m.box.pickupS = wanted[k]));
  const group = groupOf(t, first);
  const block =
    first.flow === 'transshipment' && first.toCall >= 0 && t.scenario.yard.exportPlanning === 'berth-plan'
      ? reserveForLoads(t, first.toCall, moves.map((m) => m.box))
      : reserveNear(t, crane.index, moves.length, group, dischargeSpread(t));
  moves.forEach((m, k) => m.box.flow === 'import' && bookPickup(t, m.box, wanted[k], block));
  return block;
}

/**
 * The job for the move at `position`, released now if it has none yet: for a crane that commits to
 * a move beyond the release horizon (its window reaches further), and for dual cycling.
 */
export function releaseNow(t: Terminal, crane: QuayCraneState, position: number): Job {
  const m = crane.sequence[position];
  if (m.job !== null) return m.job;
  // releaseJobs will skip this move (and its twin) later, as they then have a job
  const twin = crane.sequence[position + 1];
  const job = makeJob(t, crane, canTwin(m, twin) ? [m, twin] : [m], dueTime(crane, position, t.sim.now, t.scenario.quayCranes.workWindow));
  t.dispatcher.release(job);
  return job;
}
