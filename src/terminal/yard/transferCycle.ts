import type { CraneJob, RailCrane } from './craneJob';
import type { RailView } from './railView';

/** A job and the crane it moves to. */
export interface TransferStep<C extends RailCrane> {
  job: CraneJob<C>;
  to: number;
}

/**
 * For a job beyond its crane's reach: a chain of transfers ending at a free still crane, or closing
 * on `first`'s crane (jobs that want each other's cranes swap them); null if none.
 */
export function transferCycle<C extends RailCrane>(rail: RailView<C>, job: CraneJob<C>, first: number, chain: TransferStep<C>[]): TransferStep<C>[] | null {
  const n = rail.cranes.length;
  for (let k = 0; k < n; k++) {
    if (k === job.craneIndex || !rail.reaches(k, job)) continue;
    if (k === first) return [...chain, { job, to: k }]; // a cycle: the first job's crane is freed by the move
    if (chain.some((c) => c.job.craneIndex === k)) continue;
    const other = rail.jobOf[k];
    if (other === null && rail.isStill(k)) return [...chain, { job, to: k }];
    if (other !== null && other.wantsTransfer && chain.length < n) {
      const found = transferCycle(rail, other, first, [...chain, { job, to: k }]);
      if (found !== null) return found;
    }
  }
  return null;
}
