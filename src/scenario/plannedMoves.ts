import { moments } from '../sim/random/moments';
import type { Issue } from '../validation/issue';
import { LIMITS } from './limits';
import type { Scenario } from './scenarioSchema';

/** Exports are booked up to this long after the run's end (the cut-off plus the delivery window). */
const PLANNING_TAIL_S = 3 * 86400;

/**
 * The crane moves a run of `durationS` would plan, expected: its fixed calls plus, for generated
 * calls, (planning horizon ÷ mean inter-arrival) × mean call size. Every box is kept until the end,
 * so this bounds a run's memory; null when within LIMITS.plannedMoves.
 */
export function plannedMovesProblem(s: Scenario, durationS: number): Issue | null {
  const horizonS = durationS + s.yard.exportCutOffS + PLANNING_TAIL_S;
  let moves = 0;
  for (const c of s.vessels.calls ?? []) if (c.arrivalS < horizonS) moves += c.dischargeMoves + c.loadMoves;
  const g = s.vessels.generated;
  if (g !== undefined) moves += (horizonS / moments(g.interArrivalS).mean) * moments(g.callSizeMoves).mean;
  if (moves <= LIMITS.plannedMoves) return null;
  return {
    path: g === undefined ? '$.vessels.calls' : '$.vessels.generated',
    expected: `at most ${LIMITS.plannedMoves.toLocaleString('en-US')} crane moves planned for the run (fewer calls, smaller calls or a shorter run)`,
    got: `about ${Math.round(moves).toLocaleString('en-US')} over ${(durationS / 86400).toFixed(1)} days`,
  };
}
