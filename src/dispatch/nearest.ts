import { byDueTime } from './byDueTime';
import type { Assignment, DispatchSnapshot, JobView, Strategy, VehicleView } from './strategy';

/**
 * Nearest vehicle: jobs in the order the cranes need them, each to the free vehicle that reaches
 * its pickup soonest (ties: lower index). Greedy and myopic, but it cuts empty driving.
 */
export const nearest: Strategy = {
  name: 'nearest',
  decide(snapshot: DispatchSnapshot): Assignment[] {
    const free = snapshot.vehicles.filter((v) => v.free);
    return nearestInDueOrder(snapshot, () => free);
  },
};

/**
 * Jobs in due order, each to the nearest vehicle of the pool `poolOf(job)` gives (taken vehicles
 * leave their pool); a job whose pool is empty or missing waits.
 */
export function nearestInDueOrder(snapshot: DispatchSnapshot, poolOf: (job: JobView) => VehicleView[] | undefined): Assignment[] {
  const out: Assignment[] = [];
  for (const job of [...snapshot.jobs].sort(byDueTime)) {
    const pool = poolOf(job);
    if (pool === undefined || pool.length === 0) continue;
    const k = nearestTo(snapshot, pool, job.origin);
    out.push({ vehicle: pool[k].index, job: job.id });
    pool.splice(k, 1);
  }
  return out;
}

/** Position in `vehicles` of the one with the shortest empty drive to `keyPoint`. */
export function nearestTo(snapshot: DispatchSnapshot, vehicles: readonly VehicleView[], keyPoint: number): number {
  let best = -1;
  let bestS = Infinity;
  for (let k = 0; k < vehicles.length; k++) {
    const s = snapshot.travelTimeS(vehicles[k].at, keyPoint, false);
    if (s < bestS) {
      bestS = s;
      best = k;
    }
  }
  return best;
}
