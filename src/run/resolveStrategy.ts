import { findStrategy, strategyNames } from '../dispatch/registry';
import type { Strategy, StrategyContext, StrategyFactory } from '../dispatch/strategy';

/** A registered name, a strategy object, or a factory (what a user's module exports). */
export type StrategySpec = string | Strategy | StrategyFactory;

/** A fresh strategy for one run. */
export function resolveStrategy(spec: StrategySpec, context: StrategyContext): Strategy {
  if (typeof spec === 'function') return spec(context);
  if (typeof spec !== 'string') return spec;
  const factory = findStrategy(spec);
  if (factory === undefined) throw new RangeError(`unknown strategy "${spec}"; known: ${strategyNames().join(', ')}`);
  return factory(context);
}
