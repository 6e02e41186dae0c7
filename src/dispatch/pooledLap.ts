import { PooledMatcher, type PooledRules } from './pooledMatching';
import type { Strategy } from './strategy';

/** Pooled fleet, optimal assignment at every epoch over idle and soon-idle vehicles. */
export const POOLED_LAP_RULES: PooledRules = { soonIdleS: 240, jobsPerCrane: 4, latenessWeight: 3, agingWeight: 1 };

export function createPooledLap(): Strategy {
  const matcher = new PooledMatcher(POOLED_LAP_RULES);
  return { name: 'pooled-lap', decide: (snapshot) => matcher.match(snapshot).assignments };
}
