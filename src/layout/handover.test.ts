import { describe, expect, it } from 'vitest';
import { handoverPosition } from './handover';
import { lanePoint } from './lanePosition';
import { buildLayout } from './loadLayout';
import { smallTerminal } from './testing/smallTerminal';

// Block Y1 of testing/smallTerminal.ts: 60 m, 10 bays of 6 m; both handover lanes run west from x = 80.
const layout = buildLayout(smallTerminal({ round: false }), 'small').layout!;
const at = (side: 'sea' | 'land', bay: number) => lanePoint(layout.graph, handoverPosition(layout, 'Y1', side, bay)).map((v) => Math.round(v * 1e6) / 1e6);

describe('handoverPosition', () => {
  it('puts bay 0 half a bay from the handover lane’s start', () => {
    expect(at('sea', 0)).toEqual([77, 60]);
    expect(at('land', 0)).toEqual([77, 74]);
  });

  it('puts the last bay half a bay from the lane’s end', () => {
    expect(at('sea', 9)).toEqual([23, 60]);
    expect(at('land', 9)).toEqual([23, 74]);
  });

  it('refuses a bay outside the block and an unknown block', () => {
    expect(() => handoverPosition(layout, 'Y1', 'sea', 10)).toThrow(RangeError);
    expect(() => handoverPosition(layout, 'Y9', 'sea', 0)).toThrow(RangeError);
  });

  it('orients the block: bay 0 at the sea lane’s start, row 0 along the sea side', () => {
    const b = layout.blocks[0];
    const r6 = (v: number) => Math.round(v * 1e6) / 1e6 + 0; // + 0 turns -0 into 0
    expect([b.bayAxis.startX, b.bayAxis.startY, b.bayAxis.dirX, b.bayAxis.dirY, b.bayAxis.bayLengthM].map(r6)).toEqual([80, 62, -1, 0, 6]);
    expect([b.rowAxis.dirX, b.rowAxis.dirY, b.rowAxis.rowWidthM].map(r6)).toEqual([0, 1, 2.5]);
    expect(b.slots).toBe(120);
  });
});
