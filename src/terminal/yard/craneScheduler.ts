import type { ProcessBody } from '../../sim';
import { InvariantError } from '../invariantError';
import { CraneJob, type BlockCraneHooks, type CraneLeg, type CraneLoad, type Phase, type RailCrane } from './craneJob';
import { clearance, pathClear, type Push } from './clearance';
import { earliestStart } from './earliestStart';
import { transferCycle } from './transferCycle';
import { RailClaims } from './railClaims';
import type { RailView } from './railView';

export { CraneJob, type BlockCraneHooks, type CraneLeg, type CraneLoad, type RailCrane } from './craneJob';

/**
 * The yard cranes of one block sharing its rails (`craneSharing` "shared"): any crane may serve any
 * bay it can reach, but crane i always stays `separation` bays or more west of crane i + 1.
 *
 * The rule (docs/model.md, "Yard cranes"): each crane holds a *claim*, an interval of bays it may
 * occupy: the bay it stands at when still, every bay of its current leg (from where it starts, over
 * every bay the leg visits) while working, the bays it crosses while being pushed aside. Claims always
 * stay in crane order with `separation` bays between them, and a crane moves only within its claim,
 * so the cranes can never pass nor come closer (checked after every change: an InvariantError
 * otherwise).
 *
 * A job is a few legs (to the box and back from each stack its rehandles go to; to the carrier, then
 * to the slot), known only once its crane is granted and the yard has chosen the slot or the stacks
 * for the boxes above (`occupy`). Legs start in grant order of their jobs: a leg starts when its
 * claim fits, pushing aside still cranes whose job was granted after its own (or that have none),
 * and never taking bays the leg of an earlier granted job waits for. So the earliest granted job
 * waiting for a leg waits only for legs and pushes under way, which end: no cycle of waits, no
 * deadlock; and when every crane is free the first queued job is granted.
 */

const STILL = 0;
const WORKING = 1;
const PUSHED = 2;

export class BlockCranes<C extends RailCrane> implements RailView<C> {
  private readonly n: number;
  private readonly sep: number;
  readonly claims: RailClaims;
  private readonly motion: number[];
  private readonly busyUntil: number[];
  readonly jobOf: (CraneJob<C> | null)[];
  /** queued requests by (key, arrival) */
  private readonly queue: CraneJob<C>[] = [];
  /** granted jobs not yet working, in grant order */
  readonly pending: CraneJob<C>[] = [];
  private arrivals = 0;
  private grants = 0;
  private passing = false;
  private again = false;

  constructor(
    readonly h: BlockCraneHooks<C>,
    /** west to east along the rails */
    readonly cranes: readonly C[],
    /** each crane's load, updated here; the home zone of crane i is bays ⌊iB/n⌋ … ⌊(i+1)B/n⌋ − 1 */
    private readonly loads: readonly CraneLoad[],
  ) {
    this.n = cranes.length;
    this.sep = h.separation;
    if (this.n > 1 && h.bays < 2 * (this.n - 1) * this.sep)
      throw new InvariantError(h.sim.now, `block ${h.name}: ${h.bays} bays are too few for ${this.n} cranes kept ${this.sep} bays apart (every bay must be in some crane's reach: at least ${2 * (this.n - 1) * this.sep})`);
    this.claims = new RailClaims(cranes, h.bays, h.separation);
    this.motion = cranes.map(() => STILL);
    this.busyUntil = cranes.map(() => -Infinity);
    this.jobOf = cranes.map(() => null);
    this.claims.check(this.h.sim.now, this.h.name); // the non-passing rule itself
  }

  /** The state, for messages and debugging. */
  describe(): string {
    const now = this.h.sim.now;
    const job = (j: CraneJob<C> | null) => (j === null ? 'none' : `#${j.arrival} ${j.phase} grant ${j.grant} bay ${j.bay} bays ${j.lo}–${j.hi} leg ${j.leg}/${j.legs.length}${j.wantsTransfer ? ' wants transfer' : ''}`);
    const cranes = this.cranes.map((c, i) => `${c.id} at ${c.bay} claim ${this.claims.lo[i]}–${this.claims.hi[i]} motion ${this.motion[i]} until ${this.busyUntil[i] - now} job ${job(this.jobOf[i])}`);
    return [`t=${now}`, ...cranes, `queue: ${this.queue.map((j) => `#${j.arrival} key ${j.key - now} bay ${j.bay}`).join('; ')}`, `pending: ${this.pending.map(job).join('; ')}`].join('\n');
  }

  /** Queues a request for `bay`; `granted` fires with the crane once one is granted to it (nothing is done yet). */
  request(key: number, bay: number): CraneJob<C> {
    this.checkBay(bay, 'a request');
    const job = new CraneJob<C>(key, this.arrivals++, bay, this.h.sim.event<C>());
    const q = this.queue;
    let i = q.length;
    while (i > 0 && q[i - 1].key > key) i--;
    q.splice(i, 0, job);
    this.loads[this.claims.homeOf(bay)].queueLength++;
    this.pass();
    return job;
  }

  /**
   * A granted job's legs are now known: runs them in order, each once its claim fits (the wait is
   * interference), recording each as a move. Returns the crane that did the job (another crane than
   * the one granted if its bays are beyond that one's reach; `onTransfer` is told).
   */
  *occupy(job: CraneJob<C>, legs: readonly CraneLeg<C>[], onTransfer: ((from: C, to: C) => void) | null = null): ProcessBody<C> {
    const now = this.h.sim.now;
    if (job.phase !== 'granted') throw new InvariantError(now, `block ${this.h.name}: a job must be granted before its legs are known, it is ${job.phase}`);
    if (legs.length === 0) throw new InvariantError(now, `block ${this.h.name}: a job with no legs`);
    for (const leg of legs) {
      for (const bay of [leg.lo, leg.hi, leg.toBay]) this.checkBay(bay, 'a leg');
      if (!(leg.lo <= leg.toBay && leg.toBay <= leg.hi)) throw new InvariantError(now, `block ${this.h.name}: a leg over bays ${leg.lo}–${leg.hi} ends at bay ${leg.toBay}`);
    }
    job.lo = Math.min(...legs.map((l) => l.lo));
    job.hi = Math.max(...legs.map((l) => l.hi));
    job.legs = legs;
    job.onTransfer = onTransfer;
    for (job.leg = 0; job.leg < legs.length; job.leg++) {
      if (job.leg > 0) this.endLeg(job);
      job.phase = 'waiting';
      job.waitFromS = this.h.sim.now;
      job.started = null;
      this.pass();
      // pass() may have started it already (the narrowing above does not know)
      if ((job.phase as Phase) !== 'working') {
        job.started = this.h.sim.event();
        yield job.started;
      }
      yield this.h.sim.timeout(job.durationS);
    }
    return job.crane!;
  }

  /** A leg is over and the job has more: the crane stands still, waiting for its next leg in its grant order. */
  private endLeg(job: CraneJob<C>): void {
    this.stand(job.craneIndex);
    let at = this.pending.length;
    while (at > 0 && this.pending[at - 1].grant > job.grant) at--;
    this.pending.splice(at, 0, job);
  }

  /** Crane i stands still where it is: its claim shrinks to its bay. */
  private stand(i: number): void {
    this.motion[i] = STILL;
    this.claims.lo[i] = this.claims.hi[i] = this.cranes[i].bay;
  }

  /** The job is over (its work done, or it turned out to need no work): its crane is free. */
  release(job: CraneJob<C>): void {
    const i = job.craneIndex;
    if (job.phase === 'working') this.stand(i);
    else if (job.phase === 'granted') this.pending.splice(this.pending.indexOf(job), 1);
    else throw new InvariantError(this.h.sim.now, `block ${this.h.name}: released a job that is ${job.phase}`);
    job.phase = 'done';
    this.jobOf[i] = null;
    this.loads[i].count = 0;
    this.pass();
  }

  /** Starts what can start: granted jobs in grant order, then queued jobs on free cranes, then idle work. */
  private pass(): void {
    if (this.passing) {
      this.again = true;
      return;
    }
    this.passing = true;
    try {
      do {
        this.again = false;
        // tryStart may take the job it is given out of pending (it started), nothing else
        for (let k = 0; k < this.pending.length; k++) {
          const job = this.pending[k];
          if (job.phase !== 'waiting') continue;
          this.tryStart(job);
          if (this.pending[k] !== job) k--;
        }
        this.assign();
      } while (this.again);
    } finally {
      this.passing = false;
    }
  }

  private tryStart(job: CraneJob<C>): void {
    const now = this.h.sim.now;
    if (job.wantsTransfer && !this.transfer(job)) return;
    const i = job.craneIndex;
    if (this.motion[i] !== STILL) return; // being pushed aside
    if (job.leg === 0 && !this.reaches(i, job)) {
      if (!job.cut && !this.cranes.some((_, k) => this.reaches(k, job))) {
        // The yard sent a box aside to a bay at one end of the block from a dig near the other end:
        // no crane can reach both with the other parked beyond it. The crane that reaches the dig
        // does the job and stops `separation` bays short of the far end; the yard keeps the box where
        // it chose (a relay by both cranes the model does not draw). Counted by the hook; rare.
        job.cut = true;
        job.lo = job.hi = job.legs[0].toBay;
        if (this.reaches(i, job)) return this.tryStart(job);
      }
      // only before it has started: a job moves whole
      job.wantsTransfer = true;
      if (!this.transfer(job)) return;
      return this.tryStart(job);
    }
    const crane = this.cranes[i];
    const leg = job.legs[job.leg];
    const [lo, hi] = this.waitingRange(job);
    const pushes = clearance(this, i, lo, hi, job.grant);
    if (pushes === null) return;
    if (pushes.length > 0 && !this.pushAlong(i, lo, hi, pushes)) {
      this.push(pushes);
      return;
    }
    this.pending.splice(this.pending.indexOf(job), 1);
    if (now > job.waitFromS) this.h.interfered(crane, job.waitFromS, now);
    if (leg.lo < this.legLo(job) || leg.hi > this.legHi(job)) this.h.cutShort(crane, leg.lo, leg.hi);
    const durationS = leg.durationS(crane);
    if (!(durationS >= 0 && durationS < Infinity)) throw new InvariantError(now, `block ${this.h.name}: ${crane.id}'s leg over bays ${lo}–${hi} takes ${durationS} s`);
    job.durationS = durationS;
    this.begin(i, job, lo, hi, durationS, job.cut ? this.claims.intoReach(i, leg.toBay) : leg.toBay, leg.rehandles);
    job.started?.succeed();
  }

  private begin(i: number, job: CraneJob<C>, lo: number, hi: number, durationS: number, toBay: number, rehandles: number): void {
    const now = this.h.sim.now;
    const crane = this.cranes[i];
    job.phase = 'working';
    this.claims.lo[i] = lo;
    this.claims.hi[i] = hi;
    this.motion[i] = WORKING;
    this.busyUntil[i] = now + durationS;
    this.h.moved(crane, now, now + durationS, crane.bay, toBay, lo, hi, rehandles);
    crane.bay = toBay;
    this.claims.check(this.h.sim.now, this.h.name); // the non-passing rule itself
  }

  /**
   * Moves a job whose bays are beyond its crane's reach to a crane that reaches them, once that one
   * is free; two or more such jobs that want each other's cranes swap them. True if it moved.
   */
  private transfer(job: CraneJob<C>): boolean {
    const i = job.craneIndex;
    const cycle = transferCycle(this, job, i, []);
    if (cycle === null) {
      if (!this.cranes.some((_, k) => this.reaches(k, job)))
        throw new InvariantError(this.h.sim.now, `block ${this.h.name}: a job visits bays ${job.lo}–${job.hi}, which no crane reaches with ${this.n} cranes kept ${this.sep} bays apart on ${this.h.bays} bays`);
      return false;
    }
    // cycle: jobs [job, …], each to the crane after it; the last to a free crane or to job's crane
    const moves = cycle.map(({ job: j, to }) => ({ j, from: j.craneIndex, to }));
    for (const m of moves) if (this.jobOf[m.from] === m.j) this.jobOf[m.from] = null;
    for (const m of moves) {
      const from = this.cranes[m.from];
      m.j.crane = this.cranes[m.to];
      m.j.craneIndex = m.to;
      m.j.wantsTransfer = false;
      this.jobOf[m.to] = m.j;
      m.j.onTransfer?.(from, this.cranes[m.to]);
    }
    for (let k = 0; k < this.n; k++) this.loads[k].count = this.jobOf[k] === null ? 0 : 1;
    this.again = true;
    return true;
  }

  /** The bays the job's current leg visits, cut to its crane's reach if the job is cut. */
  private legLo(job: CraneJob<C>): number {
    return job.cut ? this.claims.intoReach(job.craneIndex, job.legs[job.leg].lo) : job.legs[job.leg].lo;
  }
  private legHi(job: CraneJob<C>): number {
    return job.cut ? this.claims.intoReach(job.craneIndex, job.legs[job.leg].hi) : job.legs[job.leg].hi;
  }

  /**
   * One crane to push, and nothing else in its way: it gantries away as crane i starts its leg, at the
   * same speed. Crane i is at least (its distance in cranes) × separation bays from it when both
   * start, goes no faster, and never beyond `hi` (`lo`), where the pushed crane stops far enough; so
   * the gap never shrinks below that while they move (checked here, and by `clearing` in
   * the rule check meanwhile). True if the push started.
   */
  private pushAlong(i: number, lo: number, hi: number, pushes: Push[]): boolean {
    if (pushes.length !== 1) return false;
    const { m, to } = pushes[0];
    const at = this.cranes[m].bay;
    const gap = Math.abs(m - i) * this.sep;
    const ok = m > i ? at >= this.cranes[i].bay + gap && to >= hi + gap : at <= this.cranes[i].bay - gap && to <= lo - gap;
    if (!ok || !pathClear(this, m, Math.min(at, to), Math.max(at, to), i)) return false;
    this.startPush(m, to);
    this.claims.clearing[m] = i;
    return true;
  }

  /**
   * Pushes cranes aside, each once its way is clear (in a chain, the outer crane goes first): the
   * pushed crane gantries away, a move with no box that counts as interference for it.
   */
  private push(pushes: Push[]): void {
    for (const { m, to } of pushes) {
      const at = this.cranes[m].bay;
      if (pathClear(this, m, Math.min(at, to), Math.max(at, to), -1)) this.startPush(m, to);
    }
  }

  private startPush(m: number, to: number): void {
    const sim = this.h.sim;
    const crane = this.cranes[m];
    const lo = Math.min(crane.bay, to);
    const hi = Math.max(crane.bay, to);
    const d = this.h.gantryS(crane.bay, to);
    this.motion[m] = PUSHED;
    this.claims.lo[m] = lo;
    this.claims.hi[m] = hi;
    this.busyUntil[m] = sim.now + d;
    this.h.moved(crane, sim.now, sim.now + d, crane.bay, to, lo, hi, -1);
    this.h.interfered(crane, sim.now, sim.now + d);
    crane.bay = to;
    sim.timeout(d).addWaiter({
      onEvent: () => {
        this.stand(m);
        this.claims.clearing[m] = -1;
        this.claims.check(this.h.sim.now, this.h.name); // the non-passing rule itself
        this.pass();
      },
    });
  }

  /** Grants queued jobs, earliest key first, each to the crane that can start it soonest if that one is free; idle work for the rest. */
  private assign(): void {
    let free = 0;
    for (let k = 0; k < this.n; k++) if (this.isFree(k)) free++;
    if (free === 0) return;
    for (let q = 0; q < this.queue.length && free > 0; ) {
      const job = this.queue[q];
      const k = earliestStart(this, job.bay);
      if (k >= 0 && this.isFree(k)) {
        this.queue.splice(q, 1);
        this.loads[this.claims.homeOf(job.bay)].queueLength--;
        this.grantTo(job, k);
        free--;
      } else q++;
    }
    for (let k = 0; k < this.n && free > 0; k++) if (this.isFree(k) && this.startIdle(k)) free--;
  }

  private isFree(k: number): boolean {
    return this.jobOf[k] === null && this.motion[k] === STILL;
  }

  private grantTo(job: CraneJob<C>, k: number): void {
    job.crane = this.cranes[k];
    job.craneIndex = k;
    job.grant = this.grants++;
    job.phase = 'granted';
    this.jobOf[k] = job;
    this.loads[k].count = 1;
    this.pending.push(job);
    job.granted!.succeed(job.crane);
  }

  /** The bays a granted job waiting for its leg will need: from where its crane stands over the leg. */
  waitingRange(e: CraneJob<C>): [lo: number, hi: number] {
    const at = this.cranes[e.craneIndex].bay;
    return [Math.min(at, this.legLo(e)), Math.max(at, this.legHi(e))];
  }

  /** When crane k stands still: now, or when its move ends. */
  stillFromS(k: number): number {
    return this.motion[k] === STILL ? this.h.sim.now : this.busyUntil[k];
  }

  isStill(k: number): boolean {
    return this.motion[k] === STILL;
  }

  reaches(k: number, job: CraneJob<C>): boolean {
    return this.claims.reaches(k, job.lo, job.hi);
  }

  /** Idle work for free crane k, started only if it can start at once; true if it did. */
  private startIdle(k: number): boolean {
    const idle = this.h.idleWork(this.cranes[k]);
    if (idle === null) return false;
    this.checkBay(idle.fromBay, 'idle work');
    this.checkBay(idle.toBay, 'idle work');
    if (!(idle.durationS >= 0 && idle.durationS < Infinity)) throw new InvariantError(this.h.sim.now, `block ${this.h.name}: idle work takes ${idle.durationS} s`);
    const job = new CraneJob<C>(Infinity, this.arrivals++, idle.fromBay, null);
    job.lo = Math.min(idle.fromBay, idle.toBay);
    job.hi = Math.max(idle.fromBay, idle.toBay);
    if (!this.reaches(k, job)) return false;
    const crane = this.cranes[k];
    const lo = Math.min(crane.bay, job.lo);
    const hi = Math.max(crane.bay, job.hi);
    const pushes = clearance(this, k, lo, hi, this.grants);
    if (pushes === null || pushes.length > 0) return false;
    job.crane = crane;
    job.craneIndex = k;
    job.grant = this.grants++;
    job.durationS = idle.durationS;
    this.jobOf[k] = job;
    this.loads[k].count = 1;
    idle.perform();
    this.begin(k, job, lo, hi, idle.durationS, idle.toBay, 0);
    this.h.sim.timeout(idle.durationS).addWaiter({ onEvent: () => this.release(job) });
    return true;
  }

  private checkBay(bay: number, what: string): void {
    if (!(Number.isInteger(bay) && bay >= 0 && bay < this.h.bays)) throw new InvariantError(this.h.sim.now, `block ${this.h.name}: ${what} at bay ${bay}, outside 0…${this.h.bays - 1}`);
  }
}
