import { describe, expect, it } from 'vitest';
import { FrameMeter } from './frameMeter';

describe('the frame meter', () => {
  it('counts the work of frames that drew, with the worker answers handled since the last', () => {
    const m = new FrameMeter();
    m.addWork(1.5);
    m.frame(2); // 3.5
    m.frame(0.2, false); // drew nothing: carried over
    m.addWork(1);
    m.frame(3); // 4.2
    m.frame(1); // 1
    expect(m.summary()).toEqual({ frames: 3, medianMs: 3.5, p95Ms: 4.2 });
  });

  it('starts over on reset and says NaN with no frames', () => {
    const m = new FrameMeter();
    m.frame(9);
    m.reset();
    expect(m.summary().frames).toBe(0);
    expect(m.summary().medianMs).toBeNaN();
  });
});
