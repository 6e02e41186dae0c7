import type { RailCrane } from './craneJob';
import type { RailView } from './railView';

/** A crane to push aside, and the bay it goes to. */
export interface Push {
  m: number;
  to: number;
}

/**
 * For crane i to hold bays lo…hi: the still cranes to push aside and where to, [] if nothing is in
 * the way, or null if it must wait (a crane in the way is moving, or has a job granted before
 * `grant`; or the bays, or a push, would take room an earlier granted job waits for).
 */
export function clearance<C extends RailCrane>(rail: RailView<C>, i: number, lo: number, hi: number, grant: number): Push[] | null {
  const { claims, cranes } = rail;
  const pushes: Push[] = [];
  for (let m = 0; m < cranes.length; m++) {
    const bound = m === i ? NaN : claims.wayBound(i, lo, hi, m);
    if (Number.isNaN(bound)) continue;
    if (!pushable(rail, m, grant)) return null;
    pushes.push({ m, to: bound });
  }
  for (const e of rail.pending) {
    if (e.grant >= grant) break;
    if (e.phase !== 'waiting' || e.wantsTransfer) continue;
    const k = e.craneIndex;
    const [rLo, rHi] = rail.waitingRange(e);
    if (!claims.apart(i, lo, hi, k, rLo, rHi)) return null;
    for (const p of pushes) {
      const at = cranes[p.m].bay;
      if (!claims.apart(p.m, Math.min(at, p.to), Math.max(at, p.to), k, rLo, rHi)) return null;
    }
  }
  return pushes;
}

/** A still crane with no job, or with one granted after `grant` not yet started, or one waiting to move to another crane. */
function pushable<C extends RailCrane>(rail: RailView<C>, m: number, grant: number): boolean {
  if (!rail.isStill(m)) return false;
  const job = rail.jobOf[m];
  return job === null || (job.phase !== 'working' && (job.grant > grant || job.wantsTransfer));
}

/** Whether crane m may cross lo…hi now, apart from every crane but itself and `except`. */
export function pathClear<C extends RailCrane>(rail: RailView<C>, m: number, lo: number, hi: number, except: number): boolean {
  const { claims } = rail;
  for (let k = 0; k < rail.cranes.length; k++) if (k !== m && k !== except && !claims.apart(m, lo, hi, k, claims.lo[k], claims.hi[k])) return false;
  return true;
}
