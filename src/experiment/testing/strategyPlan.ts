import type { ExperimentPlan } from '../plan';

/**
 * A hand-made plan for tests: one factor, `strategy`, the first value the baseline of all; no
 * scenario behind it. Replication r has seed 10 + r.
 */
export function strategyPlan(strategies: readonly string[], options: { name?: string; replications: number; warmUpS?: number }): ExperimentPlan {
  const id = (s: string) => `strategy=${s}`;
  return {
    name: options.name ?? 'hand-made',
    file: 'e.json',
    scenario: 'S',
    scenarioFile: 's.json',
    hash: 'h',
    version: '0',
    seed: 1,
    replications: options.replications,
    durationS: 86400,
    warmUpS: options.warmUpS ?? 0,
    factors: [{ name: 'strategy', path: ['dispatch.strategy'], values: [...strategies] }],
    configurations: strategies.map((s, index) => ({ index, id: id(s), factors: { strategy: s }, baseline: id(strategies[0]), scenarioHash: 'x' })),
    seeds: Array.from({ length: options.replications }, (_, r) => 11 + r),
  };
}
