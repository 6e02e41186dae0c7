import type { BlockCraneHooks, CraneJob, RailCrane } from './craneJob';
import type { RailClaims } from './railClaims';

/** What the scheduler's questions (who starts soonest, who is in the way, who can take a job over) read of a block's cranes: BlockCranes. */
export interface RailView<C extends RailCrane> {
  readonly cranes: readonly C[];
  readonly claims: RailClaims;
  readonly jobOf: readonly (CraneJob<C> | null)[];
  /** granted jobs not yet working, in grant order */
  readonly pending: readonly CraneJob<C>[];
  readonly h: BlockCraneHooks<C>;
  /** the bays a granted job waiting for its leg will need */
  waitingRange(e: CraneJob<C>): [lo: number, hi: number];
  /** when crane k stands still: now, or when its move ends */
  stillFromS(k: number): number;
  isStill(k: number): boolean;
  /** whether crane k can work the job's bays */
  reaches(k: number, job: CraneJob<C>): boolean;
}
