import type { ExperimentPlan } from './plan';

/** One replication of one configuration: the unit that runs, is recorded and is resumed. */
export interface ReplicationTask {
  /** index into plan.configurations */
  configuration: number;
  /** 1, 2, … */
  replication: number;
  seed: number;
}

/** A slice of the tasks for one machine: `index` of `count`, counted from 0. */
export interface Shard {
  index: number;
  count: number;
}

/** The key a result is recorded and found under: configuration id and replication. */
export const replicationKey = (configuration: string, replication: number): string => `${configuration} #${replication}`;

/**
 * Every (configuration, replication) of the plan in one stable order, replication-major: all
 * configurations of replication 1, then of 2, … so that partial results already compare every
 * configuration. Shard i of N takes the tasks at positions k with k mod N = i.
 */
export function replicationTasks(plan: ExperimentPlan, shard: Shard = { index: 0, count: 1 }): ReplicationTask[] {
  const tasks: ReplicationTask[] = [];
  const total = plan.replications * plan.configurations.length;
  for (let k = shard.index; k < total; k += shard.count) {
    const r = Math.floor(k / plan.configurations.length);
    tasks.push({ configuration: k % plan.configurations.length, replication: r + 1, seed: plan.seeds[r] });
  }
  return tasks;
}

/** `i/N` as Slurm's 0-based array index or a Kubernetes Indexed Job's JOB_COMPLETION_INDEX gives it. */
export function parseShard(text: string): Shard | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (m === null) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index < count && Number.isSafeInteger(count) ? { index, count } : null;
}
