import { describe, expect, it } from 'vitest';
import { MotionLog } from './motionLog';

interface Move {
  who: number;
  t0: number;
  t1: number;
}

const log = (keepS: number) => new MotionLog<Move>(2, (m) => m.who, (m, p) => `${m.who} at ${m.t0} before ${p.t1}`, keepS);

describe('a motion log', () => {
  it('keeps what ended within the window before the newest start, and always the latest', () => {
    const l = log(100);
    for (let k = 0; k < 10; k++) l.push({ who: 0, t0: k * 50, t1: k * 50 + 40 });
    // the newest starts at 450: moves that ended before 350 are gone
    expect(l.recent(0).map((m) => m.t0)).toEqual([350, 400, 450]);
    expect(l.of(0)).toEqual({ who: 0, t0: 450, t1: 490 });
    l.push({ who: 0, t0: 10_000, t1: 10_001 });
    expect(l.recent(0)).toEqual([{ who: 0, t0: 10_000, t1: 10_001 }]);
    expect(l.of(1)).toBeUndefined();
    expect(l.recent(1)).toEqual([]);
  });

  it('stays the same size over a long run', () => {
    const l = log(3600);
    for (let k = 0; k < 100_000; k++) l.push({ who: k % 2, t0: k * 10, t1: k * 10 + 15 });
    expect(l.all().length).toBeLessThanOrEqual(2 * (3600 / 20 + 2));
  });

  it('notes a move that starts before the previous one of the same owner ends, others not', () => {
    const l = log(100);
    l.push({ who: 0, t0: 0, t1: 10 });
    l.push({ who: 1, t0: 5, t1: 20 });
    l.push({ who: 0, t0: 10, t1: 30 });
    expect(l.overlapProblems()).toEqual([]);
    l.push({ who: 0, t0: 29, t1: 40 });
    expect(l.overlapProblems()).toEqual(['0 at 29 before 30']);
    for (let k = 0; k < 12; k++) l.push({ who: 1, t0: 0, t1: 50 });
    expect(l.overlapProblems()).toHaveLength(11);
    expect(l.overlapProblems().at(-1)).toBe('and 3 more overlaps');
  });
});
