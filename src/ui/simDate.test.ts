import { describe, expect, it } from 'vitest';
import { simDate } from './simDate';

describe('the simulated date and time', () => {
  it("reads in the terminal's own offset, whatever the browser's zone", () => {
    expect(simDate('2026-06-01T00:00:00+08:00', 0)).toEqual({ date: '2026-06-01', time: '00:00:00', zone: 'UTC+08:00', day: 1 });
    expect(simDate('2026-06-01T00:00:00+08:00', 86400 + 3600 * 8 + 61.9)).toEqual({ date: '2026-06-02', time: '08:01:01', zone: 'UTC+08:00', day: 2 });
    expect(simDate('2026-12-31T23:30:00Z', 1800)).toEqual({ date: '2027-01-01', time: '00:00:00', zone: 'UTC+00:00', day: 1 });
  });

  it('refuses a start date without an offset', () => {
    expect(() => simDate('2026-06-01T00:00:00', 0)).toThrow(/with an offset/);
  });
});
