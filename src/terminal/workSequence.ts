import { VESSEL_BAY_LENGTH_M } from './assumptions';
import type { Box } from './boxes';
import type { Move } from './model';

/**
 * Splits a call's work among its cranes and orders each crane's moves. The vessel has about
 * one bay per 13 m; each crane works a contiguous run of bays, west to east. Discharge boxes are
 * dealt to bays evenly; load boxes are sorted into stowage order (farthest destination and
 * heaviest first, as they go lowest) and dealt round the bays, so every bay's list stays in that
 * order. Within a bay the crane discharges, then loads. With dual cycling it first discharges the
 * deck (`deckShare` of the bay's discharges, the first in its list) and takes the hatch covers off,
 * then alternates below deck, a discharge first to free a cell, then loads the rest, the deck last:
 * dual cycles are possible only in the hold, below the hatch covers.
 */
export function workSequences(
  lengthM: number,
  cranes: number,
  discharge: readonly Box[],
  loads: readonly Box[],
  dualCycling: boolean,
  carrierOf: (box: Box) => Move['carrier'],
  deckShare = 0,
): Move[][] {
  const bays = Math.max(cranes, Math.round(lengthM / VESSEL_BAY_LENGTH_M));
  const dischargeByBay: Box[][] = Array.from({ length: bays }, () => []);
  const loadByBay: Box[][] = Array.from({ length: bays }, () => []);
  discharge.forEach((box, k) => dischargeByBay[Math.floor((k * bays) / discharge.length)].push(box));
  const stowage = [...loads].sort((a, b) => b.destination - a.destination || b.weightClass - a.weightClass || a.id - b.id);
  stowage.forEach((box, k) => loadByBay[k % bays].push(box));
  const sequences: Move[][] = [];
  for (let c = 0; c < cranes; c++) {
    const moves: Move[] = [];
    const add = (box: Box, kind: Move['kind'], bay: number) =>
      moves.push({ sequence: moves.length, kind, box, bay, x: NaN, owner: null, booked: false, coming: false, truckLeavesS: NaN, retime: null, carrier: carrierOf(box), job: null, presented: null, done: false });
    for (let bay = Math.floor((c * bays) / cranes); bay < Math.floor(((c + 1) * bays) / cranes); bay++) {
      const d = dischargeByBay[bay];
      const l = loadByBay[bay];
      if (!dualCycling) {
        for (const box of d) add(box, 'discharge', bay);
        for (const box of l) add(box, 'load', bay);
        continue;
      }
      // the deck's discharges, then the hold alternating (its loads are the first of the bay's list:
      // they go lowest), then the deck's loads
      const deckOff = Math.round(deckShare * d.length);
      const holdLoads = l.length - Math.round(deckShare * l.length);
      let i = 0;
      let j = 0;
      while (i < deckOff) add(d[i++], 'discharge', bay);
      if (i < d.length) add(d[i++], 'discharge', bay);
      while (i < d.length || j < holdLoads) {
        if (j < holdLoads) add(l[j++], 'load', bay);
        if (i < d.length) add(d[i++], 'discharge', bay);
      }
      while (j < l.length) add(l[j++], 'load', bay);
    }
    sequences.push(moves);
  }
  return sequences;
}
