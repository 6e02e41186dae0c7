import { nearestInDueOrder, nearestTo } from './nearest';
import type { Assignment, DispatchSnapshot, Strategy, StrategyContext, VehicleView } from './strategy';

export interface DedicatedStrategy extends Strategy {
  /** the crane whose gang the vehicle is in, or -1 */
  gangOf(vehicle: number): number;
}

/**
 * Dedicated gangs, the traditional way: when a quay crane starts working, it gets a gang of
 * `gangSize` vehicles (the nearest free ones) that serve only its jobs, nearest member first; the
 * gang is released when the crane has no vessel and no open job. Gang size: the scenario's
 * dispatch.gangSize, else the fleet shared evenly among the cranes.
 */
export function createDedicated(context: StrategyContext): DedicatedStrategy {
  const gangSize = context.gangSize ?? Math.max(1, Math.floor(context.fleet / Math.max(1, context.cranes)));
  const gang = new Int32Array(context.fleet).fill(-1);
  const members = Array.from({ length: context.cranes }, () => new Set<number>());

  function leave(v: number): void {
    members[gang[v]].delete(v);
    gang[v] = -1;
  }

  return {
    name: 'dedicated',
    gangOf: (vehicle) => gang[vehicle],
    decide(snapshot: DispatchSnapshot): Assignment[] {
      const needy = new Set<number>();
      for (const c of snapshot.cranes) if (c.working) needy.add(c.index);
      for (const j of snapshot.jobs) needy.add(j.crane);
      // dissolve the gangs of idle cranes, one free member at a time
      for (const v of snapshot.vehicles) if (v.free && gang[v.index] >= 0 && !needy.has(gang[v.index])) leave(v.index);
      const unattached = snapshot.vehicles.filter((v) => v.free && gang[v.index] < 0);
      for (const c of snapshot.cranes) {
        if (!needy.has(c.index)) continue;
        while (members[c.index].size < gangSize && unattached.length > 0) {
          const k = nearestTo(snapshot, unattached, c.at);
          gang[unattached[k].index] = c.index;
          members[c.index].add(unattached[k].index);
          unattached.splice(k, 1);
        }
      }
      const freeByCrane = new Map<number, VehicleView[]>();
      for (const v of snapshot.vehicles) {
        if (!v.free || gang[v.index] < 0) continue;
        const list = freeByCrane.get(gang[v.index]);
        if (list === undefined) freeByCrane.set(gang[v.index], [v]);
        else list.push(v);
      }
      return nearestInDueOrder(snapshot, (job) => freeByCrane.get(job.crane));
    },
  };
}
