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
});
