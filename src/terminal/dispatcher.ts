import { DispatchError } from '../dispatch/dispatchError';
import type { Assignment, DispatchSnapshot, JobView, VehicleView } from '../dispatch/strategy';
import type { SimEvent, Waiter } from '../sim';
import type { DispatcherPort, Job, Terminal, Vehicle } from './model';

/** After every other event at the same instant: one decision sees all that changed at that time. */
export const DECISION_PRIORITY = 8;

/**
 * Holds the open jobs and asks the strategy, at decision epochs, which free vehicle takes which.
 * An epoch runs once per instant at which a job was released or a vehicle became free. The views
 * handed to the strategy are plain objects, reused between epochs (a strategy must not keep them).
 */
export class Dispatcher implements DispatcherPort, Waiter {
  private readonly open: Job[] = [];
  private readonly jobViews = new Map<Job, JobView>();
  private readonly vehicleViews: VehicleView[];
  private scheduled = false;
  epochs = 0;

  constructor(private readonly t: Terminal) {
    this.vehicleViews = t.vehicles.map((v) => ({ index: v.index, id: v.id, state: v.state, free: v.free, at: v.place.keyPoint, socKWh: v.energyKWh, soc: 0, freeSinceS: Infinity }));
  }

  release(job: Job): void {
    this.open.push(job);
    this.jobViews.set(job, {
      id: job.id,
      kind: job.kind,
      crane: job.crane.index,
      craneId: job.crane.id,
      origin: job.origin.keyPoint,
      destination: job.destination.keyPoint,
      boxes: job.moves.length,
      readyS: job.readyS,
      dueS: job.dueS,
      sequence: job.moves[0].sequence,
    });
    this.request();
  }

  vehicleFree(_vehicle: Vehicle): void {
    this.request();
  }

  private take(i: number, job: Job, vehicle: Vehicle): void {
    this.open.splice(i, 1);
    this.jobViews.delete(job);
    job.vehicle = vehicle;
    vehicle.job = job;
    vehicle.free = false;
  }

  private request(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const epoch = this.t.sim.event();
    epoch.addWaiter(this);
    epoch.succeed(undefined, DECISION_PRIORITY);
  }

  onEvent(_event: SimEvent<unknown>): void {
    this.scheduled = false;
    if (this.open.length === 0 || !this.t.vehicles.some((v) => v.free)) return;
    this.epochs++;
    const snapshot = this.snapshot();
    const { strategy, sim } = this.t;
    let assignments: Assignment[];
    try {
      assignments = strategy.decide(snapshot);
    } catch (e) {
      throw new DispatchError(strategy.name, sim.now, `it threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
    this.apply(assignments);
  }

  private snapshot(): DispatchSnapshot {
    const { t } = this;
    const cap = t.scenario.battery.capacityKWh;
    for (const v of t.vehicles) {
      const view = this.vehicleViews[v.index];
      view.state = v.state;
      view.free = v.free;
      view.at = v.place.keyPoint;
      view.socKWh = v.energyKWh;
      view.soc = v.energyKWh / cap;
      view.freeSinceS = v.free ? v.freeSinceS : Infinity;
    }
    const { distanceM, ids } = t.layout.travel;
    const n = ids.length;
    const { speedLoadedMps, speedEmptyMps, stopStartPenaltyS } = t.scenario.vehicles;
    return {
      timeS: t.sim.now,
      vehicles: this.vehicleViews,
      jobs: this.open.map((j) => this.jobViews.get(j)!),
      keyPoints: ids,
      travelTimeS: (from, to, loaded) => (from === to ? 0 : distanceM[from * n + to] / (loaded ? speedLoadedMps : speedEmptyMps) + stopStartPenaltyS),
    };
  }

  private apply(assignments: Assignment[]): void {
    const { t } = this;
    if (!Array.isArray(assignments)) throw new DispatchError(t.strategy.name, t.sim.now, `it returned ${typeof assignments}, not an array of assignments`);
    const seenVehicles = new Set<number>();
    const seenJobs = new Set<number>();
    const fail = (problem: string) => new DispatchError(t.strategy.name, t.sim.now, problem);
    const picked: [Job, Vehicle][] = [];
    for (const a of assignments) {
      const v = Number.isInteger(a?.vehicle) ? t.vehicles[a.vehicle] : undefined;
      if (v === undefined) throw fail(`assignment ${JSON.stringify(a)} names no vehicle of the fleet (0…${t.vehicles.length - 1})`);
      if (seenVehicles.has(v.index)) throw fail(`vehicle ${v.index} (${v.id}) is assigned twice`);
      if (!v.free) throw fail(`vehicle ${v.index} (${v.id}) is not free (it is ${v.state})`);
      const job = this.open.find((j) => j.id === a.job);
      if (job === undefined) throw fail(`job ${JSON.stringify(a.job)} is not an open job`);
      if (seenJobs.has(job.id)) throw fail(`job ${job.id} is assigned twice`);
      seenVehicles.add(v.index);
      seenJobs.add(job.id);
      picked.push([job, v]);
    }
    for (const [job, v] of picked) {
      this.take(this.open.indexOf(job), job, v);
      t.trace?.({ t: t.sim.now, event: 'assign', vehicle: v.id, job: job.id, kind: job.kind, crane: job.crane.id });
      const wake = v.wake!;
      v.wake = null;
      wake.succeed(job);
    }
  }
}
