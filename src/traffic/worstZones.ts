/** A resource of the road (a junction's zone or a cell of lane) and the hours vehicles waited for it. */
export interface ZoneWait {
  name: string;
  waitH: number;
}

/** How many of the most waited-for resources a run reports. */
export const WORST_ZONES = 5;

/**
 * The `n` resources vehicles waited for longest, longest first (ties in network order), leaving out
 * those nobody waited for: where the road is the bottleneck.
 */
export function worstZones(names: readonly string[], waitedS: ArrayLike<number>, n = WORST_ZONES): ZoneWait[] {
  const order: number[] = [];
  for (let r = 0; r < waitedS.length; r++) if (waitedS[r] > 0) order.push(r);
  order.sort((a, b) => waitedS[b] - waitedS[a] || a - b);
  return order.slice(0, n).map((r) => ({ name: names[r], waitH: waitedS[r] / 3600 }));
}
