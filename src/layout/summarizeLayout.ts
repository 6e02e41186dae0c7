import type { Layout } from './layout';

export interface LayoutSummary {
  berths: number;
  quayCranes: number;
  blocks: number;
  slots: number;
  chargers: number;
  plugs: number;
  parkings: number;
  gateLanes: number;
  /** lane features of every lane kind */
  lanes: number;
  graphNodes: number;
  graphEdges: number;
  keyPoints: number;
}

/** The counts `npx zhigang inspect` prints. */
export function summarizeLayout(layout: Layout): LayoutSummary {
  return {
    berths: layout.berths.length,
    quayCranes: layout.quayCranes.length,
    blocks: layout.blocks.length,
    slots: layout.blocks.reduce((s, b) => s + b.slots, 0),
    chargers: layout.chargers.length,
    plugs: layout.chargers.reduce((s, c) => s + c.plugs, 0),
    parkings: layout.parkings.length,
    gateLanes: layout.gateLanes.length,
    lanes: layout.lanes.length,
    graphNodes: layout.graph.nodeX.length,
    graphEdges: layout.graph.edgeFrom.length,
    keyPoints: layout.keyPoints.length,
  };
}
