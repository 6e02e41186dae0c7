import { describe, expect, it } from 'vitest';
import { buildLaneGraph, type LaneInput } from './laneGraph';

const lane = (id: string, twoWay: boolean, ...xy: number[]): LaneInput => ({
  id,
  kind: 'lane',
  feature: 0,
  twoWay,
  line: Float64Array.from(xy),
});

describe('buildLaneGraph', () => {
  // A: (0,0)→(10,0)→(10,10). B, two-way, starts 0.22 m from A's corner, in a neighbouring grid
  // cell, so it shares that node. C starts 0.6 m from A's start: too far, a node of its own.
  const { graph, lanes } = buildLaneGraph([
    lane('A', false, 0, 0, 10, 0, 10, 10),
    lane('B', true, 9.8, -0.1, 20, 0),
    lane('C', false, 0, 0.6, 0, 5),
  ]);

  it('merges vertices within 0.5 m into one node, the first one seen fixing its position', () => {
    expect(Array.from(graph.nodeX)).toEqual([0, 10, 10, 20, 0, 0]);
    expect(Array.from(graph.nodeY)).toEqual([0, 0, 10, 0, 0.6, 5]);
  });

  it('makes one edge per segment, and a twin for two-way lanes', () => {
    expect(Array.from(graph.edgeFrom)).toEqual([0, 1, 1, 3, 4]);
    expect(Array.from(graph.edgeTo)).toEqual([1, 2, 3, 1, 5]);
    expect(Array.from(graph.edgeTwin)).toEqual([-1, -1, 3, 2, -1]);
    expect(Array.from(graph.edgeLane)).toEqual([0, 0, 1, 1, 2]);
    expect(Array.from(graph.edgeLengthM)).toEqual([10, 10, 10, 10, 4.4]);
  });

  it('lays out outgoing edges in compressed sparse rows', () => {
    expect(Array.from(graph.outStart)).toEqual([0, 1, 3, 3, 4, 5, 5]);
    expect(Array.from(graph.outEdge)).toEqual([0, 1, 2, 3, 4]);
  });

  it('records each lane with its forward edges and length', () => {
    expect(lanes.map((l) => [l.id, Array.from(l.edges), l.lengthM])).toEqual([
      ['A', [0, 1], 20],
      ['B', [2], 10],
      ['C', [4], 4.4],
    ]);
  });
});
