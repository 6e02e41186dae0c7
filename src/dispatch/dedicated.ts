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
 * dispatch.gangSize, at most the fleet shared evenly among the cranes. When more cranes work than
 * the fleet can staff, a crane left without a gang is not left for ever: a freed member of a gang
 * whose crane's work is due later moves to the gangless crane that has waited longest.
 */
export function createDedicated(context: StrategyContext): DedicatedStrategy {
  // never more than the fleet's even share, so a smaller fleet (a sweep) still staffs every crane
  const share = Math.max(1, Math.floor(context.fleet / Math.max(1, context.cranes)));
  const gangSize = Math.min(context.gangSize ?? share, share);
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
          join(unattached[k].index, c.index);
          unattached.splice(k, 1);
        }
      }
      rotateToGangless(snapshot, needy);
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

  function join(v: number, crane: number): void {
    gang[v] = crane;
    members[crane].add(v);
  }

  /** Free members move to working cranes that have no gang, most overdue first, from cranes needed later. */
  function rotateToGangless(snapshot: DispatchSnapshot, needy: Set<number>): void {
    const firstDue = new Map<number, number>();
    for (const j of snapshot.jobs) firstDue.set(j.crane, Math.min(firstDue.get(j.crane) ?? Infinity, j.dueS));
    const byDue = (a: number, b: number) => firstDue.get(a)! - firstDue.get(b)! || a - b;
    const gangless = [...needy].filter((c) => members[c].size === 0 && firstDue.has(c)).sort(byDue);
    for (const v of snapshot.vehicles) {
      if (gangless.length === 0) return;
      if (!v.free || gang[v.index] < 0) continue;
      const own = gang[v.index];
      if ((firstDue.get(own) ?? Infinity) <= firstDue.get(gangless[0])!) continue;
      leave(v.index);
      join(v.index, gangless.shift()!);
      if (members[own].size === 0 && firstDue.has(own)) gangless.push(own), gangless.sort(byDue);
    }
  }
}
