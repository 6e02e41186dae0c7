import * as THREE from 'three';
import type { LaneGraph } from '../layout';
import type { RenderSnapshot } from '../run/renderSnapshot';
import type { TrafficNetwork } from '../traffic/network';
import { PAINT_HEIGHT_M } from './sceneFrame';

/** What the heat layer needs of the traffic network: each lane-graph edge's pieces and their resources. */
export type NetworkPieces = Pick<TrafficNetwork, 'resourceCount' | 'pieceStart' | 'pieceResource' | 'pieceFromM' | 'pieceToM'>;

/** The lane pieces to draw: each a straight polyline (lane-graph edges are straight) and the resource it belongs to. */
export interface PieceSegments {
  /** x0, y0, x1, y1 per piece, layout metres */
  xy: Float64Array;
  resource: Int32Array;
  /** the lane-graph edge each piece lies on */
  edge: Int32Array;
}

/**
 * Each resource's stretches of lane as segments: piece k of edge e runs from pieceFromM to pieceToM
 * metres along e, from its from-node towards its to-node. Both directions of a two-way lane hold
 * the same pieces (mirrored on the twin edge); they are drawn once, from the edge with the lower
 * index, so the two do not fight over the same pixels.
 */
export function pieceSegments(graph: LaneGraph, network: NetworkPieces): PieceSegments {
  const xy: number[] = [];
  const resource: number[] = [];
  const edge: number[] = [];
  for (let e = 0; e < graph.edgeFrom.length; e++) {
    const twin = graph.edgeTwin[e];
    if (twin >= 0 && twin < e) continue;
    const ax = graph.nodeX[graph.edgeFrom[e]];
    const ay = graph.nodeY[graph.edgeFrom[e]];
    const len = graph.edgeLengthM[e];
    if (!(len > 0)) continue;
    const ux = (graph.nodeX[graph.edgeTo[e]] - ax) / len;
    const uy = (graph.nodeY[graph.edgeTo[e]] - ay) / len;
    for (let p = network.pieceStart[e]; p < network.pieceStart[e + 1]; p++) {
      const from = network.pieceFromM[p];
      const to = network.pieceToM[p];
      xy.push(ax + ux * from, ay + uy * from, ax + ux * to, ay + uy * to);
      resource.push(network.pieceResource[p]);
      edge.push(e);
    }
  }
  return { xy: Float64Array.from(xy), resource: Int32Array.from(resource), edge: Int32Array.from(edge) };
}

/** The heat ramp, cool to hot (ColorBrewer Spectral, reversed): free-flowing blue to queued red. */
export const CONGESTION_COLOURS: readonly string[] = ['#3288bd', '#99d594', '#fee08b', '#fc8d59', '#d53e4f'];
/** Vehicles waiting on average at which a resource is drawn at the hot end of the ramp. */
export const CONGESTION_HOT = 1;
const RAMP = CONGESTION_COLOURS.map((c) => new THREE.Color(c));

/**
 * Where a level of waiting lies on the ramp, 0…1: the square root of level ÷ CONGESTION_HOT, so a
 * little waiting (a vehicle for half a minute in ten) already shows against the free-flowing lanes.
 */
export function congestionHeat(level: number): number {
  return level > 0 ? Math.min(1, Math.sqrt(level / CONGESTION_HOT)) : 0;
}

/** The ramp's colour at `u` in 0…1, linear RGB, written at out[k*3..]. */
export function writeHeatColour(u: number, out: Float32Array, k: number): void {
  const x = Math.min(1, Math.max(0, u)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const f = x - i;
  const a = RAMP[i];
  const b = RAMP[i + 1];
  out[k * 3] = a.r + (b.r - a.r) * f;
  out[k * 3 + 1] = a.g + (b.g - a.g) * f;
  out[k * 3 + 2] = a.b + (b.b - a.b) * f;
}

const WIDTH_M = 3.2;
/** A free-flowing lane is a faint tint; the more waiting, the more opaque: queues stand out from afar. */
const ALPHA_FREE = 0.35;
const ALPHA_HOT = 0.95;

/** The band's opacity at `u` on the ramp. */
export const heatAlpha = (u: number): number => ALPHA_FREE + (ALPHA_HOT - ALPHA_FREE) * Math.min(1, Math.max(0, u));
/** Over the lane paint and the vehicles' halos (a queue's halos would hide its heat), under the vehicles. */
const HEIGHT_M = PAINT_HEIGHT_M + 0.06;

/**
 * Congestion as heat over the lanes: each resource's pieces as a flat band along the lane, coloured
 * cool to hot by the vehicles waiting for it lately (RenderSnapshot.traffic.waiting). Built once from
 * the network; a snapshot only recolours it, and only while it is shown. Hidden until switched on.
 */
export class CongestionLayer {
  readonly mesh: THREE.Mesh;
  readonly segments: PieceSegments;
  private readonly colour: THREE.BufferAttribute;
  private last: Float32Array | null = null;
  private drawn: Float32Array | null = null;
  private readonly rgb = new Float32Array(3);

  constructor(graph: LaneGraph, network: NetworkPieces) {
    this.segments = pieceSegments(graph, network);
    const { xy } = this.segments;
    const n = xy.length / 4;
    const position = new Float32Array(n * 12);
    const index = new Uint32Array(n * 6);
    for (let k = 0; k < n; k++) {
      const [x0, y0, x1, y1] = [xy[4 * k], xy[4 * k + 1], xy[4 * k + 2], xy[4 * k + 3]];
      const len = Math.hypot(x1 - x0, y1 - y0) || 1;
      const ox = (-(y1 - y0) / len) * (WIDTH_M / 2);
      const oy = ((x1 - x0) / len) * (WIDTH_M / 2);
      // scene frame: layout (x, y) is (x, -z)
      position.set([x0 + ox, HEIGHT_M, -(y0 + oy), x0 - ox, HEIGHT_M, -(y0 - oy), x1 + ox, HEIGHT_M, -(y1 + oy), x1 - ox, HEIGHT_M, -(y1 - oy)], k * 12);
      index.set([4 * k, 4 * k + 1, 4 * k + 2, 4 * k + 1, 4 * k + 3, 4 * k + 2], k * 6);
    }
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(position, 3));
    // RGBA per corner: three blends vertex alphas when the colour attribute has four components
    this.colour = new THREE.BufferAttribute(new Float32Array(n * 16), 4);
    this.colour.setUsage(THREE.DynamicDrawUsage);
    geometry.setAttribute('color', this.colour);
    geometry.setIndex(new THREE.BufferAttribute(index, 1));
    const material = new THREE.MeshBasicMaterial({ vertexColors: true, transparent: true, depthWrite: false, side: THREE.DoubleSide, fog: false });
    this.mesh = new THREE.Mesh(geometry, material);
    this.mesh.name = 'congestionHeat';
    this.mesh.renderOrder = 1; // after the halos, which are transparent too: over them
    this.mesh.visible = false;
    this.recolour(new Float32Array(network.resourceCount));
  }

  get visible(): boolean {
    return this.mesh.visible;
  }

  setVisible(on: boolean): void {
    this.mesh.visible = on;
    if (on && this.last !== null && this.last !== this.drawn) this.recolour(this.last);
  }

  /** Keeps the snapshot's levels; recolours now only when shown (hidden, the frame does no work for it). */
  update(traffic: RenderSnapshot['traffic']): void {
    if (traffic.waiting.length === 0) return;
    this.last = traffic.waiting;
    if (this.mesh.visible) this.recolour(traffic.waiting);
  }

  /** The heat (0…1 on the ramp) each drawn piece shows now. */
  heatOfPiece(k: number): number {
    const w = this.drawn;
    return w === null ? 0 : congestionHeat(w[this.segments.resource[k]] ?? 0);
  }

  private recolour(waiting: Float32Array): void {
    const a = this.colour.array as Float32Array;
    const rgb = this.rgb;
    const resource = this.segments.resource;
    for (let k = 0; k < resource.length; k++) {
      const u = congestionHeat(waiting[resource[k]] ?? 0);
      writeHeatColour(u, rgb, 0);
      const alpha = heatAlpha(u);
      for (let c = 0; c < 4; c++) {
        const o = (4 * k + c) * 4;
        a[o] = rgb[0];
        a[o + 1] = rgb[1];
        a[o + 2] = rgb[2];
        a[o + 3] = alpha;
      }
    }
    this.colour.needsUpdate = true;
    this.drawn = waiting;
  }
}
