import type { Box, BoxFlow } from '../terminal/boxes';

/** Codes of a box's flow in render snapshots; NO_BOX where a place holds none. */
export const FLOW_CODE: Record<BoxFlow, number> = { import: 0, export: 1, transshipment: 2 };
export const BOX_FLOWS = (Object.keys(FLOW_CODE) as BoxFlow[]).sort((a, b) => FLOW_CODE[a] - FLOW_CODE[b]);
export const NO_BOX = -1;

/**
 * The vessel call a box is coloured by: the call that takes it away if there is one in the run
 * (exports, transshipment), else the call that brought it (imports); -1 for neither (an export
 * whose vessel comes after the run).
 */
export const colourCallOf = (box: Box): number => (box.toCall >= 0 ? box.toCall : box.fromCall);

/** Writes box `id`'s flow and call at `k` of the two arrays, or NO_BOX when `id` is negative. */
export function writeBoxKeys(boxes: readonly Box[], id: number, flow: Int8Array, call: Int16Array, k: number): void {
  if (id < 0) {
    flow[k] = NO_BOX;
    call[k] = NO_BOX;
    return;
  }
  const box = boxes[id];
  flow[k] = FLOW_CODE[box.flow];
  call[k] = colourCallOf(box);
}
