import { z } from 'zod';
import type { DistributionSpec } from '../sim/random/distributions';
import { moments, normalMassWithin } from '../sim/random/moments';
import { note } from './quantity';

const finite = z.number();
const positive = z.number().positive();

/** A truncated normal must keep enough mass to sample by rejection; 0.1% is far below any real use. */
const MIN_TRUNCATED_MASS = 0.001;

const specs = [
  z.strictObject({ dist: z.literal('constant'), value: finite, note: note.optional() }),
  z.strictObject({ dist: z.literal('uniform'), min: finite, max: finite, note: note.optional() }),
  z.strictObject({ dist: z.literal('triangular'), min: finite, mode: finite, max: finite, note: note.optional() }),
  z.strictObject({
    dist: z.literal('normal'),
    mean: finite,
    sd: z.number().nonnegative(),
    min: finite.optional().describe('truncate below this value'),
    max: finite.optional().describe('truncate above this value'),
    note: note.optional(),
  }),
  z.strictObject({ dist: z.literal('lognormal'), mean: positive, sd: z.number().nonnegative(), note: note.optional() }),
  z.strictObject({ dist: z.literal('exponential'), mean: positive, note: note.optional() }),
  z.strictObject({ dist: z.literal('erlang'), k: z.number().int().min(1), mean: positive, note: note.optional() }),
  z.strictObject({
    dist: z.literal('empirical'),
    values: z.array(finite).min(1),
    weights: z.array(z.number().nonnegative()).optional(),
    note: note.optional(),
  }),
] as const;

type Ctx = z.core.$RefinementCtx<DistributionSpec>;

function checkParameters(d: DistributionSpec, ctx: Ctx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message, input: (d as Record<string, unknown>)[path] });
  switch (d.dist) {
    case 'uniform':
      if (d.max < d.min) issue('max', `a number ≥ min (${d.min})`);
      break;
    case 'triangular':
      if (d.mode < d.min) issue('mode', `a number ≥ min (${d.min})`);
      if (d.max < d.mode) issue('max', `a number ≥ mode (${d.mode})`);
      break;
    case 'normal': {
      const lo = d.min ?? -Infinity;
      const hi = d.max ?? Infinity;
      if (hi < lo) issue('max', `a number ≥ min (${lo})`);
      else if (d.sd > 0 && normalMassWithin(d.mean, d.sd, lo, hi) < MIN_TRUNCATED_MASS)
        issue('min', `bounds that keep at least 0.1% of normal(mean ${d.mean}, sd ${d.sd})`);
      break;
    }
    case 'empirical':
      if (d.weights !== undefined && d.weights.length !== d.values.length)
        issue('weights', `one weight per value (${d.values.length})`);
      else if (d.weights !== undefined && !d.weights.some((w) => w > 0)) issue('weights', 'at least one weight > 0');
      break;
  }
}

/** Any distribution, e.g. `{"dist":"lognormal","mean":95,"sd":20}`. */
export const distribution = z
  .discriminatedUnion('dist', specs)
  .superRefine(checkParameters)
  .describe('A probability distribution: constant, uniform, triangular, normal (optionally truncated by min/max), lognormal (mean, sd), exponential (mean), erlang (k, mean) or empirical (values, weights)');

/** The smallest value a distribution can produce. */
export function lowestValue(d: DistributionSpec): number {
  switch (d.dist) {
    case 'constant':
      return d.value;
    case 'uniform':
    case 'triangular':
      return d.min;
    case 'normal':
      return d.sd === 0 ? Math.max(d.mean, d.min ?? -Infinity) : (d.min ?? -Infinity);
    case 'lognormal':
    case 'exponential':
    case 'erlang':
      return 0;
    case 'empirical':
      return Math.min(...d.values);
  }
}

/** The largest value a distribution can produce (Infinity for one without an upper bound). */
export function highestValue(d: DistributionSpec): number {
  switch (d.dist) {
    case 'constant':
      return d.value;
    case 'uniform':
    case 'triangular':
      return d.max;
    case 'normal':
      return d.sd === 0 ? Math.min(d.mean, d.max ?? Infinity) : (d.max ?? Infinity);
    case 'lognormal':
    case 'exponential':
    case 'erlang':
      return Infinity;
    case 'empirical':
      return Math.max(...d.values);
  }
}

/** Where a distribution's mean must lie, and how far its draws may spread. */
export interface MeanRange {
  /** smallest mean allowed (default 0) */
  min?: number;
  /** largest mean allowed; the standard deviation may not exceed it either, so draws stay near the range */
  max: number;
  /** the draws themselves must stay at or below `max` (the distribution needs an upper bound) */
  bounded?: boolean;
}

/**
 * A distribution of durations or other quantities that cannot be negative, whose mean (and spread)
 * lie within `range`: e.g. a crane cycle of mean 1e9 s, or an inter-arrival of 1e-9 s, would pass
 * the type check and then run for ever.
 */
export const nonNegativeDistribution = (description: string, range: MeanRange) =>
  distribution
    .superRefine((d, ctx) => {
      const { mean, sd } = moments(d);
      const lo = range.min ?? 0;
      const whole = { code: 'custom' as const, path: [], input: d };
      if (!(mean >= lo && mean <= range.max)) ctx.addIssue({ ...whole, message: `a distribution whose mean lies in [${lo}, ${range.max}] (its mean is ${round(mean)})` });
      else if (sd > range.max) ctx.addIssue({ ...whole, message: `a distribution whose standard deviation is at most ${range.max} (it is ${round(sd)})` });
      else if (range.bounded === true && highestValue(d) > range.max)
        ctx.addIssue({ ...whole, message: `a distribution that never exceeds ${range.max} (uniform, triangular, empirical, constant, or normal with a max ≤ ${range.max}; this one reaches ${round(highestValue(d))})` });
      if (lowestValue(d) < 0) {
        const normal = d.dist === 'normal';
        ctx.addIssue({
          code: 'custom',
          path: normal ? ['min'] : [],
          input: normal ? d.min : d,
          message: normal
            ? 'a lower bound "min" ≥ 0 (a duration cannot be negative; truncate the normal)'
            : `a distribution that cannot go negative (lowest value ${lowestValue(d)})`,
        });
      }
    })
    .describe(description);

const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(6)) : x);
