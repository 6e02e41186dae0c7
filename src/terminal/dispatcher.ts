import { DispatchError, describeThrown } from '../dispatch/dispatchError';
import type { ChargerView, CraneView, DispatchSnapshot, EnergyView, JobView, VehicleView } from '../dispatch/strategy';
import type { SimEvent, Waiter } from '../sim';
import { chargeTimeS } from './battery';
import { expectJob, travelS, yardServiceS } from './expectedFree';
import { dueTime, releaseJobs, tourDischargePosition } from './jobs';
import type { DispatcherPort, Job, QuayCraneState, Terminal, Vehicle } from './model';
import { nudgeCrane } from './quayCrane';
import { readAnswer, shown, type PlainAssignment } from './strategyAnswer';

/** After every other event at the same instant: one decision sees all that changed at that time. */
export const DECISION_PRIORITY = 8;

/**
 * Holds the open jobs and asks the strategy, at decision epochs, what each free vehicle does. An
 * epoch runs once per instant at which a job was released or a vehicle became free. The views
 * handed to the strategy are plain objects, reused between epochs (a strategy must not keep them).
 */
export class Dispatcher implements DispatcherPort, Waiter {
  private readonly open: Job[] = [];
  /** the snapshot's open jobs, refilled at each epoch like the views in it */
  private readonly jobList: JobView[] = [];
  private readonly jobViews = new Map<Job, JobView>();
  private readonly byId = new Map<number, Job>();
  private readonly vehicleViews: VehicleView[];
  private readonly craneViews: CraneView[];
  private readonly chargerViews: ChargerView[];
  private readonly energy: EnergyView;
  private readonly travelTimeS: DispatchSnapshot['travelTimeS'];
  private readonly distanceM: DispatchSnapshot['distanceM'];
  private scheduled = false;
  /** time of the earliest re-decision already set for a forecast falling due (see decideAgainAtForecast) */
  private recheckS = Infinity;
  private readonly recheck: Waiter = {
    onEvent: () => {
      if (this.t.sim.now >= this.recheckS) this.recheckS = Infinity;
      this.request();
    },
  };
  epochs = 0;
  lastFreeS = -Infinity;

  constructor(private readonly t: Terminal) {
    this.vehicleViews = t.vehicles.map((v) => ({ index: v.index, id: v.id, state: v.state, free: v.free, at: v.place.keyPoint, socKWh: v.energyKWh, soc: 0, freeSinceS: Infinity, expectedFreeS: 0, expectedFreeAt: v.place.keyPoint }));
    this.craneViews = t.cranes.map((c) => ({ index: c.index, id: c.id, at: c.place.keyPoint, working: false, meanCycleS: c.meanCycleS, nextHandoverS: 0 }));
    this.chargerViews = t.chargers.map((c) => ({ index: c.index, id: c.id, at: c.place.keyPoint, plugs: c.plugs.capacity, busy: 0 }));
    const b = t.scenario.battery;
    this.energy = {
      capacityKWh: b.capacityKWh,
      consumptionLoadedKWhPerKm: b.consumptionLoadedKWhPerKm,
      consumptionEmptyKWhPerKm: b.consumptionEmptyKWhPerKm,
      chargeBelowSoc: b.chargeBelowSoc,
      chargeTargetSoc: b.chargeTargetSoc,
      chargeTimeS: (from, to) => chargeTimeS(t.scenario, from, to),
    };
    this.travelTimeS = (from, to, loaded) => travelS(t, from, to, loaded);
    const { distanceM, ids } = t.layout.travel;
    this.distanceM = (from, to) => distanceM[from * ids.length + to];
  }

  release(job: Job): void {
    this.open.push(job);
    job.crane.openJobs++;
    this.byId.set(job.id, job);
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
      lastSequence: job.moves[job.moves.length - 1].sequence,
      toCraneS: job.kind === 'load' ? yardServiceS(this.t) * job.moves.length + travelS(this.t, job.origin.keyPoint, job.destination.keyPoint, true) : 0,
    });
    this.request();
  }

  vehicleFree(_vehicle: Vehicle): void {
    this.request();
  }

  private take(job: Job, vehicle: Vehicle): void {
    this.open.splice(this.open.indexOf(job), 1);
    this.jobViews.delete(job);
    this.byId.delete(job.id);
    job.vehicle = vehicle;
    job.crane.openJobs--;
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
    if (!this.t.vehicles.some((v) => v.free)) return;
    this.lastFreeS = this.t.sim.now;
    this.epochs++;
    const snapshot = this.snapshot();
    const { strategy, sim } = this.t;
    let answer: unknown;
    try {
      answer = strategy.decide(snapshot);
    } catch (e) {
      throw new DispatchError(strategy.name, sim.now, `it threw ${describeThrown(e)}`);
    }
    this.apply(answer);
    this.decideAgainAtForecast();
  }

  /**
   * A strategy may keep a free vehicle back because a busy one is forecast free soon (the pooled
   * ones do). If that forecast falls due with nothing else happening, no epoch would come, and a
   * crane could wait for ever for a move nobody was sent to: so while free vehicles and open jobs
   * remain, the dispatcher decides again when the earliest forecast falls due.
   */
  private decideAgainAtForecast(): void {
    const { t } = this;
    if (this.open.length === 0 || !t.vehicles.some((v) => v.free)) return;
    const now = t.sim.now;
    let next = Infinity;
    for (const v of t.vehicles) if (!v.free && v.expectedFreeS > now && v.expectedFreeS < next) next = v.expectedFreeS;
    if (next >= this.recheckS) return; // one is already set at or before it
    this.recheckS = next;
    t.sim.timeout(next - now).addWaiter(this.recheck);
  }

  private snapshot(): DispatchSnapshot {
    const { t } = this;
    const now = t.sim.now;
    const cap = t.scenario.battery.capacityKWh;
    for (const v of t.vehicles) {
      const view = this.vehicleViews[v.index];
      view.state = v.state;
      view.free = v.free;
      view.at = v.place.keyPoint;
      view.socKWh = v.energyKWh;
      view.soc = v.energyKWh / cap;
      view.freeSinceS = v.free ? v.freeSinceS : Infinity;
      view.expectedFreeS = v.free ? now : Math.max(now, v.expectedFreeS);
      view.expectedFreeAt = v.free || v.expectedFreeAt < 0 ? v.place.keyPoint : v.expectedFreeAt;
    }
    for (const c of t.cranes) {
      const view = this.craneViews[c.index];
      view.working = c.call !== null;
      view.nextHandoverS = c.nextHandoverS;
      // a crane on the rail is known by the transfer key point nearest where it stands
      if (t.rail !== null) view.at = t.roads.quaySpot(c.x).keyPoint;
    }
    for (const c of t.chargers) this.chargerViews[c.index].busy = c.plugs.count + c.plugs.queueLength;
    // the crane's pace changes what it needs when: due times are re-estimated at every epoch
    const jobs = this.jobList;
    const window = t.scenario.quayCranes.workWindow;
    jobs.length = 0;
    for (const j of this.open) {
      const view = this.jobViews.get(j)!;
      view.dueS = dueTime(j.crane, j.moves[0].sequence, now, window);
      jobs.push(view);
    }
    return {
      timeS: now,
      vehicles: this.vehicleViews,
      jobs,
      keyPoints: t.layout.travel.ids,
      travelTimeS: this.travelTimeS,
      distanceM: this.distanceM,
      cranes: this.craneViews,
      chargers: this.chargerViews,
      energy: this.energy,
    };
  }

  /** Validates every decision before carrying out any: a strategy's answer is taken whole or not at all. */
  private apply(answer: unknown): void {
    const { t } = this;
    const fail = (problem: string) => new DispatchError(t.strategy.name, t.sim.now, problem);
    const assignments = readAnswer(answer, t.vehicles.length, fail);
    const seenVehicles = new Set<number>();
    const seenJobs = new Set<number>();
    const jobOf = (id: unknown, a: PlainAssignment): Job => {
      const job = typeof id === 'number' ? this.byId.get(id) : undefined;
      if (job === undefined) throw fail(`assignment ${a.shown}: job ${shown(id)} is not an open job`);
      if (seenJobs.has(job.id)) throw fail(`job ${job.id} is assigned twice`);
      seenJobs.add(job.id);
      return job;
    };
    const picked: Pick[] = [];
    for (const a of assignments) {
      const v = typeof a.vehicle === 'number' && Number.isInteger(a.vehicle) ? t.vehicles[a.vehicle] : undefined;
      if (v === undefined) throw fail(`assignment ${a.shown} names no vehicle of the fleet (0…${t.vehicles.length - 1})`);
      if (seenVehicles.has(v.index)) throw fail(`vehicle ${v.index} (${v.id}) is assigned twice`);
      if (!v.free) throw fail(`vehicle ${v.index} (${v.id}) is not free (it is ${v.state})`);
      seenVehicles.add(v.index);
      if (a.charge === true) {
        if (a.job !== undefined || a.then !== undefined) throw fail(`assignment ${a.shown} both charges and takes a job`);
        const target = t.scenario.battery.chargeTargetSoc * t.scenario.battery.capacityKWh;
        if (v.energyKWh >= target) throw fail(`vehicle ${v.index} (${v.id}) is sent charging at ${v.energyKWh.toFixed(1)} kWh, already at the charge target ${target.toFixed(1)} kWh`);
        picked.push({ v, job: null, then: null, asked: -1 });
        continue;
      }
      const job = jobOf(a.job, a);
      const then = a.then === undefined ? null : jobOf(a.then, a);
      if (then !== null) checkTour(job, then, fail);
      picked.push({ v, job, then, asked: job.id });
    }
    this.bindInCraneOrder(picked);
    for (const { v, job, then, asked } of picked) {
      const wake = v.wake!;
      v.wake = null;
      v.free = false;
      if (job === null) {
        v.chargeOrdered = true;
        t.trace?.({ t: t.sim.now, event: 'chargeOrder', vehicle: v.id });
        wake.succeed(null);
        continue;
      }
      this.take(job, v);
      v.job = job;
      if (then !== null) {
        this.take(then, v);
        job.followOn = then;
        then.after = job;
      }
      expectJob(t, v, job);
      t.trace?.({ t: t.sim.now, event: 'assign', vehicle: v.id, job: job.id, kind: job.kind, crane: job.crane.id, ...(then === null ? {} : { then: then.id }), ...(asked === job.id ? {} : { asked }) });
      wake.succeed(job);
      // a crane waiting for a discharge's vehicle to be sent may lift its box now
      if (job.kind === 'discharge' || then !== null) nudgeCrane(job.crane);
    }
    // each crane whose jobs were taken opens its next ones
    for (const { job } of picked) if (job !== null && job.crane.call !== null) releaseJobs(t, job.crane);
  }

  /**
   * The vehicles a strategy sends to one crane take that crane's open jobs in the crane's order
   * (its work sequence), keeping the order the strategy gave them: the strategy decides how many
   * vehicles serve each crane and which, the crane's sequence which move each carries. With the
   * crane lifting only moves whose vehicle is sent (quayCrane.ts), this makes a crane stall
   * impossible: a vehicle under a crane waits only for moves before its own, and those all have a
   * vehicle coming. A tour stays a tour when the crane's first open jobs still form one.
   */
  private bindInCraneOrder(picked: Pick[]): void {
    const byCrane = new Map<QuayCraneState, Pick[]>();
    for (const p of picked) {
      if (p.job === null) continue;
      const list = byCrane.get(p.job.crane);
      if (list === undefined) byCrane.set(p.job.crane, [p]);
      else list.push(p);
    }
    for (const [crane, picks] of byCrane) {
      const open = this.open.filter((j) => j.crane === crane).sort(bySequence);
      picks.sort((a, b) => bySequence(a.job!, b.job!));
      let k = 0;
      for (const p of picks) {
        const job = open[k++];
        const next = open[k];
        const tour = p.then !== null && job.kind === 'load' && next !== undefined && next.kind === 'discharge' && next.moves[0].sequence === tourDischargePosition(job);
        p.job = job;
        p.then = tour ? next : null;
        if (tour) k++;
      }
    }
  }
}

/** One decision being carried out: a job (and a tour's discharge) or, with job null, a charge. */
interface Pick {
  v: Vehicle;
  job: Job | null;
  then: Job | null;
  /** the job the strategy named, before binding in the crane's order */
  asked: number;
}

const bySequence = (a: Job, b: Job) => a.moves[0].sequence - b.moves[0].sequence;

/** A dual-cycling tour: a load, then the discharge that comes right after it at the same crane. */
function checkTour(load: Job, discharge: Job, fail: (problem: string) => DispatchError): void {
  if (load.kind !== 'load' || discharge.kind !== 'discharge') throw fail(`a tour takes a load and then a discharge; job ${load.id} is a ${load.kind} and job ${discharge.id} a ${discharge.kind}`);
  if (discharge.crane !== load.crane || discharge.moves[0].sequence !== tourDischargePosition(load)) {
    throw fail(`job ${discharge.id} is not the discharge right after load job ${load.id} at crane ${load.crane.id}`);
  }
}
