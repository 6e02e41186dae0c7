import { DispatchError, describeThrown } from '../dispatch/dispatchError';
import { findStrategy, strategyNames } from '../dispatch/registry';
import type { Strategy, StrategyContext, StrategyFactory } from '../dispatch/strategy';
import { RunFailure } from '../sim';

/** A registered name, a strategy object, or a factory (what a user's module exports). */
export type StrategySpec = string | Strategy | StrategyFactory;

/** A fresh strategy for one run; a factory that throws fails the run with a DispatchError, not a stack trace. */
export function resolveStrategy(spec: StrategySpec, context: StrategyContext): Strategy {
  if (typeof spec === 'string') {
    const factory = findStrategy(spec);
    if (factory === undefined) throw new RunFailure(0, `unknown strategy "${spec}" (have: ${strategyNames().join(', ')})`);
    return factory(context);
  }
  if (typeof spec !== 'function') return spec;
  try {
    return spec(context);
  } catch (e) {
    if (e instanceof RunFailure) throw e;
    throw new DispatchError(spec.name || 'factory', 0, `making the strategy threw ${describeThrown(e)}`);
  }
}
