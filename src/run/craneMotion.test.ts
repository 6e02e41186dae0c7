import { describe, expect, it } from 'vitest';
import { quayCranePose, yardCraneBay } from './craneMotion';

describe('crane motion between recorded events', () => {
  const pose = () => ({ trolley: -1, hoist: -1 });

  it('takes the trolley from vessel to lane in the first half, waits, and back after the handover', () => {
    // cycle of 90 s from t = 100: at the lane at 145, handover at 160 after a wait, back out by 205
    expect(quayCranePose(100, 100, 45, NaN, pose())).toEqual({ trolley: 0, hoist: 0 });
    expect(quayCranePose(122.5, 100, 45, NaN, pose())).toEqual({ trolley: 0.5, hoist: 1 });
    expect(quayCranePose(150, 100, 45, NaN, pose()).trolley).toBe(1);
    expect(quayCranePose(160, 100, 45, 160, pose()).trolley).toBe(1);
    expect(quayCranePose(171.25, 100, 45, 160, pose()).trolley).toBe(0.75);
    expect(quayCranePose(205, 100, 45, 160, pose()).trolley).toBe(0);
  });

  it('parks an idle crane half-way with the spreader up', () => {
    expect(quayCranePose(10, NaN, 0, NaN, pose())).toEqual({ trolley: 0.5, hoist: 1 });
  });

  it('gantries a yard crane over the first part of its move, then stands at the new bay', () => {
    const move = { t0: 50, t1: 150, fromBay: 4, toBay: 12 };
    expect(yardCraneBay(40, move, 20)).toBe(4);
    expect(yardCraneBay(55, move, 20)).toBe(6);
    expect(yardCraneBay(70, move, 20)).toBe(12);
    expect(yardCraneBay(149, move, 20)).toBe(12);
    expect(yardCraneBay(60, { ...move, toBay: 4 }, 0)).toBe(4);
  });

  it('takes a yard crane out to the bay a box is lifted aside to and back, over the whole move', () => {
    const trip = { t0: 100, t1: 140, fromBay: 10, toBay: 10, loBay: 10, hiBay: 30 };
    expect([90, 100, 110, 120, 130, 140, 150].map((s) => yardCraneBay(s, trip, 0))).toEqual([10, 10, 20, 30, 20, 10, 10]);
    expect(yardCraneBay(120, { ...trip, loBay: 2, hiBay: 10 }, 0)).toBe(2);
    expect(yardCraneBay(120, { ...trip, hiBay: 10 }, 0)).toBe(10); // no trip: stands at its bay
  });
});
