import { byDueTime } from './byDueTime';
import type { Assignment, DispatchSnapshot, Strategy, VehicleView } from './strategy';

/**
 * Nearest vehicle: jobs in the order the cranes need them, each to the free vehicle that reaches
 * its pickup soonest (ties: lower index). Greedy and myopic, but it cuts empty driving.
 */
export const nearest: Strategy = {
  name: 'nearest',
  decide(snapshot: DispatchSnapshot): Assignment[] {
    const free = snapshot.vehicles.filter((v) => v.free);
    const out: Assignment[] = [];
    for (const job of [...snapshot.jobs].sort(byDueTime)) {
      if (free.length === 0) break;
      const k = nearestTo(snapshot, free, job.origin);
      out.push({ vehicle: free[k].index, job: job.id });
      free.splice(k, 1);
    }
    return out;
  },
};

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
