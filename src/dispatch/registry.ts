import { fcfs } from './fcfs';
import type { StrategyFactory } from './strategy';

/** Strategies by name, each as a factory (a run gets its own instance). Adding one is a file and a line. */
const strategies = new Map<string, StrategyFactory>([[fcfs.name, () => fcfs]]);

export function strategyNames(): string[] {
  return [...strategies.keys()];
}

/** The named strategy's factory, or undefined. */
export function findStrategy(name: string): StrategyFactory | undefined {
  return strategies.get(name);
}
