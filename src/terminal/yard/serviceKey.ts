import { TRUCK_WAIT_BOUND_S } from '../assumptions';
import type { Terminal } from '../model';

/** Added to a truck's key under quay-first: more than any time a run can reach. */
const AFTER_ALL_SEA = 1e12;

/**
 * Who a yard crane serves first, as a key (lower first, ties in arrival order).
 * - `fcfs`: arrival order.
 * - `quay-first`: all sea-side (ART) work before any truck, and within it earliest deadline first: a
 *   retrieval for a move its quay crane already needs (its due time is past) goes ahead of work that
 *   came later than that due time, so a vehicle fetching a box for later cannot hold up the one the
 *   quay crane waits for. Trucks wait while any ART request is queued.
 * - `balanced`: earliest due time first over both sides. An ART retrieval is due when its quay crane
 *   needs the box (`dueS`, in the past when the quay crane already waits); an ART store when it is
 *   asked for; a truck `truckWaitBoundS` after it is asked for. Only requests due earlier than a
 *   truck go ahead of it (docs/model.md derives the bound on its wait).
 */
export function serviceKey(t: Terminal, side: 'sea' | 'land', dueS = Infinity): number {
  const now = t.sim.now;
  const { serviceRule, truckWaitBoundS } = t.scenario.yard;
  if (serviceRule === 'fcfs') return now;
  if (serviceRule === 'quay-first') {
    const key = Math.min(now, dueS);
    return side === 'land' ? AFTER_ALL_SEA + key : key;
  }
  if (side === 'land') return now + (truckWaitBoundS ?? TRUCK_WAIT_BOUND_S);
  return dueS === Infinity ? now : dueS;
}
