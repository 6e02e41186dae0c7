import { describe, expect, it } from 'vitest';
import type { Estimate } from '../compare/statistics';
import { t, type Lang } from './i18n';
import { verdictOf } from './compareVerdict';

const tIn = (lang: Lang) => (key: Parameters<typeof t>[0]) => t(key, lang);
const diff = (mean: number, halfWidth: number, n = 5): Estimate => ({ n, mean, sd: null, halfWidth, level: 0.95 });
const f = (v: number) => `${v.toFixed(2)} moves/h`;

describe('a difference said in words', () => {
  it('is significant when its interval leaves out zero, and says over how many seeds', () => {
    const v = verdictOf(diff(2.3, 1.1), 'Dual cycling', 'FCFS', f, tIn('en'))!;
    expect(v).toEqual({ significant: true, seedsNeeded: null, text: 'Dual cycling vs FCFS: +2.30 moves/h ± 1.10 moves/h, significant over 5 seeds' });
    expect(verdictOf(diff(-2.3, 1.1), 'A', 'B', f, tIn('en'))!.text).toContain('−2.30 moves/h');
  });

  it('when not significant, recommends the seeds that would narrow the interval below the difference', () => {
    // half-width twice the difference: four times the seeds
    const v = verdictOf(diff(0.5, 1.0, 5), 'A', 'B', f, tIn('en'))!;
    expect(v.significant).toBe(false);
    expect(v.seedsNeeded).toBe(20);
    expect(v.text).toBe('A vs B: +0.50 moves/h ± 1.00 moves/h, not significant over 5 seeds: run more seeds (about 20 would tell)');
    expect(verdictOf(diff(0.5, 1.0, 5), 'A', 'B', f, tIn('zh'))!.text).toContain('约 20 个');
  });

  it('says so when more seeds than the app runs would be needed, or the difference is nil', () => {
    expect(verdictOf(diff(0.1, 1.0, 5), 'A', 'B', f, tIn('en'))).toMatchObject({ significant: false, seedsNeeded: null });
    expect(verdictOf(diff(0, 1.0, 5), 'A', 'B', f, tIn('en'))!.text).toContain('too small to tell apart within 30 seeds');
  });

  it('has nothing to say from one seed', () => {
    expect(verdictOf({ n: 1, mean: 1, sd: null, halfWidth: null, level: 0.95 }, 'A', 'B', f, tIn('en'))).toBeNull();
  });
});
