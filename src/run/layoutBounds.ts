import type { Layout } from '../layout';

/** A rectangle in the layout's local plane, metres. */
export interface BoundsM {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** What a view frames: every lane node, the quay line, the yard blocks' corners, the quay cranes and the bays of parkings and chargers. */
export function layoutBoundsM(layout: Layout): BoundsM {
  const b: BoundsM = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const add = (x: number, y: number) => {
    b.minX = Math.min(b.minX, x);
    b.minY = Math.min(b.minY, y);
    b.maxX = Math.max(b.maxX, x);
    b.maxY = Math.max(b.maxY, y);
  };
  const addLine = (xy: Float64Array) => {
    for (let i = 0; i < xy.length; i += 2) add(xy[i], xy[i + 1]);
  };
  layout.graph.nodeX.forEach((x, i) => add(x, layout.graph.nodeY[i]));
  addLine(layout.quay.line);
  layout.blocks.forEach((block) => addLine(block.polygon));
  layout.quayCranes.forEach((c) => add(c.x, c.y));
  for (const p of [...layout.parkings, ...layout.chargers]) for (const bay of p.bays) add(bay.x, bay.y);
  return b;
}
