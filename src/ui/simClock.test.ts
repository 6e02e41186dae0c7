import { describe, expect, it } from 'vitest';
import { SimClock } from './simClock';

describe('the simulated clock of a view', () => {
  it('asks for anchor + speed × wall time, whatever the frame rate', () => {
    const at60fps = new SimClock(86400);
    const at7fps = new SimClock(86400);
    const at1fps = new SimClock(86400);
    for (const c of [at60fps, at7fps, at1fps]) {
      c.setSpeed(60, 1000, 0);
      c.play(1000, 0);
    }
    let reached = 0;
    for (let wall = 1000; wall <= 3000; wall += 1000 / 60) reached = at60fps.target(wall, reached);
    let reached7 = 0;
    for (let wall = 1000; wall <= 3000; wall += 1000 / 7) reached7 = at7fps.target(wall, reached7);
    let reached1 = 0;
    for (let wall = 1000; wall <= 3000; wall += 1000) reached1 = at1fps.target(wall, reached1);
    expect(at60fps.target(3000, reached)).toBeCloseTo(120, 9);
    expect(at7fps.target(3000, reached7)).toBeCloseTo(120, 9);
    // a software-rendered canvas at 1 fps: each frame asks for a minute at 60×, and the run keeps pace
    expect(at1fps.target(3000, reached1)).toBeCloseTo(120, 9);
  });

  it('asks for where the run is while paused, and never beyond the end', () => {
    const c = new SimClock(100);
    c.setSpeed(3600, 0, 0);
    expect(c.target(5000, 42)).toBe(42);
    c.play(0, 0);
    expect(c.target(5000, 0)).toBe(100);
  });

  it('drops a backlog instead of racing when the worker falls behind', () => {
    const c = new SimClock(1e9);
    c.setSpeed(3600, 0, 0);
    c.play(0, 0);
    // three seconds of wall time went by but the run is still at 0: it goes on a quarter second ahead
    expect(c.target(3000, 0)).toBeCloseTo(3600 * 0.25, 9);
    expect(c.target(4000, 900)).toBeCloseTo(3600 * 1.25, 9);
  });

  it("asks for no time at 'max': the workers advance on their own and a frame only looks", () => {
    const c = new SimClock(1e9);
    c.setSpeed('max', 0, 0);
    c.play(0, 0);
    expect(c.target(5000, 1234)).toBe(1234);
  });

  it('refuses a speed that is not positive', () => {
    expect(() => new SimClock(10).setSpeed(0, 0, 0)).toThrow(/positive/);
  });
});
