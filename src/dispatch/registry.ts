import { fcfs } from './fcfs';
import type { Strategy } from './strategy';

/** Strategies by name. Adding one is adding a file and a line here. */
const strategies = new Map<string, Strategy>([[fcfs.name, fcfs]]);

export function strategyNames(): string[] {
  return [...strategies.keys()];
}

/** The named strategy, or undefined. */
export function findStrategy(name: string): Strategy | undefined {
  return strategies.get(name);
}
