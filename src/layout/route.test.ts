import { describe, expect, it } from 'vitest';
import { buildLaneGraph } from './laneGraph';
import { buildLayout } from './loadLayout';
import { polylineLengthM } from './polyline';
import { laneDistance, route } from './route';
import { smallTerminal } from './testing/smallTerminal';
import { travelTableFrom } from './travelTable';

// Distances by hand from the drawing in testing/smallTerminal.ts (one-way lanes, a two-way spur).
const ids = ['transfer:QC1', 'handover:Y1:sea', 'handover:Y1:land', 'unlocking:U1', 'charger:CH1', 'parking:P1', 'gate:GI', 'gate:GO'];
const byHand = [
  [0, 70, 84, 40, 50, 185, 205, 195], // transfer: rest of TL1 30, R1 40, R4 14; to P1 round the loop and 15 m up the spur
  [130, 0, 14, 170, 180, 115, 135, 125], // sea lane start: a node, so R4 is open as well as the sea lane
  [144, 214, 0, 184, 194, 129, 149, 139],
  [160, 30, 44, 0, 10, 145, 165, 155], // U1 at (80, 30) on R1, 10 m below the charger
  [150, 20, 34, 190, 0, 135, 155, 145],
  [45, 115, 129, 85, 95, 0, 20, 10], // P1 leaves the two-way spur eastward: 15 m, then TL1
  [55, 125, 139, 95, 105, 10, 0, 10], // the gate lanes' middles, 5 m west of (0, 20): in by GI, out by GO and round
  [65, 135, 149, 105, 115, 20, 10, 0],
];

function layoutOf(round: boolean) {
  const { layout, issues } = buildLayout(smallTerminal({ round }), 'small.layout.geojson');
  expect(issues).toEqual([]);
  return layout!;
}

describe('shortest paths on the lane network', () => {
  it('match hand-computed distances between all key points (full-precision coordinates: to 1e-6 m)', () => {
    const { travel } = layoutOf(false);
    expect(travel.ids).toEqual(ids);
    ids.forEach((a, i) => ids.forEach((b, j) => expect(Math.abs(travel.distance(a, b) - byHand[i][j])).toBeLessThan(1e-6)));
  });

  it('match them within 3 cm from a file (7 decimals move each vertex ≤ 6 mm; errors add per straight run)', () => {
    const { travel } = layoutOf(true);
    ids.forEach((a, i) => ids.forEach((b, j) => expect(Math.abs(travel.distance(a, b) - byHand[i][j])).toBeLessThan(0.03)));
  });

  it('respect one-way lanes: the way back is longer', () => {
    const { travel } = layoutOf(false);
    expect(travel.distance('transfer:QC1', 'charger:CH1')).toBeCloseTo(50, 6);
    expect(travel.distance('charger:CH1', 'transfer:QC1')).toBeCloseTo(150, 6);
    expect(travel.timeS('charger:CH1', 'transfer:QC1', 5)).toBeCloseTo(30, 6);
    expect(travel.index('gate:none')).toBe(-1);
    expect(() => travel.distance('gate:none', 'charger:CH1')).toThrow(RangeError);
  });

  it('return a polyline through the lane vertices whose length is the route length', () => {
    const layout = layoutOf(false);
    const at = (id: string) => layout.keyPoints.find((k) => k.id === id)!.at;
    const there = route(layout, at('transfer:QC1'), at('parking:P1'))!;
    expect(there.lengthM).toBeCloseTo(185, 6);
    expect(polylineLengthM(there.points)).toBeCloseTo(there.lengthM, 9);
    const expected = [50, 20, 80, 20, 80, 60, 20, 60, 20, 20, 5, 20];
    Array.from(there.points).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
    expect(there.points.length).toBe(expected.length);
    const back = route(layout, at('parking:P1'), at('transfer:QC1'))!;
    expect(Array.from(back.points).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([5, 20, 20, 20, 50, 20]);
    expect(laneDistance(layout, at('parking:P1'), at('transfer:QC1'))).toBeCloseTo(45, 6);
  });

  it('drive straight along an edge, and find no way back against a one-way lane', () => {
    const { graph } = buildLaneGraph([{ id: 'L', kind: 'lane', feature: 0, twoWay: false, line: Float64Array.from([0, 0, 10, 0]) }]);
    const ahead = route({ graph }, { edge: 0, offsetM: 2 }, { edge: 0, offsetM: 7 })!;
    expect(ahead.lengthM).toBe(5);
    expect(Array.from(ahead.points)).toEqual([2, 0, 7, 0]);
    expect(Array.from(ahead.spans.edges)).toEqual([0]);
    expect([ahead.spans.fromM[0], ahead.spans.toM[0]]).toEqual([2, 7]);
    expect(route({ graph }, { edge: 0, offsetM: 7 }, { edge: 0, offsetM: 2 })).toBeNull();
    expect(laneDistance({ graph }, { edge: 0, offsetM: 7 }, { edge: 0, offsetM: 2 })).toBe(Infinity);
    expect(route({ graph }, { edge: 0, offsetM: 3 }, { edge: 0, offsetM: 3 })).toEqual({ points: Float64Array.from([3, 0]), lengthM: 0, spans: { edges: new Int32Array(0), fromM: new Float64Array(0), toM: new Float64Array(0) } });
  });

  it('can be rebuilt from plain arrays after crossing a thread', () => {
    const { travel } = layoutOf(false);
    const copy = travelTableFrom(structuredClone(travel.ids), structuredClone(travel.distanceM));
    expect(copy.distance('handover:Y1:sea', 'parking:P1')).toBe(travel.distance('handover:Y1:sea', 'parking:P1'));
  });
});

describe('the spans of a route', () => {
  it('cover exactly its length, edge by edge, between every pair of key points', () => {
    const layout = layoutOf(false);
    for (const a of layout.keyPoints) {
      for (const b of layout.keyPoints) {
        const r = route(layout, a.at, b.at);
        if (r === null) continue;
        let sum = 0;
        for (let k = 0; k < r.spans.edges.length; k++) {
          expect(r.spans.toM[k]).toBeGreaterThan(r.spans.fromM[k]);
          sum += r.spans.toM[k] - r.spans.fromM[k];
          // consecutive spans join at a node: each starts where the previous one's edge ends
          if (k > 0) expect(layout.graph.edgeFrom[r.spans.edges[k]]).toBe(layout.graph.edgeTo[r.spans.edges[k - 1]]);
        }
        expect(Math.abs(sum - r.lengthM)).toBeLessThan(1e-6);
      }
    }
  });
});
