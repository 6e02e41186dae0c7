import { cyrb128 } from '../sim/random/xoshiro128';

/**
 * The seed of replication r (1, 2, …): a hash of the experiment's seed and r, never of the
 * configuration, so replication r of every configuration draws the same vessels, boxes and service
 * times (common random numbers) and paired differences are free of that noise. Hashed rather than
 * `seed + r` so that experiments with nearby seeds do not share replications.
 */
export function replicationSeed(experimentSeed: number, replication: number): number {
  if (!Number.isSafeInteger(replication) || replication < 1) throw new RangeError(`replications count from 1, got ${replication}`);
  return cyrb128(`zhigang/experiment/${experimentSeed}/replication/${replication}`)[0];
}
