import type { Terminal, Vehicle } from './model';
import type { Place } from './roads';

/** The parking nearest to the vehicle by lane distance with a bay free now, or null (ties: file order). */
export function nearestFreeParking(t: Terminal, v: Vehicle): Place | null {
  if (t.traffic === null) return null;
  const { distanceM, ids } = t.layout.travel;
  const row = v.place.keyPoint * ids.length;
  let best: Place | null = null;
  for (const p of t.layout.parkings) {
    const place = t.roads.place(`parking:${p.id}`);
    if (!t.traffic.hasFreeBay(place)) continue;
    if (best === null || distanceM[row + place.keyPoint] < distanceM[row + best.keyPoint]) best = place;
  }
  return best;
}
