import { PooledMatcher } from './pooledMatching';
import { POOLED_LAP_RULES } from './pooledLap';
import type { Strategy } from './strategy';

/**
 * Dual cycling: the cranes alternate loading and discharging within a bay, and a vehicle that
 * brings an export box leaves under the same crane with the import box discharged next, so the
 * trip back to the yard is loaded. Tours and single jobs are matched as in pooled-lap.
 */
export function createDualCycle(): Strategy {
  const matcher = new PooledMatcher({ ...POOLED_LAP_RULES, tours: true });
  return { name: 'dual-cycle', dualCycling: true, decide: (snapshot) => matcher.match(snapshot).assignments };
}
