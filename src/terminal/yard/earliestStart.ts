import type { RailCrane } from './craneJob';
import type { RailView } from './railView';

/**
 * The assignment rule `earliest-start`: the crane that could start at `bay` soonest: when it is
 * free (now, or when its move ends), when the cranes in the way of its path there have finished
 * their moves (or, still, been pushed aside), plus its gantry travel. Ties to the nearer, then the
 * western. A crane with a granted job not yet started, or in the way of one, is not counted on. -1
 * if no crane can be counted on now.
 */
export function earliestStart<C extends RailCrane>(rail: RailView<C>, bay: number): number {
  const { cranes, claims, jobOf, h } = rail;
  const n = cranes.length;
  let best = -1;
  let bestS = Infinity;
  let bestDist = Infinity;
  for (let k = 0; k < n; k++) {
    if (bay < claims.reachLo(k) || bay > claims.reachHi(k)) continue;
    const own = jobOf[k];
    if (own !== null && own.phase !== 'working') continue;
    const from = cranes[k].bay;
    const lo = Math.min(from, bay);
    const hi = Math.max(from, bay);
    let readyS = rail.stillFromS(k);
    for (let m = 0; m < n && readyS < Infinity; m++) {
      const bound = m === k ? NaN : claims.wayBound(k, lo, hi, m);
      if (Number.isNaN(bound)) continue;
      const other = jobOf[m];
      if (other !== null && other.phase !== 'working') readyS = Infinity;
      else readyS = Math.max(readyS, rail.stillFromS(m) + h.gantryS(cranes[m].bay, bound));
    }
    for (const e of rail.pending) {
      if (readyS === Infinity) break;
      if (e.phase !== 'waiting' || e.wantsTransfer) continue;
      const [rLo, rHi] = rail.waitingRange(e);
      if (!claims.apart(k, lo, hi, e.craneIndex, rLo, rHi)) readyS = Infinity;
    }
    const startS = readyS + h.gantryS(from, bay);
    const dist = Math.abs(from - bay);
    if (startS < bestS || (startS === bestS && dist < bestDist)) [best, bestS, bestDist] = [k, startS, dist];
  }
  return best;
}
