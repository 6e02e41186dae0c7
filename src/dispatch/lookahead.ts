import { PooledMatcher } from './pooledMatching';
import { POOLED_LAP_RULES } from './pooledLap';
import type { Strategy } from './strategy';

/** Jobs per crane the look-ahead sees from the work sequence, beyond the release horizon. */
export const LOOKAHEAD_JOBS = 20;

/**
 * Look-ahead: the next LOOKAHEAD_JOBS moves of every crane are visible (with due times predicted
 * from the crane's pace), and vehicles are matched to them over that rolling horizon; a free
 * vehicle is committed only when it would not wait under the crane more than a cycle or two.
 */
export function createLookahead(): Strategy {
  const matcher = new PooledMatcher({ ...POOLED_LAP_RULES, jobsPerCrane: LOOKAHEAD_JOBS, soonIdleS: 600, commitWithinS: 180 });
  return { name: 'lookahead', lookaheadJobs: LOOKAHEAD_JOBS, decide: (snapshot) => matcher.match(snapshot).assignments };
}
