import { describe, expect, it } from 'vitest';
import { handNetwork, lane, piecesOf } from './testing/lanes';

// Geometry of every case (testing/lanes GEOMETRY): 15 m vehicles, 5 m gap, so cells are at least
// (15 + 5) / 2 = 10 m long; zones reach 3 m along each lane from their node.

describe('buildTrafficNetwork: a crossing of two straight one-way lanes', () => {
  // H runs east from (-103, 0) to (103, 0), V north from (0, -103) to (0, 103); they share the node
  // (0, 0), where four other nodes meet: the one junction. Each lane is two edges of 103 m.
  const h = handNetwork([lane('H', false, -103, 0, 0, 0, 103, 0), lane('V', false, 0, -103, 0, 0, 0, 103)]);

  it('has one zone, 3 m of each of its four lane ends: 12 m, named by its lanes', () => {
    expect(h.net.zoneCount).toBe(1);
    expect(h.net.names[0]).toBe('zone H × V');
    expect(h.net.lengthM[0]).toBe(12);
  });

  it('cuts the 100 m of each edge outside the zone into 10 cells of 10 m: 40 cells, named by lane metres', () => {
    // 100 m / 10 m = 10 cells per edge; 4 edges; resources 1 zone + 40 cells
    expect(h.net.resourceCount).toBe(41);
    expect(Array.from(h.net.lengthM.subarray(1))).toEqual(new Array(40).fill(10));
    // H's first edge: 0–100 m of the lane, then the zone; its second edge starts in the zone at
    // 103 m of the lane, so its cells begin at 106 m
    const hNames = [...Array.from({ length: 10 }, (_, k) => `H ${10 * k}–${10 * k + 10} m`), ...Array.from({ length: 10 }, (_, k) => `H ${106 + 10 * k}–${116 + 10 * k} m`)];
    const vNames = hNames.map((n) => n.replace('H', 'V'));
    expect(h.net.names.slice(1)).toEqual([...hNames, ...vNames]);
  });

  it('gives each edge its pieces in order: cells up to 3 m before the node, the zone 3 m either side', () => {
    const into = h.edgeFrom('H', -103, 0);
    const outOf = h.edgeFrom('H', 0, 0);
    expect(piecesOf(h.net, into)).toEqual([...Array.from({ length: 10 }, (_, k) => [1 + k, 10 * k, 10 * k + 10]), [0, 100, 103]]);
    expect(piecesOf(h.net, outOf)).toEqual([[0, 0, 3], ...Array.from({ length: 10 }, (_, k) => [11 + k, 3 + 10 * k, 13 + 10 * k])]);
    const vOut = h.edgeFrom('V', 0, 0);
    expect(piecesOf(h.net, vOut)[0]).toEqual([0, 0, 3]);
  });

  it('sees a drive along H as 10 cells, 6 m of zone (3 m in, 3 m out: one resource) and 10 cells', () => {
    const trip = h.tripOf(['H', -103, 0], ['H', 103, 0]);
    expect(trip.totalM).toBe(206);
    expect(Array.from(trip.resources)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(Array.from(trip.startM)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 106, 116, 126, 136, 146, 156, 166, 176, 186, 196]);
    expect(Array.from(trip.lengthM)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 6, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
  });
});

describe('buildTrafficNetwork: a two-way lane', () => {
  // T, two-way, (0,0) → (20,0) → (45,0): one chain of 45 m through the plain node (20, 0), no
  // junction. floor(45 / 10) = 4 cells of 45 / 4 = 11.25 m, the second straddling the node.
  const h = handNetwork([lane('T', true, 0, 0, 20, 0, 45, 0)]);
  // edges east from (0,0) and (20,0), west from (45,0) and (20,0): each end has one edge leaving it
  const east1 = h.edgeFrom('T', 0, 0);
  const west2 = h.edgeFrom('T', 45, 0);
  const east2 = h.graph.edgeTwin[west2];
  const west1 = h.graph.edgeTwin[east1];

  it('has 4 cells of 11.25 m and no zone, named by the drawn direction (rounded metres)', () => {
    expect(h.net.zoneCount).toBe(0);
    expect(h.net.resourceCount).toBe(4);
    expect(Array.from(h.net.lengthM)).toEqual([11.25, 11.25, 11.25, 11.25]);
    expect(h.net.names).toEqual(['T 0–11 m', 'T 11–23 m', 'T 23–34 m', 'T 34–45 m']);
  });

  it('gives both directions the same cells, mirrored', () => {
    // eastward: cell 0 over 0–11.25 m, cell 1 over 11.25–22.5 m (to 20 m on the first edge, 2.5 m
    // on the second), cells 2 and 3 on the second edge
    expect(piecesOf(h.net, east1)).toEqual([[0, 0, 11.25], [1, 11.25, 20]]);
    expect(piecesOf(h.net, east2)).toEqual([[1, 0, 2.5], [2, 2.5, 13.75], [3, 13.75, 25]]);
    // westward the same cells from the other end: x metres east is 45 − x along the way west
    expect(piecesOf(h.net, west2)).toEqual([[3, 0, 11.25], [2, 11.25, 22.5], [1, 22.5, 25]]);
    expect(piecesOf(h.net, west1)).toEqual([[1, 0, 8.75], [0, 8.75, 20]]);
  });

  it('has a drive either way pass the same 4 cells, the straddling one counted once', () => {
    const east = h.tripOf(['T', 0, 0], ['T', 45, 0]);
    const west = h.tripOf(['T', 45, 0], ['T', 0, 0]);
    expect(Array.from(east.resources)).toEqual([0, 1, 2, 3]);
    expect(Array.from(west.resources)).toEqual([3, 2, 1, 0]);
    for (const trip of [east, west]) {
      expect(Array.from(trip.startM)).toEqual([0, 11.25, 22.5, 33.75]);
      expect(Array.from(trip.lengthM)).toEqual([11.25, 11.25, 11.25, 11.25]);
      expect(trip.totalM).toBe(45);
    }
  });
});

describe('buildTrafficNetwork: a lane between two junctions too short for a cell', () => {
  // H east (-53,0) → (0,0) → (12,0) → (65,0); V1 north through (0,0), V2 south through (12,0), each
  // 53 m either side. Between the junctions H has 12 m: 3 m of zone at each end leave 6 m < 10 m, no
  // room for a cell, so its halves (6 m each) go to the zones at its ends.
  const h = handNetwork([lane('H', false, -53, 0, 0, 0, 12, 0, 65, 0), lane('V1', false, 0, -53, 0, 0, 0, 53), lane('V2', false, 12, 53, 12, 0, 12, -53)]);

  it('has two zones of 3 + 3 + 3 (three lane ends) + 6 (half the short piece) = 15 m', () => {
    expect(h.net.zoneCount).toBe(2);
    expect(h.net.names.slice(0, 2)).toEqual(['zone H × V1', 'zone H × V2']);
    expect(Array.from(h.net.lengthM.subarray(0, 2))).toEqual([15, 15]);
    // 6 edges of 53 m, each 50 m of cells: 5 cells of 10 m; 2 zones + 30 cells
    expect(h.net.resourceCount).toBe(32);
  });

  it('splits the short piece at its middle between the two zones', () => {
    expect(piecesOf(h.net, h.edgeFrom('H', 0, 0))).toEqual([[0, 0, 6], [1, 6, 12]]);
    expect(piecesOf(h.net, h.edgeFrom('H', 12, 0))).toEqual([[1, 0, 3], [7, 3, 13], [8, 13, 23], [9, 23, 33], [10, 33, 43], [11, 43, 53]]);
  });

  it('has a drive along H pass 9 m of each zone with no cell between', () => {
    const trip = h.tripOf(['H', -53, 0], ['H', 65, 0]);
    expect(Array.from(trip.resources)).toEqual([2, 3, 4, 5, 6, 0, 1, 7, 8, 9, 10, 11]);
    expect(Array.from(trip.startM)).toEqual([0, 10, 20, 30, 40, 50, 59, 68, 78, 88, 98, 108]);
    expect(Array.from(trip.lengthM)).toEqual([10, 10, 10, 10, 10, 9, 9, 10, 10, 10, 10, 10]);
    // names of H's cells beyond the second zone: H is 53 + 12 = 65 m long there, cells from 68 m
    expect(h.net.names.slice(7, 12)).toEqual(['H 68–78 m', 'H 78–88 m', 'H 88–98 m', 'H 98–108 m', 'H 108–118 m']);
  });
});

describe('buildTrafficNetwork: a two-way spur into a loop (as the micro terminal’s parking spur and gate lanes)', () => {
  // A east (23,0) → (66,0) and B north (23,-43) → (23,0) meet the two-way SPUR (23,0) → (0,0) at the
  // junction (23, 0). At (0, 0) the spur goes on into a loop of two one-way lanes, GO (0,0) →
  // (-10,0) and GI (-10,0) → (0,0), back onto the spur. Driving west from the junction the lanes
  // run on without a junction: spur west (23 m), GO, GI (10 m each), then the spur east, the first
  // edge's own twin: there the chain ends (the way back is the twin, mirrored), 43 m long: 3 m of
  // zone, 4 cells of 10 m.
  const h = handNetwork([lane('A', false, 23, 0, 66, 0), lane('B', false, 23, -43, 23, 0), lane('SPUR', true, 23, 0, 0, 0), lane('GI', false, -10, 0, 0, 0), lane('GO', false, 0, 0, -10, 0)]);

  it('covers every edge exactly once: no stretch of lane in two resources', () => {
    for (let e = 0; e < h.graph.edgeFrom.length; e++) {
      const pieces = piecesOf(h.net, e);
      expect(pieces[0][1]).toBe(0);
      for (let k = 1; k < pieces.length; k++) expect(pieces[k][1]).toBe(pieces[k - 1][2]);
      expect(pieces[pieces.length - 1][2]).toBeCloseTo(h.graph.edgeLengthM[e], 9);
    }
  });

  it('cuts the spur and the loop into 4 cells, both directions of the spur sharing its 2', () => {
    // 1 zone, A's 4 cells (43 − 3 m), B's 4, the spur chain's 4
    expect(h.net.resourceCount).toBe(13);
    expect(h.net.names.slice(9)).toEqual(['SPUR 3–13 m', 'SPUR 13–23 m', 'GO 0–10 m', 'GI 0–10 m']);
    expect(piecesOf(h.net, h.edgeFrom('SPUR', 23, 0))).toEqual([[0, 0, 3], [9, 3, 13], [10, 13, 23]]);
    expect(piecesOf(h.net, h.edgeFrom('SPUR', 0, 0))).toEqual([[10, 0, 10], [9, 10, 20], [0, 20, 23]]);
    expect(piecesOf(h.net, h.edgeFrom('GO', 0, 0))).toEqual([[11, 0, 10]]);
    expect(piecesOf(h.net, h.edgeFrom('GI', -10, 0))).toEqual([[12, 0, 10]]);
  });

  it('names and measures the zone by the lanes that meet at its node: 3 m each of A, B and the spur', () => {
    expect(h.net.names[0]).toBe('zone A × B × SPUR');
    expect(h.net.lengthM[0]).toBe(9);
  });
});
