import type { Estimate } from '../compare/statistics';
import { fillLabel, type Translate } from './i18n';

/** The most seeds the app runs for a comparison (its seeds field allows up to this). */
export const MAX_SEEDS = 30;

export interface Verdict {
  significant: boolean;
  /** the sentence, in the app's language */
  text: string;
  /** for a difference not yet significant: the seeds a confidence interval narrower than it would take, if within MAX_SEEDS */
  seedsNeeded: number | null;
}

/**
 * A paired difference against the baseline said in words: "+2.30 moves/h ± 1.10, significant over
 * 5 seeds", or "not significant: run more seeds (about 12 would tell)". The interval narrows as 1/√n,
 * so the seeds needed for a half-width below the difference itself are n · (halfWidth / |mean|)²,
 * rounded up (a planning figure: the sd of a few seeds is itself uncertain).
 */
export function verdictOf(diff: Estimate, strategy: string, baseline: string, format: (v: number) => string, t: Translate): Verdict | null {
  if (diff.halfWidth === null || diff.n < 2) return null;
  const significant = Math.abs(diff.mean) > diff.halfWidth;
  const change = `${diff.mean >= 0 ? '+' : '−'}${format(Math.abs(diff.mean))} ± ${format(diff.halfWidth)}`;
  const values = { strategy, baseline, change, n: diff.n };
  if (significant) return { significant, seedsNeeded: null, text: fillLabel(t('verdict.significant'), values) };
  const ratio = diff.mean === 0 ? Infinity : diff.halfWidth / Math.abs(diff.mean);
  const needed = Math.ceil(diff.n * ratio * ratio);
  const seedsNeeded = Number.isFinite(needed) && needed <= MAX_SEEDS ? Math.max(needed, diff.n + 1) : null;
  const text = fillLabel(t(seedsNeeded === null ? 'verdict.noDifference' : 'verdict.runMore'), { ...values, seeds: seedsNeeded ?? '' });
  return { significant, seedsNeeded, text };
}
