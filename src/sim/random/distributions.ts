import { randomExponential, randomGamma, randomLogNormal, randomNormal, randomUniform } from 'd3-random';
import type { RandomStream } from './streams';

/** Distributions as scenarios write them, e.g. `{"dist":"lognormal","mean":95,"sd":20}`. */
export type DistributionSpec =
  | { dist: 'constant'; value: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'normal'; mean: number; sd: number; min?: number; max?: number }
  | { dist: 'lognormal'; mean: number; sd: number }
  | { dist: 'exponential'; mean: number }
  | { dist: 'erlang'; k: number; mean: number }
  | { dist: 'empirical'; values: number[]; weights?: number[] };

export type Sampler = () => number;

/** Give up on a truncated normal after this many rejections: the schema keeps bounds far from that. */
const MAX_REJECTIONS = 10_000;

/**
 * A sampler drawing from `stream`. Built once per (spec, stream); calling it allocates nothing.
 * Draws that go through exp or log are rounded to a millionth (of a second, a metre, …): engines
 * differ in the last bit of those functions (the browser's V8 against Node's), which would make a run
 * in the app differ from the same run in the CLI in the last digit of a KPI.
 */
export function sampler(spec: DistributionSpec, stream: RandomStream): Sampler {
  const draw = rawSampler(spec, stream);
  if (spec.dist === 'constant' || spec.dist === 'uniform' || spec.dist === 'triangular' || spec.dist === 'empirical') return draw;
  return () => Math.round(draw() * 1e6) / 1e6;
}

function rawSampler(spec: DistributionSpec, stream: RandomStream): Sampler {
  const source = stream.random;
  switch (spec.dist) {
    case 'constant': {
      const v = spec.value;
      return () => v;
    }
    case 'uniform':
      return randomUniform.source(source)(spec.min, spec.max);
    case 'triangular':
      return triangular(spec.min, spec.mode, spec.max, source);
    case 'normal':
      return truncatedNormal(spec, source);
    case 'lognormal': {
      const { mu, sigma } = lognormalParameters(spec.mean, spec.sd);
      return randomLogNormal.source(source)(mu, sigma);
    }
    case 'exponential':
      return randomExponential.source(source)(1 / spec.mean);
    case 'erlang':
      return randomGamma.source(source)(spec.k, spec.mean / spec.k);
    case 'empirical':
      return empirical(spec.values, spec.weights, source);
  }
}

/** Log-space parameters of a lognormal given the mean and sd of the variable itself. */
export function lognormalParameters(mean: number, sd: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

function triangular(min: number, mode: number, max: number, source: () => number): Sampler {
  const span = max - min;
  const split = span > 0 ? (mode - min) / span : 0;
  return () => {
    const u = source();
    return u < split ? min + Math.sqrt(u * span * (mode - min)) : max - Math.sqrt((1 - u) * span * (max - mode));
  };
}

function truncatedNormal(spec: { mean: number; sd: number; min?: number; max?: number }, source: () => number): Sampler {
  const normal = randomNormal.source(source)(spec.mean, spec.sd);
  const lo = spec.min ?? -Infinity;
  const hi = spec.max ?? Infinity;
  if (lo === -Infinity && hi === Infinity) return normal;
  return () => {
    for (let i = 0; i < MAX_REJECTIONS; i++) {
      const x = normal();
      if (x >= lo && x <= hi) return x;
    }
    throw new RangeError(`normal(mean ${spec.mean}, sd ${spec.sd}) truncated to [${lo}, ${hi}] keeps almost no probability`);
  };
}

function empirical(values: readonly number[], weights: readonly number[] | undefined, source: () => number): Sampler {
  const cumulative = new Float64Array(values.length);
  let total = 0;
  for (let i = 0; i < values.length; i++) cumulative[i] = total += weights ? weights[i] : 1;
  return () => {
    const u = source() * total;
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  };
}

/** The same distribution with every value multiplied by `k` (k > 0): a scaled duration. */
export function scaledDistribution(spec: DistributionSpec, k: number): DistributionSpec {
  switch (spec.dist) {
    case 'constant':
      return { dist: 'constant', value: spec.value * k };
    case 'uniform':
      return { dist: 'uniform', min: spec.min * k, max: spec.max * k };
    case 'triangular':
      return { dist: 'triangular', min: spec.min * k, mode: spec.mode * k, max: spec.max * k };
    case 'normal':
      return { dist: 'normal', mean: spec.mean * k, sd: spec.sd * k, ...(spec.min === undefined ? {} : { min: spec.min * k }), ...(spec.max === undefined ? {} : { max: spec.max * k }) };
    case 'lognormal':
      return { dist: 'lognormal', mean: spec.mean * k, sd: spec.sd * k };
    case 'exponential':
      return { dist: 'exponential', mean: spec.mean * k };
    case 'erlang':
      return { dist: 'erlang', k: spec.k, mean: spec.mean * k };
    case 'empirical':
      return { dist: 'empirical', values: spec.values.map((v) => v * k), ...(spec.weights === undefined ? {} : { weights: spec.weights }) };
  }
}
