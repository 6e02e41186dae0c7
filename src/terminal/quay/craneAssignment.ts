import { VESSEL_BAY_LENGTH_M, WORKLOAD_MOVES_PER_CRANE } from '../assumptions';
import type { Move, QuayCraneState, Terminal, VesselCall } from '../model';
import { balancedBayRuns } from './bayPartition';
import { releaseJobs } from '../jobs';
import { bookDirectTrucks, nudgeCrane } from '../quayCrane';
import { DEFAULT_SAFETY_DISTANCE_M } from './rail';

/**
 * How many quay cranes a call may have at once: by the scenario's split policy, never more than its
 * bays, nor more than fit along it at the cranes' separation.
 * - `random`: the count drawn for it in cranesPerVessel (the baseline: blind to its size);
 * - `workload`: one per WORKLOAD_MOVES_PER_CRANE moves, within cranesPerVessel.
 */
export function cranesWanted(t: Terminal, call: VesselCall): number {
  const { cranesPerVessel: cpv, craneSplit } = t.scenario.vessels;
  const fit = Math.max(1, Math.floor(bayCount(call) / minBaysPerCrane(t, call)));
  if (craneSplit === 'random') return Math.min(call.plan.cranesWanted, fit);
  const moves = call.plan.discharge.length + call.plan.loadMoves;
  return Math.min(fit, Math.max(cpv.min, Math.min(cpv.max, Math.round(moves / WORKLOAD_MOVES_PER_CRANE))));
}

/**
 * The fewest bays a crane's run on a call may have: enough that two neighbours, each in its own
 * run, can stand a safety distance apart while both work (one bay more than the distance spans).
 */
export function minBaysPerCrane(t: Terminal, call: VesselCall): number {
  const sep = t.rail?.sepM ?? DEFAULT_SAFETY_DISTANCE_M;
  return Math.ceil(sep / (call.plan.lengthM / bayCount(call))) + 1;
}

/** Its bays: planned at berthing; before that, as many as its length will give. */
const bayCount = (call: VesselCall) => call.bays.length || Math.max(1, Math.round(call.plan.lengthM / VESSEL_BAY_LENGTH_M));

/**
 * Gives free cranes work, one at a time, to the call with the most moves per crane it could have:
 * a call with no crane takes the free cranes that can reach it (no busy crane between), its bays split
 * into balanced contiguous runs among them; a call already worked takes a free crane among or next to
 * its cranes, and its moves not started are dealt anew among them all (resplit). Cranes keep their
 * order on the rail: a crane never joins a call beyond a busy one. Then starved calls get a crane
 * (redeployForStarvedCalls).
 */
export function assignCranes(t: Terminal, start: (t: Terminal, crane: QuayCraneState, call: VesselCall, moves: Move[]) => void): void {
  for (;;) {
    let best: { score: number; apply: () => void } | null = null;
    for (const call of t.quay.alongside) {
      const working = t.cranes.filter((c) => c.call === call);
      if (working.length >= cranesWanted(t, call)) continue;
      const option = working.length === 0 ? firstCranes(t, call) : joiner(t, call, working);
      if (option === null) continue;
      const score = option.moves / (working.length + option.cranes);
      if (best === null || score > best.score) best = { score, apply: option.apply };
    }
    if (best === null) break;
    best.apply();
  }
  redeployForStarvedCalls(t, start);

  function firstCranes(t: Terminal, call: VesselCall): { moves: number; cranes: number; apply: () => void } | null {
    const unassigned = call.bays.filter((b) => b.length > 0 && b.every((m) => m.owner === null));
    if (unassigned.length === 0) return null;
    const mid = (call.fromM + call.toM) / 2;
    const kept = keptFor(t, call);
    const reachable = t.cranes.filter((c) => c.call === null && !kept.has(c.index) && clearPath(t, c, mid));
    if (reachable.length === 0) return null;
    reachable.sort((a, b) => Math.abs(a.x - mid) - Math.abs(b.x - mid) || a.index - b.index);
    // a contiguous run of free cranes around the nearest one, growing toward the call's middle
    let lo = reachable[0].index;
    let hi = lo;
    const want = cranesWanted(t, call);
    const free = (i: number) => i >= 0 && i < t.cranes.length && t.cranes[i].call === null && !kept.has(i) && clearPath(t, t.cranes[i], mid);
    while (hi - lo + 1 < want) {
      const west = free(lo - 1) ? Math.abs(t.cranes[lo - 1].x - mid) : Infinity;
      const east = free(hi + 1) ? Math.abs(t.cranes[hi + 1].x - mid) : Infinity;
      if (west === Infinity && east === Infinity) break;
      if (west <= east) lo--;
      else hi++;
    }
    // bays near a rail end only the cranes nearest that end can reach: those join too
    const rail = t.rail!;
    const n = t.cranes.length;
    while (hi < n - 1 && rail.maxX - (n - 1 - hi) * rail.sepM < call.bayX[call.bayX.length - 1] - 1e-6 && free(hi + 1)) hi++;
    while (lo > 0 && rail.minX + lo * rail.sepM > call.bayX[0] + 1e-6 && free(lo - 1)) lo--;
    const cranes = t.cranes.slice(lo, hi + 1);
    const moves = call.bays.reduce((a, b) => a + b.length, 0);
    return {
      moves,
      cranes: cranes.length,
      apply: () => {
        const starts = reachableRuns(call, balancedBayRuns(call.bays.map((b) => b.length), cranes.length, minBaysPerCrane(t, call)), lo, rail, n);
        cranes.slice(0, starts.length - 1).forEach((c, k) => {
          if (starts[k + 1] > starts[k]) start(t, c, call, call.bays.slice(starts[k], starts[k + 1]).flat());
        });
      },
    };
  }

  function joiner(t: Terminal, call: VesselCall, working: QuayCraneState[]): { moves: number; cranes: number; apply: () => void } | null {
    const kept = keptFor(t, call);
    // a free crane among the call's cranes (it finished its run while they work on), or next to them:
    // nothing stands between it and its new run but the call's own cranes
    const from = working[0].index - 1;
    const to = working[working.length - 1].index + 1;
    const crane = t.cranes.slice(Math.max(0, from), to + 1).find((c) => c.call === null && !kept.has(c.index));
    if (crane === undefined) return null;
    const cranes = [...working, crane].sort((a, b) => a.index - b.index);
    const plan = resplit(t, call, cranes);
    if (plan === null) return null;
    return {
      moves: plan.unstarted,
      cranes: 1,
      apply: () => {
        // every crane keeps the moves it has started or sent for; the rest of the call is dealt anew
        cranes.forEach((c, k) => {
          if (c !== crane) handMoves(t, c, plan.heads[k], plan.runs[k]);
        });
        start(t, crane, call, plan.runs[cranes.indexOf(crane)]);
      },
    };
  }
}

/**
 * The call's moves no crane has started nor sent for, bay by bay, dealt anew to `cranes` (west to
 * east) in balanced contiguous runs of bays; each crane keeps its first `heads[k]` moves. Null when
 * there are fewer such bays than cranes times the fewest a crane may have.
 */
function resplit(t: Terminal, call: VesselCall, cranes: QuayCraneState[]): { heads: number[]; runs: Move[][]; unstarted: number } | null {
  const heads = cranes.map((c) => (c.call === null ? 0 : (firstFreeMove(c) ?? c.sequence.length)));
  const pool = cranes.flatMap((c, k) => c.sequence.slice(heads[k]));
  if (pool.length === 0) return null;
  const byBay = new Map<number, Move[]>();
  for (const m of pool) {
    let list = byBay.get(m.bay);
    if (list === undefined) byBay.set(m.bay, (list = []));
    list.push(m);
  }
  const bays = [...byBay.keys()].sort((a, b) => a - b);
  if (bays.length < cranes.length * minBaysPerCrane(t, call)) return null;
  // within a bay, moves keep the order of the call's plan (deck discharges, hold, deck loads)
  const lists = bays.map((b) => {
    const order = new Map(call.bays[b].map((m, i) => [m, i]));
    return byBay.get(b)!.sort((x, y) => order.get(x)! - order.get(y)!);
  });
  const starts = balancedBayRuns(lists.map((l) => l.length), cranes.length, minBaysPerCrane(t, call));
  return { heads, runs: cranes.map((_, k) => lists.slice(starts[k], starts[k + 1]).flat()), unstarted: pool.length };
}

/**
 * A call alongside that no crane works and no free crane can reach (busy cranes of other calls stand
 * between) gets the crane of the nearest such call that faces it, if that call has another: the
 * crane finishes the moves it has started or sent for and leaves, its bays not started going to its neighbour on that
 * call (which works on into them); once free it comes over (assignCranes). One at a time per call.
 */
function redeployForStarvedCalls(t: Terminal, start: (t: Terminal, crane: QuayCraneState, call: VesselCall, moves: Move[]) => void): void {
  for (const starved of t.quay.alongside) {
    if (starved.remainingMoves === 0 || t.cranes.some((c) => c.call === starved || c.leavingFor === starved)) continue;
    const mid = (starved.fromM + starved.toM) / 2;
    let best: { crane: QuayCraneState; neighbour: QuayCraneState } | null = null;
    for (const c of t.cranes) {
      if (c.call === null || c.call === starved || !clearPath(t, c, mid)) continue;
      const toward = starved.fromM > c.call.toM ? 1 : -1; // by where the calls lie, not where the crane stands now
      // the end crane of a call facing the starved one; the crane behind it takes its bays: one of
      // its call, or a free one between them (which joins the call for them)
      if (t.cranes.some((o) => o.call === c.call && (o.index - c.index) * toward > 0)) continue;
      const neighbour = t.cranes[c.index - toward];
      if (neighbour === undefined || (neighbour.call !== c.call && neighbour.call !== null)) continue;
      if (t.cranes.some((o) => o.call === c.call && o.leavingFor !== null)) continue;
      if (best === null || Math.abs(c.x - mid) < Math.abs(best.crane.x - mid)) best = { crane: c, neighbour };
    }
    if (best === null) continue;
    const { crane, neighbour } = best;
    const cut = firstFreeMove(crane);
    if (cut === null) continue;
    const call = crane.call!;
    const taken = crane.sequence.splice(cut);
    if (neighbour.call === null) start(t, neighbour, call, taken);
    else handMoves(t, neighbour, neighbour.sequence.length, taken);
    crane.leavingFor = starved;
    nudgeCrane(crane); // with nothing left to start it finishes and comes over
    t.trace?.({ t: t.sim.now, event: 'craneRedeploy', crane: crane.id, from: call.id, to: starved.id, handedOver: taken.length, to_crane: neighbour.id });
  }
}

/**
 * A crane at work gets `moves` in place of its sequence from `at` on: its trucks are booked or
 * retimed, its new moves sent for, and it looks again at what it may start (what it waited for may
 * have gone to another crane).
 */
function handMoves(t: Terminal, crane: QuayCraneState, at: number, moves: Move[]): void {
  crane.sequence.splice(at, Infinity, ...moves);
  moves.forEach((m, p) => {
    m.sequence = at + p;
    m.owner = crane;
  });
  bookDirectTrucks(t, crane);
  releaseJobs(t, crane);
  nudgeCrane(crane);
}

/**
 * The first place in the crane's sequence after every move it has released to dispatch, done, holds
 * on its spreader, pairs in a dual cycle or has chosen for the cycle under way (mid-bay: the crane
 * taking the rest finishes the bay). A truck waiting at the spot serves whichever crane comes.
 */
function firstFreeMove(crane: QuayCraneState): number | null {
  const seq = crane.sequence;
  let last = -1;
  for (let p = seq.length - 1; p >= 0; p--) {
    const m = seq[p];
    if (m.job !== null || m.done || m.box.id === crane.holding || m === crane.pairedDischarge || m === crane.current) {
      last = p;
      break;
    }
  }
  const first = Math.max(crane.released, last + 1);
  return first < seq.length ? first : null;
}

/**
 * Moves the boundaries of balanced runs so that every crane's bays lie within its reach on the rail
 * (crane i of n can stand no nearer an end than i, or n − 1 − i, separations): bays beyond go to the
 * neighbour toward that end. A run may end up empty.
 */
function reachableRuns(call: VesselCall, starts: number[], first: number, rail: NonNullable<Terminal['rail']>, n: number): number[] {
  const out = [...starts];
  const runs = out.length - 1;
  for (let k = 0; k < runs - 1; k++) {
    const reachMax = rail.maxX - (n - 1 - (first + k)) * rail.sepM;
    while (out[k + 1] > out[k] && call.bayX[out[k + 1] - 1] > reachMax + 1e-6) out[k + 1]--;
  }
  for (let k = runs - 1; k > 0; k--) {
    const reachMin = rail.minX + (first + k) * rail.sepM;
    while (out[k] < out[k + 1] && call.bayX[out[k]] < reachMin - 1e-6) out[k]++;
  }
  return out;
}

/** The free crane nearest each other call alongside that no crane works yet: kept for that call. */
function keptFor(t: Terminal, call: VesselCall): Set<number> {
  const kept = new Set<number>();
  for (const other of t.quay.alongside) {
    if (other === call || other.remainingMoves === 0 || t.cranes.some((c) => c.call === other)) continue;
    const mid = (other.fromM + other.toM) / 2;
    let nearest: QuayCraneState | null = null;
    for (const c of t.cranes) {
      if (c.call !== null || !clearPath(t, c, mid)) continue;
      if (nearest === null || Math.abs(c.x - mid) < Math.abs(nearest.x - mid)) nearest = c;
    }
    if (nearest !== null) kept.add(nearest.index);
  }
  return kept;
}

/**
 * No busy crane works between the crane and `x`: it can get there, pushing free ones aside. Cranes
 * keep their order, so only cranes beyond it on that side can be in the way, and one of them is if
 * the call it works lies short of `x` (wherever it stands now: it may be on its way elsewhere).
 */
function clearPath(t: Terminal, crane: QuayCraneState, x: number): boolean {
  const east = x > crane.x;
  return !t.cranes.some((c) => {
    if (c === crane || c.call === null || (c.index > crane.index) !== east) return false;
    const workMid = (c.call.fromM + c.call.toM) / 2;
    return east ? workMid < x : workMid > x;
  });
}
