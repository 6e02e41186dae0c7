/**
 * Where crane parts stand at an instant, from the cycle a crane records and the moves a yard crane
 * records: views interpolate these, the model never steps them.
 */

/** Trolley and spreader of a quay crane: 0 = over the vessel, 1 = over the transfer lane; hoist 0 = down, 1 = top. */
export interface QuayCranePose {
  trolley: number;
  hoist: number;
}

/** An idle crane parks its trolley half-way with the spreader up. */
const PARKED: QuayCranePose = { trolley: 0.5, hoist: 1 };

/**
 * A cycle's first half brings the trolley from the vessel to the lane (a discharge box, or empty
 * before a load); it waits there for its carrier; the second half goes back out after the handover.
 * The spreader is down at both ends and up while the trolley travels.
 */
export function quayCranePose(nowS: number, startS: number, halfS: number, handoverS: number, out: QuayCranePose): QuayCranePose {
  if (Number.isNaN(startS) || halfS <= 0) return Object.assign(out, PARKED);
  let u: number;
  if (Number.isNaN(handoverS) || nowS < handoverS) u = Math.min(1, Math.max(0, (nowS - startS) / halfS));
  else u = 1 - Math.min(1, Math.max(0, (nowS - handoverS) / halfS));
  out.trolley = u;
  // travel happens in the middle of each half: down at the vessel (u = 0) and at the lane (u = 1)
  out.hoist = Math.sin(Math.PI * u);
  return out;
}

/**
 * The bay (fractional) a yard crane's frame stands over: it gantries from `fromBay` to `toBay` at
 * the start of a move, then picks and places there. A move that ends where it started but passes over
 * other bays (`loBay`…`hiBay`: a box lifted aside to another bay) goes out to the far bay and back
 * over the whole move.
 */
export function yardCraneBay(nowS: number, move: { t0: number; t1: number; fromBay: number; toBay: number; loBay?: number; hiBay?: number }, gantryS: number): number {
  const far = excursionBay(move);
  if (far !== null && move.t1 > move.t0) {
    const u = Math.min(1, Math.max(0, (nowS - move.t0) / (move.t1 - move.t0)));
    return move.fromBay + (far - move.fromBay) * (1 - Math.abs(2 * u - 1));
  }
  if (nowS >= move.t0 + gantryS || gantryS <= 0) return nowS >= move.t0 ? move.toBay : move.fromBay;
  if (nowS <= move.t0) return move.fromBay;
  return move.fromBay + ((move.toBay - move.fromBay) * (nowS - move.t0)) / gantryS;
}

/** The bay an out-and-back move turns at, or null for a move from one bay to another. */
function excursionBay(move: { fromBay: number; toBay: number; loBay?: number; hiBay?: number }): number | null {
  if (move.fromBay !== move.toBay || move.loBay === undefined || move.hiBay === undefined) return null;
  if (move.loBay < move.fromBay) return move.loBay;
  return move.hiBay > move.fromBay ? move.hiBay : null;
}
