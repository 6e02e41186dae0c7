import { compareNumbers, firstInOrder } from './firstInOrder';
import type { Assignment, DispatchSnapshot, JobView, Strategy, VehicleView } from './strategy';

const longestFree = (a: VehicleView, b: VehicleView) => compareNumbers(a.freeSinceS, b.freeSinceS) || a.index - b.index;
const oldestReady = (a: JobView, b: JobView) => compareNumbers(a.readyS, b.readyS) || compareNumbers(a.dueS, b.dueS) || a.id - b.id;

/**
 * First come, first served: the oldest ready job goes to the vehicle that has been free longest.
 * Ties fall to the crane's due time, then the job id; vehicles tie by index. The baseline every
 * other strategy is compared with.
 */
export const fcfs: Strategy = {
  name: 'fcfs',
  decide(snapshot: DispatchSnapshot): Assignment[] {
    const free = snapshot.vehicles.filter((v) => v.free);
    if (free.length === 0) return [];
    const vehicles = firstInOrder(free, free.length, longestFree); // a sort, without copying when few are free
    const jobs = firstInOrder(snapshot.jobs, vehicles.length, oldestReady);
    const n = Math.min(vehicles.length, jobs.length);
    const out: Assignment[] = [];
    for (let k = 0; k < n; k++) out.push({ vehicle: vehicles[k].index, job: jobs[k].id });
    return out;
  },
};
