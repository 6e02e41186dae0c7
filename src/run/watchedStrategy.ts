import type { Strategy, StrategyContext, StrategyFactory } from '../dispatch/strategy';
import { BeatPhase, type DecisionBeat } from '../worker/decisionBeat';
import { resolveStrategy, type StrategySpec } from './resolveStrategy';

/**
 * A strategy whose every call is marked on `beat` (when given), so the thread that started the
 * worker can stop a decision that never ends; and whose factory's failures become a DispatchError
 * naming it, not an exception from somewhere inside a user's module.
 */
export function watchedStrategy(spec: StrategySpec, beat: DecisionBeat | null): StrategyFactory {
  return (context: StrategyContext): Strategy => {
    beat?.begin(BeatPhase.Loading, 0);
    let s: Strategy;
    try {
      s = resolveStrategy(spec, context);
    } finally {
      beat?.end();
    }
    if (beat === null) return s;
    return {
      name: s.name,
      dualCycling: s.dualCycling,
      lookaheadJobs: s.lookaheadJobs,
      decide(snapshot) {
        beat.begin(BeatPhase.Deciding, snapshot.timeS);
        try {
          return s.decide(snapshot);
        } finally {
          beat.end();
        }
      },
    };
  };
}

