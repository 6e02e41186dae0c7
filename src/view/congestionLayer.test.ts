import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../layout';
import { buildLaneGraph } from '../layout/laneGraph';
import { smallTerminal } from '../layout/testing/smallTerminal';
import { buildTrafficNetwork } from '../traffic/network';
import { CONGESTION_COLOURS, CONGESTION_HOT, CongestionLayer, congestionHeat, pieceSegments, type NetworkPieces } from './congestionLayer';

/**
 * Two lanes by hand: A one-way (0,0) → (100,0) → (100,50), edges 0 and 1; B two-way (0,10) → (60,10),
 * edge 2 and its twin 3 running back. The pieces cut them into four resources, B's mirrored onto the twin.
 */
function handMade(): { graph: ReturnType<typeof buildLaneGraph>['graph']; network: NetworkPieces } {
  const { graph } = buildLaneGraph([
    { id: 'A', kind: 'lane', feature: 0, twoWay: false, line: Float64Array.of(0, 0, 100, 0, 100, 50) },
    { id: 'B', kind: 'lane', feature: 1, twoWay: true, line: Float64Array.of(0, 10, 60, 10) },
  ]);
  const network: NetworkPieces = {
    resourceCount: 4,
    // edge 0: two pieces; edge 1: one; edge 2: two; edge 3 (B's twin): the same two, mirrored
    pieceStart: Int32Array.of(0, 2, 3, 5, 7),
    pieceResource: Int32Array.of(1, 2, 2, 0, 3, 3, 0),
    pieceFromM: Float64Array.of(0, 30, 0, 0, 20, 0, 40),
    pieceToM: Float64Array.of(30, 100, 50, 20, 60, 40, 60),
  };
  return { graph, network };
}

const segmentsOf = (s: ReturnType<typeof pieceSegments>) => Array.from(s.resource, (r, k) => ({ r, xy: Array.from(s.xy.subarray(4 * k, 4 * k + 4)) }));

describe('the congestion heat layer', () => {
  it("draws each piece from its edge's from-node, its from and to metres along the edge", () => {
    const { graph, network } = handMade();
    expect(Array.from(graph.edgeTwin)).toEqual([-1, -1, 3, 2]);
    expect(segmentsOf(pieceSegments(graph, network))).toEqual([
      { r: 1, xy: [0, 0, 30, 0] },
      { r: 2, xy: [30, 0, 100, 0] },
      { r: 2, xy: [100, 0, 100, 50] }, // edge 1 runs north from (100, 0)
      { r: 0, xy: [0, 10, 20, 10] },
      { r: 3, xy: [20, 10, 60, 10] },
      // edge 3, B's twin, holds the same stretches: drawn once, from edge 2
    ]);
  });

  it('measures the pieces of a lane running the other way from that edge\'s own from-node', () => {
    const { graph, network } = handMade();
    // B's edges as if not twins: edge 3's pieces are drawn too, from (60, 10) westwards
    const oneWay = { ...graph, edgeTwin: Int32Array.of(-1, -1, -1, -1) };
    const all = segmentsOf(pieceSegments(oneWay, network));
    expect(all.slice(5)).toEqual([
      { r: 3, xy: [60, 10, 20, 10] }, // edge 3 runs west from (60, 10): 0–40 m
      { r: 0, xy: [20, 10, 0, 10] },
    ]);
  });

  it("covers every lane of a terminal's network, each stretch on the lane it lies on", () => {
    const { layout } = buildLayout(smallTerminal(), 'small.layout.geojson');
    const graph = layout!.graph;
    const net = buildTrafficNetwork(graph, layout!.lanes, { vehicleLengthM: 15, safetyGapM: 5, zoneRadiusM: 3 });
    const s = pieceSegments(graph, net);
    const intervals = new Map<number, [number, number][]>();
    for (let k = 0; k < s.resource.length; k++) {
      const e = s.edge[k];
      const [ax, ay] = [graph.nodeX[graph.edgeFrom[e]], graph.nodeY[graph.edgeFrom[e]]];
      const [ux, uy] = [(graph.nodeX[graph.edgeTo[e]] - ax) / graph.edgeLengthM[e], (graph.nodeY[graph.edgeTo[e]] - ay) / graph.edgeLengthM[e]];
      const along = (x: number, y: number) => (x - ax) * ux + (y - ay) * uy;
      const across = (x: number, y: number) => Math.abs((x - ax) * uy - (y - ay) * ux);
      const [x0, y0, x1, y1] = s.xy.subarray(4 * k, 4 * k + 4);
      expect(across(x0, y0) + across(x1, y1)).toBeLessThan(1e-9); // on its edge's line
      expect(s.resource[k]).toBeLessThan(net.resourceCount);
      const list = intervals.get(e) ?? [];
      list.push([along(x0, y0), along(x1, y1)]);
      intervals.set(e, list);
    }
    // each lane's own edges (a two-way lane's drawn direction) are covered end to end, without gaps
    for (const lane of layout!.lanes) {
      for (const e of lane.edges) {
        const list = (intervals.get(e) ?? []).sort((a, b) => a[0] - b[0]);
        let reach = 0;
        for (const [from, to] of list) {
          expect(from).toBeLessThanOrEqual(reach + 1e-9);
          reach = Math.max(reach, to);
        }
        expect(reach, `${lane.id} edge ${e}`).toBeCloseTo(graph.edgeLengthM[e], 9);
      }
    }
    // and nothing is drawn on a twin edge: every drawn edge is a lane's own
    expect([...intervals.keys()].every((e) => layout!.lanes.some((l) => l.edges.includes(e)))).toBe(true);
    expect(new Set(s.resource).size).toBe(net.resourceCount);
  });

  it('is hidden until shown, and colours each piece from cool to hot by the waiting for its resource', () => {
    const { graph, network } = handMade();
    const layer = new CongestionLayer(graph, network);
    expect(layer.visible).toBe(false);
    const colour = layer.mesh.geometry.getAttribute('color') as THREE.BufferAttribute;
    // RGBA per corner, four corners per piece
    expect(colour.itemSize).toBe(4);
    const pieceColour = (k: number) => new THREE.Color().fromArray(colour.array as Float32Array, 4 * k * 4).getHexString();
    const pieceAlpha = (k: number) => (colour.array as Float32Array)[4 * k * 4 + 3];
    const cool = new THREE.Color(CONGESTION_COLOURS[0]).getHexString();
    const hot = new THREE.Color(CONGESTION_COLOURS.at(-1)!).getHexString();
    expect(pieceColour(0)).toBe(cool);
    // hidden, a snapshot is kept but costs no recolouring
    layer.update({ waiting: Float32Array.of(0, 0, 3 * CONGESTION_HOT, 0.2) });
    expect(pieceColour(1)).toBe(cool);
    layer.setVisible(true);
    expect([0, 1, 2, 3, 4].map(pieceColour)).toEqual([cool, hot, hot, cool, expect.not.stringMatching(new RegExp(`^(${cool}|${hot})$`))]);
    // the four corners of a piece's band share its colour; queued lanes are more opaque than free ones
    const a = colour.array as Float32Array;
    for (let c = 1; c < 4; c++) expect(Array.from(a.subarray((4 * 4 + c) * 4, (4 * 4 + c) * 4 + 4))).toEqual(Array.from(a.subarray(4 * 4 * 4, 4 * 4 * 4 + 4)));
    expect(pieceAlpha(0)).toBeLessThan(pieceAlpha(4));
    expect(pieceAlpha(4)).toBeLessThan(pieceAlpha(1));
    expect(layer.heatOfPiece(4)).toBeCloseTo(Math.sqrt(0.2 / CONGESTION_HOT), 6);
    // a run without traffic control sends no levels: the layer keeps what it had
    layer.update({ waiting: new Float32Array(0) });
    expect(pieceColour(1)).toBe(hot);
  });

  it('puts more waiting further up the ramp, and a vehicle waiting all the time at its hot end', () => {
    const levels = [0, 0.01, 0.05, 0.2, 0.5, CONGESTION_HOT, 4];
    const heat = levels.map(congestionHeat);
    expect(heat[0]).toBe(0);
    for (let k = 1; k < heat.length; k++) expect(heat[k]).toBeGreaterThanOrEqual(heat[k - 1]);
    expect(heat.at(-2)).toBe(1);
    expect(heat.at(-1)).toBe(1);
    expect(heat[2]).toBeGreaterThan(0.2); // half a minute in ten already shows
  });
});
