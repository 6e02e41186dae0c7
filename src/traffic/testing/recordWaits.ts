import type { TripWait } from '../planner';
import type { TrafficControl } from '../trafficControl';

/** Every wait of every trip traffic control plans from now on, as planned (for tests that check what is counted of them). */
export function recordWaits(traffic: TrafficControl): TripWait[] {
  const waits: TripWait[] = [];
  const trip = traffic.trip.bind(traffic);
  traffic.trip = (...args) => {
    const planned = trip(...args);
    waits.push(...planned.waits);
    return planned;
  };
  return waits;
}
