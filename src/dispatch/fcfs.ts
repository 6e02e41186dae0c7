import type { Assignment, DispatchSnapshot, Strategy } from './strategy';

/**
 * First come, first served: the oldest ready job goes to the vehicle that has been free longest.
 * Ties fall to the crane's due time, then the job id; vehicles tie by index. The baseline every
 * other strategy is compared with.
 */
export const fcfs: Strategy = {
  name: 'fcfs',
  decide(snapshot: DispatchSnapshot): Assignment[] {
    const vehicles = snapshot.vehicles.filter((v) => v.free).sort((a, b) => a.freeSinceS - b.freeSinceS || a.index - b.index);
    if (vehicles.length === 0) return [];
    const jobs = [...snapshot.jobs].sort((a, b) => a.readyS - b.readyS || a.dueS - b.dueS || a.id - b.id);
    const n = Math.min(vehicles.length, jobs.length);
    const out: Assignment[] = [];
    for (let k = 0; k < n; k++) out.push({ vehicle: vehicles[k].index, job: jobs[k].id });
    return out;
  },
};
