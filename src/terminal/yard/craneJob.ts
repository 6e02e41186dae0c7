import type { ProcessBody, SimEvent, Simulation } from '../../sim';
import type { IdleJob } from './idleWork';

/** What the block's crane scheduler (craneScheduler.ts) works with: its cranes, their legs, its hooks into the terminal, and a request's record. */

/** A crane as the scheduler needs it; YardCrane is one. */
export interface RailCrane {
  readonly id: string;
  /** where it stands; the scheduler sets it when a move starts (to the bay the move ends at) */
  bay: number;
}

/**
 * One leg of a job: the crane goes over bays lo…hi (from where it stands) and ends at `toBay`;
 * `durationS` is asked when the leg starts, with the crane doing it (it reads `crane.bay`, where the
 * crane stands then). A job's legs run in order; between them the crane stands still at the last
 * leg's end and may be pushed aside by a crane whose job was granted earlier.
 */
export interface CraneLeg<C> {
  lo: number;
  hi: number;
  toBay: number;
  /** boxes moved aside in this leg (for the move's record) */
  rehandles: number;
  durationS: (crane: C) => number;
}

/** How busy a crane is, as the yard planner reads it: a job granted (0 or 1) and jobs queued for its home zone. */
export interface CraneLoad {
  count: number;
  queueLength: number;
}

export interface BlockCraneHooks<C extends RailCrane> {
  readonly sim: Simulation;
  /** the block, for messages */
  readonly name: string;
  readonly bays: number;
  readonly separation: number;
  gantryS(fromBay: number, toBay: number): number;
  /** a crane starts a move: `rehandles` < 0 for being pushed aside; it stays within loBay…hiBay */
  moved(crane: C, t0: number, t1: number, fromBay: number, toBay: number, loBay: number, hiBay: number, rehandles: number): void;
  /** a crane spent t0…t1 waiting for another crane of the block, or being pushed aside by one */
  interfered(crane: C, t0: number, t1: number): void;
  idleWork(crane: C): IdleJob | null;
  /** a leg over bays lo…hi starts cut to the crane's reach (no crane reaches every bay of its job) */
  cutShort(crane: C, lo: number, hi: number): void;
}

export type Phase = 'queued' | 'granted' | 'waiting' | 'working' | 'done';

/** A request for a crane of the block, from queueing to release. */
export class CraneJob<C extends RailCrane> {
  phase: Phase = 'queued';
  crane: C | null = null;
  craneIndex = -1;
  /** grant order: earlier granted jobs start first where their bays conflict */
  grant = -1;
  /** bays the whole job visits, known from `occupy` */
  lo = NaN;
  hi = NaN;
  legs: readonly CraneLeg<C>[] = [];
  /** the leg under way or waited for */
  leg = 0;
  /** called when the job moves to another crane before it starts (its bays are beyond its crane's reach) */
  onTransfer: ((from: C, to: C) => void) | null = null;
  /** waiting to move to another crane (its bays are beyond this one's reach) */
  wantsTransfer = false;
  /** no crane reaches every bay of the job: its legs are cut to its crane's reach (see tryStart) */
  cut = false;
  waitFromS = NaN;
  durationS = NaN;
  started: SimEvent<unknown> | null = null;
  constructor(
    readonly key: number,
    readonly arrival: number,
    /** the bay asked for (where the carrier is, or where the box is) */
    readonly bay: number,
    readonly granted: SimEvent<C> | null,
  ) {}
}
