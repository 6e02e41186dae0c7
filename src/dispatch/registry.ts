import { createDedicated } from './dedicated';
import { createDualCycle } from './dualCycle';
import { createEnergyAware } from './energyAware';
import { fcfs } from './fcfs';
import { createLookahead } from './lookahead';
import { nearest } from './nearest';
import { createPooledLap } from './pooledLap';
import type { StrategyFactory } from './strategy';

/** Strategies by name, each as a factory (a run gets its own instance). Adding one is a file and a line. */
const strategies = new Map<string, StrategyFactory>([
  ['fcfs', () => fcfs],
  ['nearest', () => nearest],
  ['dedicated', createDedicated],
  ['pooled-lap', createPooledLap],
  ['lookahead', createLookahead],
  ['dual-cycle', createDualCycle],
  ['energy-aware', createEnergyAware],
]);

export function strategyNames(): string[] {
  return [...strategies.keys()];
}

/** The named strategy's factory, or undefined. */
export function findStrategy(name: string): StrategyFactory | undefined {
  return strategies.get(name);
}
