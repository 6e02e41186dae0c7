import type { Terminal, UnlockingStation } from './model';
import type { Place } from './roads';

/** The unlocking station nearest to `from` by driving distance (ties: file order). */
export function nearestUnlocking(t: Terminal, from: Place): UnlockingStation {
  const { distanceM, ids } = t.layout.travel;
  const row = from.keyPoint * ids.length;
  let best = t.unlocking[0];
  for (const s of t.unlocking) if (distanceM[row + s.place.keyPoint] < distanceM[row + best.place.keyPoint]) best = s;
  return best;
}
