import { describe, expect, it } from 'vitest';
import { strategyNames } from '../dispatch/registry';
import { DEMO_PLAYLIST, nextDemoRun } from './demoMode';

describe('the demo\'s playlist', () => {
  it('plays built-in strategies other than the fcfs baseline, each entry on its own seed', () => {
    for (const e of DEMO_PLAYLIST) expect(strategyNames()).toContain(e.strategy);
    expect(DEMO_PLAYLIST.some((e) => e.strategy === 'fcfs')).toBe(false);
    expect(new Set(DEMO_PLAYLIST.map((e) => e.seed)).size).toBe(DEMO_PLAYLIST.length);
  });

  it('goes round: after each entry the next, after the last the first, from anything else the first', () => {
    const seen = [DEMO_PLAYLIST[0]];
    for (let k = 1; k <= DEMO_PLAYLIST.length; k++) seen.push(nextDemoRun(seen[k - 1].strategy, seen[k - 1].seed));
    expect(seen.slice(0, -1)).toEqual(DEMO_PLAYLIST);
    expect(seen.at(-1)).toEqual(DEMO_PLAYLIST[0]);
    expect(nextDemoRun(undefined, undefined)).toEqual(DEMO_PLAYLIST[0]);
    expect(nextDemoRun('fcfs', 1)).toEqual(DEMO_PLAYLIST[0]);
  });
});
